import type { Linter } from "eslint";
import type { MiglintConfig } from "@miglint/core";
import plugin, { languageFiles, recommendedRules } from "eslint-plugin-miglint";

/**
 * The flat configuration miglint gives ESLint: the plugin, the recommended
 * rules with the user's severities and options on top, the migration facts as
 * settings (so that ESLint's cache and workers see them), and one object per
 * `csv.types` glob carrying the CSV type as a language option. Those globs stay
 * relative to the configuration file through `basePath`.
 */
export function buildEslintConfig(config: MiglintConfig): Linter.Config[] {
	const languageOptions = config.csvLegacyEncoding ? { legacyEncoding: config.csvLegacyEncoding } : {};
	const rules = { ...recommendedRules("csv"), ...(config.rules as Linter.RulesRecord) };
	const mappedTypes = Object.entries(config.csvTypes).map(
		([glob, csvType]): Linter.Config => ({
			name: `miglint/csv.types: ${glob}`,
			basePath: config.directory,
			files: [glob],
			language: "miglint/csv",
			languageOptions: { ...languageOptions, csvType },
			rules,
		}),
	);
	return [
		{
			name: "miglint/plugin",
			plugins: { miglint: plugin as never },
			settings: { miglint: { migration: config.migration } },
		},
		{
			name: "miglint/csv",
			files: languageFiles.csv,
			language: "miglint/csv",
			languageOptions,
			rules,
		},
		...mappedTypes,
	];
}
