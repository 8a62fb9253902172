import { defineRule, formatCount, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";
import { applicableLimit, describeLimit, limitOptionsSchema, type LimitOptions } from "../utils/csv-limits.js";

const rule: CsvRuleDefinition<{ RuleOptions: LimitOptions; MessageIds: "tooLarge" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Limit the file size to what one migration batch accepts",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-max-size"),
			constraints: ["CSV-IMAP-002"],
		},
		schema: [...limitOptionsSchema],
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
				// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- without options `context.options` is empty, whatever its declared tuple type
				const limit = applicableLimit(options?.max, type, type?.declaration.maxBytes);
				// Without the file's bytes (standard input, editors), its size is that of the text written as UTF-8.
				const size = sourceCode.encoding.byteLength ?? Buffer.byteLength(sourceCode.text, "utf8");
				if (!limit || size <= limit.max) {
					return;
				}
				context.report({
					loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
					messageId: "tooLarge",
					data: {
						size: formatCount(size),
						limit: describeLimit(limit, type, "can be"),
					},
				});
			},
		};
	},
};

// The size is a fact of the bytes, and the type comes from the configuration, a script or the header line alone: all hold in a batch that does not parse.
export default defineRule(rule, { runsOnSyntaxErrors: true });
