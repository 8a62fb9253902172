import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ESLint, Linter } from "eslint";
import { REPOSITORY_URL } from "@miglint/core";
import type { MiglintRule } from "eslint-plugin-miglint";
import { languageOfRule } from "eslint-plugin-miglint/languages";
import { version } from "../version.js";
import { relativePath } from "../paths.js";
import { levelOf, ruleIdOf, type Formatter } from "./problems.js";
import { absoluteLinks, plainText, ruleHelp } from "./rule-help.js";

/**
 * GitHub code scanning's security severity of the rules whose problems expose
 * a secret or a connection (high from 7.0, medium from 4.0); their problems
 * count as security alerts.
 */
const SECURITY_SEVERITY: Readonly<Record<string, string>> = {
	"ps-plaintext-secret": "8.0",
	"ps-untrusted-certificate": "7.0",
	"config-untrusted-certificate": "7.0",
	"csv-password-policy": "5.0",
};

/** The rules ESLint reports without an id, named by `ruleIdOf`. */
const UNNAMED_RULES: Readonly<Record<string, string>> = {
	"parse-error":
		"A file miglint cannot read: a syntax error, an unsupported encoding, or a file too large to be a migration file. In a script with a syntax error only the encoding is checked; in the others, nothing.",
	"unused-disable-directive": "An eslint-disable comment that disables nothing: the problem it was written for is gone, or it names the wrong rule.",
};

interface Text {
	text: string;
	markdown?: string;
}

function ruleDescriptor(ruleId: string, rules: Readonly<Record<string, MiglintRule>>): Record<string, unknown> {
	const id = ruleId.replace(/^miglint\//u, "");
	const rule = rules[id];
	const unnamed = UNNAMED_RULES[id];
	if (!rule || unnamed) {
		const text = unnamed ?? `The rule ${ruleId}.`;
		return { id: ruleId, shortDescription: { text }, fullDescription: { text }, help: { text } };
	}
	const { description, url, recommended } = rule.meta.docs;
	const { summary, why } = ruleHelp(id);
	const markdown = why && absoluteLinks(why, url);
	const help: Text = markdown ? { text: plainText(markdown), markdown } : { text: description };
	const security = SECURITY_SEVERITY[id];
	return {
		id: ruleId,
		shortDescription: { text: description },
		fullDescription: { text: summary ? plainText(summary) : description },
		help,
		helpUri: url,
		...(recommended ? { defaultConfiguration: { level: recommended === "error" ? "error" : "warning" } } : {}),
		properties: {
			tags: [languageOfRule(id) ?? "miglint", ...(security ? ["security"] : [])],
			...(security ? { "security-severity": security } : {}),
		},
	};
}

/** A relative path as a URI reference: each segment percent-encoded. */
function uriOf(file: string): string {
	return file.split("/").map(encodeURIComponent).join("/");
}

/** The lines of a file, as bytes (some files are not UTF-8), or null when it cannot be read. */
function fileLines(file: string): Buffer[] | null {
	try {
		const content = readFileSync(file);
		const lines: Buffer[] = [];
		for (let start = 0; start <= content.length;) {
			const end = content.indexOf(0x0a, start);
			lines.push(content.subarray(start, end === -1 ? content.length : end));
			start = end === -1 ? content.length + 1 : end + 1;
		}
		return lines;
	} catch {
		return null;
	}
}

/**
 * `primaryLocationLineHash`, so that an alert stays the same alert when lines
 * are added above it: the SHA-256 of the rule, the file and the text of the
 * line (the message for a parse error), with the count of earlier problems of
 * the same hash. Only the hash is written; the line itself never is, and it
 * may hold a password.
 */
function fingerprinter(result: ESLint.LintResult, uri: string): (message: Linter.LintMessage) => string {
	const lines = result.messages.some((message) => !message.fatal) ? fileLines(result.filePath) : null;
	const seen = new Map<string, number>();
	return (message) => {
		const line = message.fatal ? undefined : lines?.[message.line - 1]?.toString("latin1").trim();
		const hash = createHash("sha256")
			.update(`${ruleIdOf(message)}\0${uri}\0${line || message.message}`, "latin1")
			.digest("hex")
			.slice(0, 16);
		const count = (seen.get(hash) ?? 0) + 1;
		seen.set(hash, count);
		return `${hash}:${count}`;
	};
}

function region(message: Linter.LintMessage): Record<string, number> {
	return {
		startLine: Math.max(message.line, 1),
		startColumn: Math.max(message.column, 1),
		...(message.endLine === undefined ? {} : { endLine: message.endLine }),
		...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
	};
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, the rules that
 * reported (sorted, so that `ruleIndex` is stable), and a result per problem
 * located by a URI relative to the working directory (`%SRCROOT%`).
 */
export const format: Formatter = (results, { cwd, rules }) => {
	const ruleIds = [...new Set(results.flatMap((result) => result.messages.map(ruleIdOf)))].sort();
	const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
	const sarifResults = results.flatMap((result) => {
		const uri = uriOf(relativePath(cwd, result.filePath));
		const fingerprint = fingerprinter(result, uri);
		return result.messages.map((message) => ({
			ruleId: ruleIdOf(message),
			ruleIndex: ruleIndex.get(ruleIdOf(message)),
			level: levelOf(message),
			message: { text: message.message },
			locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: "%SRCROOT%" }, region: region(message) } }],
			partialFingerprints: { primaryLocationLineHash: fingerprint(message) },
		}));
	});
	const log = {
		$schema: "https://json.schemastore.org/sarif-2.1.0-rtm.5.json",
		version: "2.1.0",
		runs: [
			{
				tool: {
					driver: {
						name: "miglint",
						version,
						semanticVersion: version,
						informationUri: REPOSITORY_URL,
						rules: ruleIds.map((id) => ruleDescriptor(id, rules)),
					},
				},
				columnKind: "utf16CodeUnits",
				results: sarifResults,
			},
		],
	};
	return JSON.stringify(log, null, 2);
};
