import { addressKey, defineRule, formatCount, ruleDocsUrl } from "@miglint/core";
import type { CsvRow, CsvRuleDefinition } from "@miglint/language-csv";
import { applicableLimit, describeLimit, limitOptionsSchema, type LimitOptions } from "../utils/csv-limits.js";

const rule: CsvRuleDefinition<{ RuleOptions: LimitOptions; MessageIds: "tooManyDistinct" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Limit the number of different values a column may hold, such as the target mailboxes of a public folder map",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-distinct-limit"),
			constraints: ["CSV-PF-003"],
		},
		schema: [...limitOptionsSchema],
		messages: {
			tooManyDistinct: "This file has {{count}} different {{column}} values but {{limit}}; {{value}} is the first over it. Split the map.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const [options] = context.options;

		return {
			Document() {
				const type = sourceCode.csvType;
				for (const column of sourceCode.columns) {
					// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- without options `context.options` is empty, whatever its declared tuple type
					const limit = column.declaration?.maxDistinct && applicableLimit(options?.max, type, column.declaration.maxDistinct);
					if (!limit) {
						continue;
					}
					// Mailbox names, like addresses, are the same whatever their letter case.
					const seen = new Set<string>();
					let firstOver: { row: CsvRow; value: string } | undefined;
					sourceCode.forEachValue(column, (value, row) => {
						const key = addressKey(value);
						if (key === "" || seen.has(key)) {
							return;
						}
						seen.add(key);
						if (seen.size === limit.max + 1) {
							firstOver = { row, value };
						}
					});
					if (!firstOver) {
						continue;
					}
					const { row, value } = firstOver;
					context.report({
						node: row.cell(column.index)!,
						messageId: "tooManyDistinct",
						data: {
							count: formatCount(seen.size),
							column: column.declaration!.name,
							limit: describeLimit(limit, type, "takes"),
							value: sourceCode.quoteValue(row, column, value),
						},
					});
				}
			},
		};
	},
};

export default defineRule(rule);
