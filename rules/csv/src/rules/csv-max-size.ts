import { defineRule, formatCount, ruleDocsUrl, withArticle } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

type Options = [{ max?: number }];

const rule: CsvRuleDefinition<{ RuleOptions: Options; MessageIds: "tooLarge" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Limit the file size to what one migration batch accepts",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-max-size"),
		},
		schema: [
			{
				type: "object",
				properties: { max: { type: "integer", minimum: 1 } },
				additionalProperties: false,
			},
		],
		messages: {
			tooLarge: "This file is {{size}} bytes but {{limit}} bytes. Split the users into several batches.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const [options] = context.options;

		return {
			Document() {
				const type = sourceCode.csvType;
				// A header that fits other batch types too does not say whose limit applies.
				const max = options?.max ?? (type?.ambiguous ? undefined : type?.declaration.maxBytes);
				// Without the file's bytes (standard input, editors), its size is that of the text written as UTF-8.
				const size = sourceCode.encoding.byteLength ?? Buffer.byteLength(sourceCode.text, "utf8");
				if (max === undefined || size <= max) {
					return;
				}
				const limit =
					options?.max !== undefined ? `the configured limit is ${formatCount(max)}` : `${withArticle(type!.declaration.title)} can be at most ${formatCount(max)}`;
				context.report({
					loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
					messageId: "tooLarge",
					data: { size: formatCount(size), limit },
				});
			},
		};
	},
};

export default defineRule(rule);
