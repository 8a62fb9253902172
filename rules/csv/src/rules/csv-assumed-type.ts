import { defineRule, equallyFittingTypes, formatCount, ruleDocsUrl, withArticle } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "limitNotApplied" }> = {
	meta: {
		type: "suggestion",
		languages: ["miglint/csv"],
		docs: {
			description: "Require a declared type for a batch whose header fits several types when the row limit of one of them would matter",
			recommended: "warn",
			url: ruleDocsUrl("rules/csv", "csv-assumed-type"),
			constraints: ["CSV-STG-002", "CSV-IMAP-002", "CSV-PF-008"],
		},
		schema: [],
		messages: {
			limitNotApplied:
				"Its header fits several batch types, so its {{count}} rows go unchecked, though {{type}} takes at most {{max}}; declare its type in csv.types.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document(document) {
				const type = sourceCode.csvType;
				// Only a type assumed from the header leaves the limits out: csv.types and scripts say which type a file is.
				if (!document.header || type?.origin !== "header" || !type.ambiguous) {
					return;
				}
				const rows = document.rows.length;
				// The strictest limit the file breaks; none when every type it may be takes its rows, and there is nothing to say.
				const [broken] = equallyFittingTypes(document.header.names)
					.filter((candidate) => candidate.maxRows !== undefined && rows > candidate.maxRows)
					.sort((a, b) => a.maxRows! - b.maxRows!);
				if (!broken) {
					return;
				}
				context.report({
					node: document.header,
					messageId: "limitNotApplied",
					data: { count: formatCount(rows), type: withArticle(broken.title), max: formatCount(broken.maxRows!) },
				});
			},
		};
	},
};

export default defineRule(rule);
