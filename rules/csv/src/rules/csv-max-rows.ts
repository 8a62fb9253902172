import { defineRule, formatCount, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";
import { applicableLimit, describeLimit, limitOptionsSchema, type LimitOptions } from "../utils/csv-limits.js";

const rule: CsvRuleDefinition<{ RuleOptions: LimitOptions; MessageIds: "tooManyRows" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Limit the number of rows to what one migration batch accepts",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-max-rows"),
			constraints: ["CSV-STG-002", "CSV-IMAP-002", "CSV-PF-008"],
		},
		schema: [...limitOptionsSchema],
		messages: {
			tooManyRows: "This file has {{count}} data rows but {{limit}}; this row is the first over the limit. Split the users into several batches.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const [options] = context.options;

		return {
			Document(document) {
				const type = sourceCode.csvType;
				// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- without options `context.options` is empty, whatever its declared tuple type
				const limit = applicableLimit(options?.max, type, type?.declaration.maxRows);
				const firstOver = limit && document.rows.at(limit.max);
				if (!firstOver) {
					return;
				}
				context.report({
					node: firstOver,
					messageId: "tooManyRows",
					data: {
						count: formatCount(document.rows.length),
						limit: describeLimit(limit, type, "takes"),
					},
				});
			},
		};
	},
};

export default defineRule(rule);
