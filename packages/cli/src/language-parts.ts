import type { LanguagePart } from "eslint-plugin-miglint";
import { LANGUAGE_NAMES, languageOfFile, languageOfRule, type LanguageName } from "eslint-plugin-miglint/languages";

export type LanguageParts = Partial<Record<LanguageName, LanguagePart>>;

const LOADERS: Record<LanguageName, () => Promise<{ default: LanguagePart }>> = {
	csv: () => import("eslint-plugin-miglint/parts/csv"),
	powershell: () => import("eslint-plugin-miglint/parts/powershell"),
	settings: () => import("eslint-plugin-miglint/parts/settings"),
};

/**
 * Loads only the languages (with their rules) a run needs: each takes tens of
 * milliseconds to load, which a pre-commit hook would pay on every commit for
 * files it does not have.
 */
export async function loadLanguageParts(names: Iterable<LanguageName>): Promise<LanguageParts> {
	const wanted = [...new Set(names)].sort();
	const loaded = await Promise.all(wanted.map(async (name) => [name, (await LOADERS[name]()).default] as const));
	return Object.fromEntries(loaded);
}

/** The languages of the files to lint; a file `csv.types` maps whatever its extension is CSV. */
export function languagesOfFiles(files: readonly string[]): LanguageName[] {
	return files.map((file) => languageOfFile(file) ?? "csv");
}

/** The languages whose rules a configuration names; all of them when one is unknown (for a did-you-mean). */
export function languagesOfRules(ids: readonly string[]): LanguageName[] {
	const languages = ids.map(languageOfRule);
	return languages.includes(undefined) ? [...LANGUAGE_NAMES] : (languages as LanguageName[]);
}

export function rulesOf(parts: LanguageParts): Record<string, LanguagePart["rules"][string]> {
	return Object.fromEntries(Object.values(parts).flatMap((part) => Object.entries(part.rules)));
}
