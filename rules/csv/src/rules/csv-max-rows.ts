import { defineRule, formatCount, ruleDocsUrl, withArticle } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

type Options = [{ max?: number }];

const rule: CsvRuleDefinition<{ RuleOptions: Options; MessageIds: "tooManyRows" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Limit the number of rows to what one migration batch accepts",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-max-rows"),
		},
		schema: [
			{
				type: "object",
				properties: { max: { type: "integer", minimum: 1 } },
				additionalProperties: false,
			},
		],
		messages: {
			tooManyRows:
				"This file has {{count}} data rows but {{limit}}; row {{row}} is the first over the limit. Split the users into several batches.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const [options] = context.options;

		return {
			Document(document) {
				const type = sourceCode.csvType?.declaration;
				// A header that fits other batch types too does not say whose limit applies.
				const typeLimit = sourceCode.csvType?.ambiguous ? undefined : type?.maxRows;
				const max = options?.max ?? typeLimit;
				const firstOver = max === undefined ? undefined : document.rows[max];
				if (!firstOver) {
					return;
				}
				const limit =
					options?.max !== undefined
						? `the configured limit is ${formatCount(max!)}`
						: `${withArticle(type!.title)} takes at most ${formatCount(max!)}`;
				context.report({
					node: firstOver,
					messageId: "tooManyRows",
					data: { count: formatCount(document.rows.length), limit, row: formatCount(firstOver.rowNumber) },
				});
			},
		};
	},
};

export default defineRule(rule);
