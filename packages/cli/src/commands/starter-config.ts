import { buildConfigSchema, csvTypes } from "@miglint/core";
import type { SsoFact } from "@miglint/project-facts";
import type { BatchDomains } from "./batch-domains.js";

/** What `miglint init` found in the project. */
export interface StarterFacts {
	sso: SsoFact | null;
	domains: BatchDomains;
	/** CSV files whose migration type miglint cannot tell (relative to the configuration, with forward slashes), and why. */
	untyped: { file: string; reason: string }[];
}

/** A key of the starter file: detected, or an example written as a comment. */
interface Entry {
	key: string;
	/** A scalar or flow collection, as YAML. */
	value?: string;
	children?: Entry[];
	/** Says where a detected value comes from, or what to do with an example. */
	note?: string;
	example?: boolean;
}

interface SchemaNode {
	description?: string;
	properties?: Record<string, SchemaNode>;
}

const WIDTH = 100;

function isActive(entry: Entry): boolean {
	return entry.children ? entry.children.some(isActive) : !entry.example;
}

function commentLines(text: string, indent: string): string[] {
	const lines: string[] = [];
	let line = "";
	for (const word of text.split(/\s+/u)) {
		if (line && indent.length + 2 + line.length + 1 + word.length > WIDTH) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	return lines.map((text) => `${indent}# ${text}`).concat(line ? [`${indent}# ${line}`] : []);
}

/** Each key with the description the configuration schema gives it, then the entry's note; examples commented out. */
function render(entries: readonly Entry[], schema: SchemaNode | undefined, indent = ""): string[] {
	return entries.flatMap((entry) => {
		const node = schema?.properties?.[entry.key];
		const comment = [node?.description, entry.note].filter(Boolean).join(" ");
		const mark = isActive(entry) ? "" : "# ";
		const key = /^[\w-]+$/u.test(entry.key) ? entry.key : JSON.stringify(entry.key);
		return [
			...commentLines(comment, indent),
			entry.children ? `${indent}${mark}${key}:` : `${indent}${mark}${key}: ${entry.value}`,
			...(entry.children ? render(entry.children, node, `${indent}  `) : []),
		];
	});
}

function flowList(items: readonly string[]): string {
	return `[${items.join(", ")}]`;
}

function migrationEntries({ sso, domains }: StarterFacts): Entry[] {
	const seen = "Seen in the addresses of the batch files.";
	return [
		sso ? { key: "sso", value: String(sso.federated), note: `Found: ${sso.source}.` } : { key: "sso", value: "true", example: true, note: "No domain export (Get-MgDomain | ConvertTo-Json) says." },
		{
			key: "domains",
			children: [
				domains.onPremises.length ? { key: "onPremises", value: flowList(domains.onPremises), note: seen } : { key: "onPremises", value: "[contoso.com]", example: true },
				domains.cloud.length ? { key: "cloud", value: flowList(domains.cloud), note: seen } : { key: "cloud", value: "[contoso.mail.onmicrosoft.com]", example: true },
			],
		},
	];
}

function csvEntries({ untyped }: StarterFacts): Entry[] {
	const typeNames = csvTypes.map((type) => type.name).join(", ");
	return [
		{
			key: "types",
			note: untyped.length
				? `Give these files, whose type miglint cannot tell, the right one (${typeNames}), or leave them out.`
				: `Types: ${typeNames}.`,
			children: untyped.length ? untyped.map(({ file, reason }) => ({ key: file, value: "staged", example: true, note: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.` })) : [{ key: "batches/legacy/*.txt", value: "staged", example: true }],
		},
		{ key: "legacyEncoding", value: "windows-1252", example: true },
	];
}

/** The text of a starter miglint.config.yaml: the detected facts, and the other keys as commented examples. */
export function starterConfig(facts: StarterFacts): string {
	const entries: Entry[] = [
		{ key: "migration", children: migrationEntries(facts) },
		{ key: "powershell", children: [{ key: "edition", value: "desktop", example: true }] },
		{ key: "csv", children: csvEntries(facts) },
		{ key: "rules", note: "`miglint rules` lists them.", children: [{ key: "csv-max-rows", value: "[error, { max: 1000 }]", example: true }] },
		{ key: "overrides", value: "[{ files: [batches/pilot.csv], rules: { csv-force-change-password: off } }]", example: true },
		{ key: "ignores", value: '["archive/**"]', example: true },
	];
	const schema = buildConfigSchema({}) as SchemaNode;
	return [
		"# Written by `miglint init` from what it found in this repository: check each value.",
		...entries.flatMap((entry) => ["", ...render([entry], schema)]),
		"",
	].join("\n");
}
