import { addressKey, defineRule, getProjectFacts, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "inOtherBatch" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Disallow the same mailbox in two migration batch CSV files of the repository",
			recommended: "warn",
			url: ruleDocsUrl("rules/csv", "csv-unique-email-across-batches"),
			constraints: [],
		},
		schema: [],
		messages: {
			inOtherBatch: "{{column}} {{value}} is also in {{places}}; a mailbox is migrated by one batch, so remove it from all batches but one.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const otherBatches = getProjectFacts(context.settings, context.physicalFilename).otherBatches;
		if (!otherBatches) {
			return {};
		}

		return {
			Document() {
				for (const column of sourceCode.columns) {
					if (!column.declaration?.unique) {
						continue;
					}
					sourceCode.forEachValue(column, (value, row) => {
						const places = otherBatches[addressKey(value)];
						if (places) {
							context.report({
								node: row.cell(column.index)!,
								messageId: "inOtherBatch",
								data: { column: column.declaration!.name, value: sourceCode.quoteValue(row, column, value), places: places.join(" and ") },
							});
						}
					});
				}
			},
		};
	},
};

export default defineRule(rule);
