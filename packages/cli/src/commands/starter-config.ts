import { buildConfigSchema, csvTypes } from "@miglint/core";
import type { SsoFact } from "@miglint/project-facts";
import type { BatchDomains } from "./batch-domains.js";
import type { LegacyEncodingSeen, SharedSipSetting } from "./init-evidence.js";

/** What `miglint init` found in the project. */
export interface StarterFacts {
	sso: SsoFact | null;
	domains: BatchDomains;
	/** CSV files whose migration type miglint cannot tell (relative to the configuration, with forward slashes), and why. */
	untyped: { file: string; reason: string }[];
	/** The SharedSipAddressSpace values settings files and scripts set. */
	sharedSip: SharedSipSetting[];
	legacyEncoding: LegacyEncodingSeen | null;
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

/** The first places, and how many more: a comment stays a few lines long. */
function fewOf(places: readonly string[]): string {
	const shown = places.slice(0, 2).join(", ");
	return places.length > 2 ? `${shown} and ${places.length - 2} more` : shown;
}

function flowList(items: readonly string[]): string {
	return `[${items.join(", ")}]`;
}

/**
 * SharedSipAddressSpace true says the move online is not final. False says it
 * is, or is the mistake config-shared-sip-address-space and
 * ps-shared-sip-address-space catch: `final: true` would silence them, so it
 * stays for the admin to uncomment.
 */
function skypeHybridEntry(settings: readonly SharedSipSetting[]): Entry {
	const where = (value: boolean) => settings.filter((setting) => setting.value === value).map((setting) => setting.where);
	const [off, on] = [where(false), where(true)];
	if (off.length) {
		const alsoOn = on.length ? `, and ${fewOf(on)} to true` : "";
		const note = `${fewOf(off)} set SharedSipAddressSpace to false${alsoOn}: set this to true only if every user has moved online and the move is final; otherwise keep SharedSipAddressSpace true.`;
		return { key: "skypeHybrid", children: [{ key: "final", value: "true", example: true, note }] };
	}
	if (on.length) {
		return { key: "skypeHybrid", children: [{ key: "final", value: "false", note: `Found: ${fewOf(on)} keeps SharedSipAddressSpace true.` }] };
	}
	return { key: "skypeHybrid", children: [{ key: "final", value: "false", example: true }] };
}

function migrationEntries({ sso, domains, sharedSip }: StarterFacts): Entry[] {
	const seen = "Seen in the addresses of the batch files.";
	return [
		sso
			? { key: "sso", value: String(sso.federated), note: `Found: ${sso.source}.` }
			: { key: "sso", value: "true", example: true, note: "No domain export (Get-MgDomain | ConvertTo-Json) says." },
		{
			key: "domains",
			children: [
				domains.onPremises.length
					? { key: "onPremises", value: flowList(domains.onPremises), note: seen }
					: { key: "onPremises", value: "[contoso.com]", example: true },
				domains.cloud.length
					? { key: "cloud", value: flowList(domains.cloud), note: seen }
					: { key: "cloud", value: "[contoso.mail.onmicrosoft.com]", example: true },
			],
		},
		skypeHybridEntry(sharedSip),
	];
}

/** The code page seen, written even when the detector is unsure (a few accents give it little to go on), with a warning before --fix converts files with it. */
function legacyEncodingEntry(seen: LegacyEncodingSeen | null): Entry {
	if (!seen) return { key: "legacyEncoding", value: "windows-1252", example: true };
	const check = seen.confident ? "" : " Check that it is the code page your exports use before `miglint --fix` converts files with it.";
	return { key: "legacyEncoding", value: seen.encoding, note: `Found: ${seen.evidence}.${check}` };
}

function csvEntries({ untyped, legacyEncoding }: StarterFacts): Entry[] {
	const typeNames = csvTypes.map((type) => type.name).join(", ");
	return [
		{
			key: "types",
			note: untyped.length ? `Give these files, whose type miglint cannot tell, the right one (${typeNames}), or leave them out.` : `Types: ${typeNames}.`,
			children: untyped.length
				? untyped.map(({ file, reason }) => ({ key: file, value: "staged", example: true, note: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.` }))
				: [{ key: "batches/legacy/*.txt", value: "staged", example: true }],
		},
		legacyEncodingEntry(legacyEncoding),
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
