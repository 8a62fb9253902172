import { createRequire } from "node:module";
import type { RuleDefinition } from "@eslint/core";
import { PLUGIN_NAMESPACE } from "@miglint/core";
import { CsvLanguage } from "@miglint/language-csv";
import { PowerShellLanguage } from "@miglint/language-powershell";
import { rules as csvRules } from "@miglint/rules-csv";
import { rules as powershellRules } from "@miglint/rules-powershell";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

type RecommendedSeverity = "error" | "warn";

interface MiglintRule extends RuleDefinition {
	meta: NonNullable<RuleDefinition["meta"]> & {
		docs: { recommended?: RecommendedSeverity | false; description: string; url: string };
		languages?: string[];
	};
}

/** Every miglint rule, by id without the `miglint/` prefix. */
export const rules: Record<string, MiglintRule> = { ...csvRules, ...powershellRules } as Record<string, MiglintRule>;

export const languages = {
	csv: new CsvLanguage(),
	powershell: new PowerShellLanguage(),
};

/** File name extensions each language lints by default (in any letter case). */
export const languageExtensions: Record<keyof typeof languages, string[]> = {
	csv: [".csv"],
	powershell: [".ps1", ".psm1", ".psd1"],
};

/** `.csv` → `*.[cC][sS][vV]`: globs match case-sensitively, Windows file names do not. */
function anyCaseGlob(extension: string): string {
	const letters = [...extension.slice(1)].map((character) => (/[a-z]/iu.test(character) ? `[${character.toLowerCase()}${character.toUpperCase()}]` : character));
	return `**/*.${letters.join("")}`;
}

/** Files each language lints by default, as ESLint `files` globs. */
export const languageFiles = Object.fromEntries(
	Object.entries(languageExtensions).map(([language, extensions]) => [language, extensions.map(anyCaseGlob)]),
) as Record<keyof typeof languages, string[]>;

/** The recommended severity of every rule of a language, read from the rules' `meta.docs.recommended`. */
export function recommendedRules(language: keyof typeof languages): Record<string, RecommendedSeverity> {
	const entries = Object.entries(rules)
		.filter(([, rule]) => rule.meta.languages?.includes(`${PLUGIN_NAMESPACE}/${language}`) && rule.meta.docs.recommended)
		.map(([id, rule]) => [`${PLUGIN_NAMESPACE}/${id}`, rule.meta.docs.recommended as RecommendedSeverity]);
	return Object.fromEntries(entries);
}

const plugin = {
	meta: { name: "eslint-plugin-miglint", namespace: PLUGIN_NAMESPACE, version },
	languages,
	rules,
	configs: {} as Record<string, unknown>,
};

/**
 * One configuration object per language, for a plain eslint.config.js:
 * `export default [...miglint.configs.recommended]`.
 */
plugin.configs["recommended"] = (Object.keys(languages) as (keyof typeof languages)[]).map((language) => ({
	name: `${PLUGIN_NAMESPACE}/recommended/${language}`,
	files: languageFiles[language],
	plugins: { [PLUGIN_NAMESPACE]: plugin },
	language: `${PLUGIN_NAMESPACE}/${language}`,
	rules: recommendedRules(language),
}));

export default plugin;
