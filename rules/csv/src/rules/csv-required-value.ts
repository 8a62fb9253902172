import { defineRule, ruleDocsUrl, withArticle } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "missingValue" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Require a value in every row for the attributes a migration CSV type requires",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-required-value"),
			constraints: ["CSV-STG-001", "CSV-IMAP-004"],
		},
		schema: [],
		messages: {
			missingValue: "This row has no {{column}}, which every row of {{type}} CSV needs.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document() {
				const type = sourceCode.csvType;
				if (!type) {
					return;
				}
				for (const column of sourceCode.columns) {
					if (!column.declaration?.required) {
						continue;
					}
					const name = column.declaration.name;
					sourceCode.forEachValue(column, (value, row) => {
						if (value.trim() === "") {
							context.report({
								node: row.cell(column.index)!,
								messageId: "missingValue",
								data: { column: name, type: withArticle(type.declaration.title) },
							});
						}
					});
				}
			},
		};
	},
};

export default defineRule(rule);
