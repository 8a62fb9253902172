/**
 * What the CLI needs to know about miglint's languages before loading any of
 * them: their names, file extensions and rule id prefixes. Kept apart from the
 * languages themselves, which take tens of milliseconds to load.
 */

export const LANGUAGE_NAMES = ["csv", "powershell", "settings"] as const;
export type LanguageName = (typeof LANGUAGE_NAMES)[number];

/** File name extensions each language lints by default (in any letter case). */
export const languageExtensions: Record<LanguageName, readonly string[]> = {
	csv: [".csv"],
	powershell: [".ps1", ".psm1", ".psd1"],
	settings: [".json", ".yaml", ".yml"],
};

/** Every rule id starts with its language's prefix (a test checks it). */
export const RULE_PREFIXES: Record<LanguageName, string> = {
	csv: "csv-",
	powershell: "ps-",
	settings: "config-",
};

/**
 * JSON and YAML files of well-known tools: never tenant settings, never
 * linted as such (ESLint `ignores` globs).
 */
export const SETTINGS_IGNORES: readonly string[] = [
	"**/node_modules/**",
	"**/.git/**",
	"**/.vscode/**",
	// JSON with comments, read by VS Code and the .NET SDK.
	"**/.devcontainer/**",
	"**/.devcontainer.json",
	"**/runtimeconfig.template.json",
	"**/package.json",
	"**/package-lock.json",
	"**/npm-shrinkwrap.json",
	"**/pnpm-lock.yaml",
	"**/pnpm-workspace.yaml",
	"**/tsconfig*.json",
	"**/jsconfig*.json",
	"**/.eslintrc*.json",
	"**/composer.json",
	"**/composer.lock",
	"**/miglint.config.{json,yaml,yml}",
	"**/.pre-commit-config.yaml",
	"**/.pre-commit-hooks.yaml",
	// Bulk suppressions: miglint's, and ESLint's in a repository that runs both.
	"**/miglint-suppressions.json",
	"**/eslint-suppressions.json",
	"**/test-results.json",
];

/** Files with a language's extensions that it does not lint, as ESLint `ignores` globs. */
export const languageIgnores: Record<LanguageName, readonly string[]> = {
	csv: [],
	powershell: [],
	settings: SETTINGS_IGNORES,
};

/** `.csv` → `*.[cC][sS][vV]`: globs match case-sensitively, Windows file names do not. */
function anyCaseGlob(extension: string): string {
	const letters = Array.from(extension.slice(1)).map((character) =>
		/[a-z]/iu.test(character) ? `[${character.toLowerCase()}${character.toUpperCase()}]` : character,
	);
	return `**/*.${letters.join("")}`;
}

/** Files each language lints by default, as ESLint `files` globs. */
export const languageFiles = Object.fromEntries(LANGUAGE_NAMES.map((language) => [language, languageExtensions[language].map(anyCaseGlob)])) as Record<
	LanguageName,
	string[]
>;

/** The language a file name's extension belongs to, if any. */
export function languageOfFile(file: string): LanguageName | undefined {
	const lower = file.toLowerCase();
	return LANGUAGE_NAMES.find((language) => languageExtensions[language].some((extension) => lower.endsWith(extension)));
}

/** The language a rule id belongs to, by its prefix. */
export function languageOfRule(id: string): LanguageName | undefined {
	return LANGUAGE_NAMES.find((language) => id.startsWith(RULE_PREFIXES[language]));
}
