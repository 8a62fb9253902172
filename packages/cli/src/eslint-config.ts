import type { Linter } from "eslint";
import { PLUGIN_NAMESPACE, type MiglintConfig } from "@miglint/core";
import plugin, { languageFiles, languages, recommendedRules, rules } from "eslint-plugin-miglint";

type Language = keyof typeof languages;

/** The rules of one language: the recommended ones, with the user's severities and options on top. */
function rulesOf(language: Language, config: MiglintConfig): Linter.RulesRecord {
	const configured = Object.entries(config.rules as Linter.RulesRecord).filter(([id]) =>
		rules[id.slice(`${PLUGIN_NAMESPACE}/`.length)]?.meta.languages?.includes(`${PLUGIN_NAMESPACE}/${language}`),
	);
	return { ...recommendedRules(language), ...Object.fromEntries(configured) };
}

/**
 * The flat configuration miglint gives ESLint: the plugin with the migration
 * facts as settings (so that ESLint's cache and workers see them), one object
 * per language with its rules, and one object per `csv.types` glob carrying
 * the CSV type as a language option. Those globs stay relative to the
 * configuration file through `basePath`.
 */
export function buildEslintConfig(config: MiglintConfig): Linter.Config[] {
	const csvOptions = config.csvLegacyEncoding ? { legacyEncoding: config.csvLegacyEncoding } : {};
	const mappedTypes = Object.entries(config.csvTypes).map(
		([glob, csvType]): Linter.Config => ({
			name: `miglint/csv.types: ${glob}`,
			basePath: config.directory,
			files: [glob],
			language: "miglint/csv",
			languageOptions: { ...csvOptions, csvType },
			rules: rulesOf("csv", config),
		}),
	);
	const languageObjects = (Object.keys(languages) as Language[]).map(
		(language): Linter.Config => ({
			name: `miglint/${language}`,
			files: languageFiles[language],
			language: `${PLUGIN_NAMESPACE}/${language}`,
			...(language === "csv" ? { languageOptions: csvOptions } : {}),
			rules: rulesOf(language, config),
		}),
	);
	return [
		{
			name: "miglint/plugin",
			plugins: { miglint: plugin as never },
			settings: { miglint: { migration: config.migration, powershell: config.powershell } },
		},
		...languageObjects,
		...mappedTypes,
	];
}
