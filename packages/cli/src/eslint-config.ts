import type { Linter } from "eslint";
import { PLUGIN_NAMESPACE, type MiglintConfig } from "@miglint/core";
import { createPlugin, recommendedRulesOf } from "eslint-plugin-miglint/create-plugin";
import { languageFiles, languageIgnores, type LanguageName } from "eslint-plugin-miglint/languages";
import type { LanguagePart } from "eslint-plugin-miglint";
import type { LanguageParts } from "./language-parts.js";

/** The rules of one language: the recommended ones, with the user's severities and options on top. */
function configuredRulesOf(part: LanguagePart, config: MiglintConfig): Linter.RulesRecord {
	const configured = Object.entries(config.rules as Linter.RulesRecord).filter(([id]) => id.slice(`${PLUGIN_NAMESPACE}/`.length) in part.rules);
	return { ...recommendedRulesOf(part), ...Object.fromEntries(configured) };
}

/**
 * The flat configuration miglint gives ESLint: the plugin made of the loaded
 * languages, with the migration facts as settings (so that ESLint's cache and
 * workers see them), one object per language with its rules (JSON and YAML
 * files of well-known tools excepted), and one object per `csv.types` glob carrying the CSV type as a language option. Those globs
 * stay relative to the configuration file through `basePath`, and leave out the files of miglint's
 * other languages: a script or a settings file stays one even where a glob such as `**` maps it.
 */
export function buildEslintConfig(config: MiglintConfig, parts: LanguageParts): Linter.Config[] {
	const csvOptions = { ...(config.csvLegacyEncoding ? { legacyEncoding: config.csvLegacyEncoding } : {}), ...(config.csvAllFiles ? { allFiles: true } : {}) };
	const entries = Object.entries(parts) as [LanguageName, LanguagePart][];
	const languageObjects = entries.map(
		([language, part]): Linter.Config => ({
			name: `miglint/${language}`,
			files: languageFiles[language],
			...(languageIgnores[language].length ? { ignores: [...languageIgnores[language]] } : {}),
			language: `${PLUGIN_NAMESPACE}/${language}`,
			...(language === "csv" ? { languageOptions: csvOptions } : {}),
			rules: configuredRulesOf(part, config),
		}),
	);
	const otherLanguageFiles = (Object.keys(languageFiles) as LanguageName[]).filter((language) => language !== "csv").flatMap((language) => languageFiles[language]);
	const mappedTypes = parts.csv
		? Object.entries(config.csvTypes).map(
				([glob, csvType]): Linter.Config => ({
					name: `miglint/csv.types: ${glob}`,
					basePath: config.directory,
					files: [glob],
					ignores: otherLanguageFiles,
					language: "miglint/csv",
					languageOptions: { ...csvOptions, csvType },
					rules: configuredRulesOf(parts.csv!, config),
				}),
			)
		: [];
	return [
		{
			name: "miglint/plugin",
			plugins: { miglint: createPlugin(parts) as never },
			settings: { miglint: { migration: config.migration, powershell: config.powershell } },
		},
		...languageObjects,
		...mappedTypes,
	];
}
