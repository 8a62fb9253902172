import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "emptyFile" | "noRows" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Disallow migration CSV files without a header or without any row",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-empty"),
			constraints: ["CSV-002"],
		},
		schema: [],
		messages: {
			emptyFile: "The file is empty: a migration CSV needs a header row naming the attributes, then one row per user.",
			noRows: "The file has a header but no rows: the migration service rejects an empty batch. Add one row per user.",
		},
	},

	create(context) {
		return {
			Document(document) {
				// A headerless list has no header to miss; whether Move-CsUser refuses an empty one, its documentation does not say.
				if (context.sourceCode.csvType?.declaration.headerless) {
					return;
				}
				if (!document.header) {
					context.report({ loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, messageId: "emptyFile" });
				} else if (document.rows.length === 0) {
					context.report({ node: document.header, messageId: "noRows" });
				}
			},
		};
	},
};

export default defineRule(rule);
