import { createRequire } from "node:module";
import { PLUGIN_NAMESPACE } from "@miglint/core";
import { languageFiles, languageIgnores, type LanguageName } from "./languages.js";
import type { LanguagePart, MiglintRule, RecommendedSeverity } from "./part.js";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

export interface MiglintPlugin {
	meta: { name: string; namespace: string; version: string };
	languages: Partial<Record<LanguageName, LanguagePart["language"]>>;
	rules: Record<string, MiglintRule>;
	configs: Record<string, unknown>;
}

/** The recommended severity of each rule of a part, read from the rules' `meta.docs.recommended`. */
export function recommendedRulesOf(part: LanguagePart): Record<string, RecommendedSeverity> {
	return Object.fromEntries(
		Object.entries(part.rules)
			.filter(([, rule]) => rule.meta.docs.recommended)
			.map(([id, rule]) => [`${PLUGIN_NAMESPACE}/${id}`, rule.meta.docs.recommended as RecommendedSeverity]),
	);
}

/**
 * The ESLint plugin made of some of miglint's languages: the full plugin for
 * eslint.config.js, or only the languages the CLI has files of.
 */
export function createPlugin(parts: Partial<Record<LanguageName, LanguagePart>>): MiglintPlugin {
	const entries = Object.entries(parts) as [LanguageName, LanguagePart][];
	const plugin: MiglintPlugin = {
		meta: { name: "eslint-plugin-miglint", namespace: PLUGIN_NAMESPACE, version },
		languages: Object.fromEntries(entries.map(([name, part]) => [name, part.language])),
		rules: Object.assign({}, ...entries.map(([, part]) => part.rules)) as Record<string, MiglintRule>,
		configs: {},
	};
	// One configuration object per language, for a plain eslint.config.js: `export default [...miglint.configs.recommended]`.
	plugin.configs["recommended"] = entries.map(([name, part]) => ({
		name: `${PLUGIN_NAMESPACE}/recommended/${name}`,
		files: languageFiles[name],
		...(languageIgnores[name].length ? { ignores: [...languageIgnores[name]] } : {}),
		plugins: { [PLUGIN_NAMESPACE]: plugin },
		language: `${PLUGIN_NAMESPACE}/${name}`,
		rules: recommendedRulesOf(part),
	}));
	return plugin;
}
