import type { ESLint, Linter } from "eslint";
import type { MiglintRule } from "eslint-plugin-miglint";

/** What a report format needs besides the results. */
export interface ReportContext {
	/** File paths are shown relative to this directory. */
	cwd: string;
	/** The loaded rules, by id without the plugin prefix. */
	rules: Readonly<Record<string, MiglintRule>>;
	/** Whether the report goes to a terminal that shows colours. */
	color: boolean;
}

export type Formatter = (results: readonly ESLint.LintResult[], context: ReportContext) => string;

/**
 * The rule a message reports under. ESLint gives none to parse errors and to
 * reports of unused disable directives; formats that need one get a name.
 */
export function ruleIdOf(message: Linter.LintMessage): string {
	if (message.ruleId) {
		return message.ruleId;
	}
	return message.fatal ? "miglint/parse-error" : "miglint/unused-disable-directive";
}

export function levelOf(message: Linter.LintMessage): "error" | "warning" {
	return message.fatal || message.severity === 2 ? "error" : "warning";
}
