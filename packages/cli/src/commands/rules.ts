import path from "node:path";
import { PLUGIN_NAMESPACE } from "@miglint/core";
import { recommendedRulesOf } from "eslint-plugin-miglint/create-plugin";
import { LANGUAGE_NAMES } from "eslint-plugin-miglint/languages";
import { loadLanguageParts } from "../language-parts.js";
import { parseCommandOptions } from "./command-options.js";

const COMMAND = {
	name: "rules",
	describe:
		"Lists every rule: its severity in the recommended configuration, whether --fix fixes it or it offers suggestions, its language, its documentation (online, and the page installed with miglint) and what it checks.",
	options: { format: { type: "string", choices: ["text", "json"], default: "text", describe: "An aligned table, or JSON data" } },
} as const;

export interface RuleSummary {
	id: string;
	language: string;
	severity: "error" | "warn" | "off";
	fixable: boolean;
	hasSuggestions: boolean;
	description: string;
	/** The page of the installed version, online. */
	url: string;
	/** The same page as installed with miglint, for reading offline. */
	docs: string;
}

/** Every rule of every language, from the rules' meta, sorted by id. */
export async function ruleSummaries(): Promise<RuleSummary[]> {
	const parts = await loadLanguageParts(LANGUAGE_NAMES);
	return Object.entries(parts)
		.flatMap(([language, part]) => {
			const recommended = recommendedRulesOf(part);
			return Object.entries(part.rules).map(([id, { meta }]) => ({
				id,
				language,
				severity: recommended[`${PLUGIN_NAMESPACE}/${id}`] ?? ("off" as const),
				fixable: Boolean(meta.fixable),
				hasSuggestions: Boolean(meta.hasSuggestions),
				description: meta.docs.description,
				url: meta.docs.url,
				docs: path.join(part.docsDirectory, `${id}.md`),
			}));
		})
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function table(rows: readonly (readonly string[])[]): string {
	const widths = rows[0]!.map((_cell, column) => Math.max(...rows.map((row) => row[column]!.length)));
	return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join("  ")).join("\n");
}

export async function rules(argv: string[]): Promise<number> {
	const options = parseCommandOptions(COMMAND, argv);
	if (!options) {
		return 0;
	}
	const summaries = await ruleSummaries();
	if (options.format === "json") {
		process.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
		return 0;
	}
	const yes = (value: boolean) => (value ? "yes" : "-");
	const rows = summaries.map((rule) => [rule.id, rule.severity, yes(rule.fixable), yes(rule.hasSuggestions), rule.language, rule.url]);
	const [header, ...lines] = table([["Rule", "Recommended", "Fixable", "Suggestions", "Language", "Documentation"], ...rows]).split("\n");
	// Each rule's description and installed documentation page on indented lines of their own, so that the table stays narrow enough for a console.
	const described = lines.flatMap((line, index) => [line, `    ${summaries[index]!.description}`, `    ${summaries[index]!.docs}`]);
	process.stdout.write(`${[header, ...described].join("\n")}\n`);
	return 0;
}
