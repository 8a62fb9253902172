import type { Linter } from "eslint";
import { PLUGIN_NAMESPACE, type MiglintConfig, type RuleEntry, type RuleOverride } from "@miglint/core";
import { createPlugin, recommendedRulesOf } from "eslint-plugin-miglint/create-plugin";
import { languageFiles, languageIgnores, type LanguageName } from "eslint-plugin-miglint/languages";
import type { LanguagePart } from "eslint-plugin-miglint";
import type { LanguageParts } from "./language-parts.js";
import { withOptionsCheckedByMiglint } from "./rule-schemas.js";

/** The entries of `rules` that belong to one language. */
function rulesOfLanguage(rules: Record<string, RuleEntry>, part: LanguagePart): Linter.RulesRecord {
	return Object.fromEntries(Object.entries(rules as Linter.RulesRecord).filter(([id]) => id.slice(`${PLUGIN_NAMESPACE}/`.length) in part.rules));
}

/** The rules of one language: the recommended ones, with the user's severities and options on top. */
function configuredRulesOf(part: LanguagePart, config: MiglintConfig): Linter.RulesRecord {
	return { ...recommendedRulesOf(part), ...rulesOfLanguage(config.rules, part) };
}

/** The `files` globs of the other languages, which a CSV configuration object leaves out (a script stays one even where a glob such as `**` maps it). */
function filesOfOtherLanguages(language: LanguageName): string[] {
	return (Object.keys(languageFiles) as LanguageName[]).filter((other) => other !== language).flatMap((other) => languageFiles[other]);
}

/**
 * One configuration object per override and language it names rules of,
 * after every other object so that it wins. A CSV file is any file
 * `csv.types` maps, so the CSV object leaves out the other languages' files;
 * the others take the files that both an override glob and one of their own
 * extensions match (an array in `files` is an "and").
 */
function overrideObjects(overrides: readonly RuleOverride[], parts: LanguageParts, directory: string): Linter.Config[] {
	return overrides.flatMap((override, index) =>
		(Object.entries(parts) as [LanguageName, LanguagePart][]).flatMap(([language, part]): Linter.Config[] => {
			const rules = rulesOfLanguage(override.rules, part);
			if (Object.keys(rules).length === 0) return [];
			const files = language === "csv" ? override.files : override.files.flatMap((glob) => languageFiles[language].map((own) => [glob, own]));
			const ignores = [...override.ignores, ...(language === "csv" ? filesOfOtherLanguages(language) : languageIgnores[language])];
			return [{ name: `miglint/overrides[${index}] (${language})`, basePath: directory, files, ...(ignores.length ? { ignores } : {}), rules }];
		}),
	);
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
	const languageObjects = entries.map(([language, part]): Linter.Config => ({
		name: `miglint/${language}`,
		files: languageFiles[language],
		...(languageIgnores[language].length ? { ignores: [...languageIgnores[language]] } : {}),
		language: `${PLUGIN_NAMESPACE}/${language}`,
		...(language === "csv" ? { languageOptions: csvOptions } : {}),
		rules: configuredRulesOf(part, config),
	}));
	const mappedTypes = parts.csv
		? Object.entries(config.csvTypes).map(([glob, csvType]): Linter.Config => ({
				name: `miglint/csv.types: ${glob}`,
				basePath: config.directory,
				files: [glob],
				ignores: filesOfOtherLanguages("csv"),
				language: "miglint/csv",
				languageOptions: { ...csvOptions, csvType },
				rules: configuredRulesOf(parts.csv!, config),
			}))
		: [];
	return [
		{
			name: "miglint/plugin",
			plugins: { miglint: createPlugin(withOptionsCheckedByMiglint(parts)) as never },
			settings: { miglint: { migration: config.migration, powershell: config.powershell } },
		},
		...languageObjects,
		...mappedTypes,
		...overrideObjects(config.overrides, parts, config.directory),
	];
}
