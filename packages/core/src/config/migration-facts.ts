import type { ValidateFunction } from "ajv";
import { ajv } from "../ajv.js";

/** What rules know about the migration project, from `migration` in miglint.config or `settings.miglint.migration`. */
export interface MigrationFacts {
	/** AD FS or another federated single sign-on is deployed on premises. */
	sso?: boolean;
	domains?: {
		/** Accepted domains of the on-premises organisation; `*.` matches any subdomain. */
		onPremises?: string[];
		/** Cloud-only domains besides `*.onmicrosoft.com`. */
		cloud?: string[];
	};
}

const DOMAIN_PATTERN = "^(\\*\\.)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]{0,62}$";

const domainList = {
	type: "array",
	items: { type: "string", pattern: DOMAIN_PATTERN, "x-expected": "a domain name such as contoso.com or *.contoso.com" },
	uniqueItems: true,
};

export const migrationFactsSchema = {
	type: "object",
	description: "Facts about the migration project that rules use.",
	additionalProperties: false,
	properties: {
		sso: {
			type: "boolean",
			description: "True when AD FS or other federated single sign-on is deployed (ForceChangePassword must then be False).",
		},
		domains: {
			type: "object",
			additionalProperties: false,
			properties: {
				onPremises: { ...domainList, description: "Accepted domains of the on-premises organisation (primary SMTP addresses)." },
				cloud: { ...domainList, description: "Cloud-only domains, besides *.onmicrosoft.com." },
			},
		},
	},
} as const;

let validateFacts: ValidateFunction | undefined;
const checked = new WeakMap<object, MigrationFacts>();

/**
 * Reads the migration facts from ESLint settings (`settings.miglint.migration`),
 * which is where both the miglint CLI and plain ESLint configs put them.
 * Throws with a clear message when they are malformed, since every fact-based
 * rule would otherwise be silently wrong.
 */
export function getMigrationFacts(settings: Record<string, unknown> | undefined): MigrationFacts {
	const miglint = settings?.["miglint"] as { migration?: unknown } | undefined;
	const facts = miglint?.migration;
	const isEmptyObject = typeof facts === "object" && facts !== null && !Array.isArray(facts) && Object.keys(facts).length === 0;
	if (facts === undefined || isEmptyObject) {
		return {};
	}
	if (typeof facts === "object" && facts !== null && checked.has(facts)) {
		return checked.get(facts)!;
	}
	validateFacts ??= new (ajv().Ajv)({ allErrors: true, strict: false, validateSchema: false }).compile(migrationFactsSchema);
	if (!validateFacts(facts)) {
		const details = (validateFacts.errors ?? [])
			.map((error) => `settings.miglint.migration${error.instancePath.replaceAll("/", ".")} ${error.message}`)
			.join("; ");
		throw new Error(`Invalid miglint settings: ${details}`);
	}
	checked.set(facts as object, facts as MigrationFacts);
	return facts as MigrationFacts;
}

/** True when `domain` is listed, exactly or under a `*.` pattern (case-insensitive). */
export function domainMatches(domain: string, patterns: readonly string[]): boolean {
	const candidate = domain.toLowerCase();
	return patterns.some((pattern) => {
		const lower = pattern.toLowerCase();
		return lower.startsWith("*.") ? candidate.endsWith(lower.slice(1)) : candidate === lower;
	});
}
