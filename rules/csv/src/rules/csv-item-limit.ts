import { defineRule, ruleDocsUrl, withArticle } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "deprecated" }> = {
	meta: {
		type: "suggestion",
		languages: ["miglint/csv"],
		docs: {
			description: "Disallow the deprecated BadItemLimit and LargeItemLimit columns in batches that move mailboxes to Exchange Online",
			recommended: "warn",
			url: ruleDocsUrl("rules/csv", "csv-item-limit"),
			constraints: ["CSV-RM-006"],
		},
		schema: [],
		messages: {
			deprecated: "{{column}} is deprecated in {{type}}. {{reason}}",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Header() {
				const type = sourceCode.csvType;
				// Item limits fit moves in both directions: a header alone does not say the batch goes to Exchange Online.
				if (!type || type.ambiguous) {
					return;
				}
				for (const column of sourceCode.columns) {
					const reason = column.declaration?.deprecated;
					if (reason) {
						context.report({
							node: column.headerCell,
							messageId: "deprecated",
							data: { column: column.declaration!.name, type: withArticle(type.declaration.title), reason },
						});
					}
				}
			},
		};
	},
};

export default defineRule(rule);
