import { defineRule, formatCount, plural, ruleDocsUrl } from "@miglint/core";
import type { CsvRow, CsvRuleDefinition } from "@miglint/language-csv";

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "tooMany" | "tooFew" | "blankLine" | "addEmptyValues" }> = {
	meta: {
		type: "problem",
		fixable: "whitespace",
		hasSuggestions: true,
		languages: ["miglint/csv"],
		docs: {
			description: "Require every row to have as many fields as the header, and no blank lines",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-field-count"),
			constraints: ["CSV-001", "CSV-002", "CSV-003"],
		},
		schema: [],
		messages: {
			tooMany:
				"Row {{row}} has {{actual}} but the header has {{expected}}; the extra values start here. A value containing a comma must be in double quotes.",
			tooFew:
				"Row {{row}} has {{actual}} but the header has {{expected}}. Every row needs one value per column; an empty value still needs its comma.",
			blankLine: "Row {{row}} is a blank line; the migration service expects a value for every column in every row. Remove it.",
			addEmptyValues: "Add {{count}} at the end of the row.",
		},
	},

	create(context) {
		const header = context.sourceCode.ast.header;

		function checkRow(row: CsvRow, expected: number): void {
			const actual = row.fieldCount;
			if (actual === expected) {
				return;
			}
			const data = { row: formatCount(row.rowNumber), actual: plural(actual, "field"), expected: formatCount(expected) };
			if (actual > expected) {
				context.report({
					loc: { start: row.cell(expected)!.loc.start, end: row.loc.end },
					messageId: "tooMany",
					data,
				});
				return;
			}
			const missing = expected - actual;
			context.report({
				node: row,
				messageId: "tooFew",
				data,
				suggest: [
					{
						messageId: "addEmptyValues",
						data: { count: plural(missing, "empty value") },
						fix: (fixer) => fixer.insertTextAfterRange(row.range, ",".repeat(missing)),
					},
				],
			});
		}

		return {
			// One loop over the rows rather than a Row listener, which ESLint would call for each of hundreds of thousands of rows.
			Document(document) {
				if (header) {
					for (const row of document.rows) {
						checkRow(row, header.fieldCount);
					}
				}
			},

			BlankLine(line) {
				context.report({
					node: line,
					messageId: "blankLine",
					data: { row: formatCount(line.rowNumber) },
					fix: (fixer) => fixer.removeRange(line.rangeWithLineBreak),
				});
			},
		};
	},
};

export default defineRule(rule);
