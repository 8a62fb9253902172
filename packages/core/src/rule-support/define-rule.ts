import type { RuleContext, RuleDefinition } from "@eslint/core";
import type { EncodingFacts } from "../encoding/decode-bytes.js";

export const REPOSITORY_URL = "https://github.com/miglint/miglint";

/** Where a rule's documentation page lives, e.g. `ruleDocsUrl("rules/csv", "csv-header")`. */
export function ruleDocsUrl(packageDirectory: string, id: string): string {
	return `${REPOSITORY_URL}/blob/main/${packageDirectory}/docs/rules/${id}.md`;
}

export interface DefineRuleOptions {
	/** The rule's fix rewrites the whole file from its properly decoded text (the transcoding fix). */
	rewritesUnfaithfulText?: boolean;
}

/**
 * Wraps a rule so that it never offers fixes or suggestions on a file whose
 * decoded text is not its bytes read as UTF-8: ESLint applies fixes to that
 * UTF-8 reading and writes UTF-8, so a fix there would bake replacement
 * characters into the file or silently change its encoding.
 */
export function defineRule<Rule extends RuleDefinition>(rule: Rule, options: DefineRuleOptions = {}): Rule {
	if (options.rewritesUnfaithfulText) {
		return rule;
	}
	return {
		...rule,
		create(context: RuleContext) {
			const encoding = (context.sourceCode as { encoding?: EncodingFacts }).encoding;
			if (encoding?.faithful !== false) {
				return rule.create(context);
			}
			const withoutFixes = Object.create(context, {
				report: {
					value(descriptor: Record<string, unknown>) {
						const { fix: _fix, suggest: _suggest, ...rest } = descriptor;
						context.report(rest as never);
					},
				},
			}) as RuleContext;
			return rule.create(withoutFixes);
		},
	};
}
