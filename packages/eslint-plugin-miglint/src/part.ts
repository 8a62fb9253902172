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
}
