export type SmtpAddressProblem =
	| "missing-at-sign"
	| "extra-at-sign"
	| "whitespace"
	| "empty-local-part"
	| "local-part-too-long"
	| "invalid-local-character"
	| "misplaced-dot"
	| "empty-domain"
	| "domain-too-long"
	| "invalid-domain";

export interface SmtpAddressDiagnosis {
	problem: SmtpAddressProblem;
	/** Offset in the value of the character at fault, when there is one. */
	offset?: number;
}

export const MAX_LOCAL_PART_LENGTH = 64;
export const MAX_DOMAIN_LENGTH = 253;

/** RFC 5322 "atext", the characters of an unquoted local part besides the dot. */
const LOCAL_CHARACTER = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]/u;
const DOMAIN_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/u;
const TOP_LEVEL_LABEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/u;

/** The common case in one test: dot-separated runs of atext. */
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/u;

function diagnoseLocalPart(local: string): SmtpAddressDiagnosis | null {
	if (local.length <= MAX_LOCAL_PART_LENGTH && DOT_ATOM.test(local)) {
		return null;
	}
	if (local.length === 0) {
		return { problem: "empty-local-part" };
	}
	if (local.length > MAX_LOCAL_PART_LENGTH) {
		return { problem: "local-part-too-long" };
	}
	for (let index = 0; index < local.length; index++) {
		const character = local[index]!;
		if (character === ".") {
			if (index === 0 || index === local.length - 1 || local[index - 1] === ".") {
				return { problem: "misplaced-dot", offset: index };
			}
		} else if (!LOCAL_CHARACTER.test(character)) {
			return { problem: "invalid-local-character", offset: index };
		}
	}
	return null;
}

/** A batch names the same few domains thousands of times. */
const domainDiagnoses = new Map<string, SmtpAddressProblem | null>();
const MAX_REMEMBERED_DOMAINS = 1024;

function diagnoseDomain(domain: string): SmtpAddressProblem | null {
	let problem = domainDiagnoses.get(domain);
	if (problem === undefined) {
		problem = diagnoseDomainName(domain);
		if (domainDiagnoses.size < MAX_REMEMBERED_DOMAINS) {
			domainDiagnoses.set(domain, problem);
		}
	}
	return problem;
}

function diagnoseDomainName(domain: string): SmtpAddressProblem | null {
	if (domain.length === 0) {
		return "empty-domain";
	}
	if (domain.length > MAX_DOMAIN_LENGTH) {
		return "domain-too-long";
	}
	const labels = domain.split(".");
	if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label)) || !TOP_LEVEL_LABEL.test(labels.at(-1)!)) {
		return "invalid-domain";
	}
	return null;
}

/**
 * Checks an SMTP address as Exchange stores primary addresses: one `@`, a
 * dot-atom local part of at most 64 characters, a DNS domain name.
 * Returns null for a valid address.
 */
export function diagnoseSmtpAddress(value: string): SmtpAddressDiagnosis | null {
	const whitespace = value.search(/\s/u);
	if (whitespace !== -1) {
		return { problem: "whitespace", offset: whitespace };
	}
	const at = value.indexOf("@");
	if (at === -1) {
		return { problem: "missing-at-sign" };
	}
	const secondAt = value.indexOf("@", at + 1);
	if (secondAt !== -1) {
		return { problem: "extra-at-sign", offset: secondAt };
	}
	const localProblem = diagnoseLocalPart(value.slice(0, at));
	if (localProblem) {
		return localProblem;
	}
	const domainProblem = diagnoseDomain(value.slice(at + 1));
	return domainProblem ? { problem: domainProblem, offset: at + 1 } : null;
}

/** How addresses are compared to find the same mailbox twice: SMTP addresses are matched without regard to case. */
export function addressKey(value: string): string {
	return value.trim().toLowerCase();
}
