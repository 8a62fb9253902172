import { createRequire } from "node:module";
import path from "node:path";
import type { Language, RuleDefinition } from "@eslint/core";

export type RecommendedSeverity = "error" | "warn";

export interface MiglintRule extends RuleDefinition {
	meta: NonNullable<RuleDefinition["meta"]> & {
		docs: { recommended?: RecommendedSeverity | false; description: string; url: string };
		languages?: string[];
	};
}

/** One language of miglint with its rules: the unit the CLI loads only when it has files of that language. */
export interface LanguagePart {
	language: Language;
	rules: Record<string, MiglintRule>;
	/** The installed folder of the rules' documentation pages (`<id>.md`), which ship with the rules package. */
	docsDirectory: string;
}

/** The installed `docs/rules` folder of a rules package, beside its `dist`. */
export function docsDirectoryOf(rulesPackage: string): string {
	return path.join(path.dirname(createRequire(import.meta.url).resolve(rulesPackage)), "..", "docs", "rules");
}
