import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

const SEPARATOR_NAMES: Record<string, string> = {
	";": "semicolons (;)",
	"\t": "tabs",
};

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "notComma" }> = {
	meta: {
		type: "problem",
		fixable: "code",
		languages: ["miglint/csv"],
		docs: {
			description: "Require migration CSV files to be separated by commas, not by a culture's list separator",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-delimiter"),
			constraints: ["CSV-001", "CSV-002"],
		},
		schema: [],
		messages: {
			notComma: 'This file is separated by {{separator}}, not commas; save it comma-separated (Export-Csv without -UseCulture, or Excel\'s "CSV UTF-8").',
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document(document) {
				const { character, offset } = document.delimiter;
				if (offset === null) {
					return;
				}
				context.report({
					loc: { start: sourceCode.getLocFromIndex(offset), end: sourceCode.getLocFromIndex(offset + 1) },
					messageId: "notComma",
					data: { separator: SEPARATOR_NAMES[character] ?? `'${character}'` },
					*fix(fixer) {
						for (const record of [document.header, ...document.rows]) {
							for (const cell of record?.cells ?? []) {
								if (cell.index > 0) {
									yield fixer.replaceTextRange([cell.range[0] - 1, cell.range[0]], ",");
								}
								if (!cell.quoted && cell.value.includes(",")) {
									yield fixer.insertTextBeforeRange(cell.range, '"');
									yield fixer.insertTextAfterRange(cell.range, '"');
								}
							}
						}
					},
				});
			},
		};
	},
};

export default defineRule(rule);
