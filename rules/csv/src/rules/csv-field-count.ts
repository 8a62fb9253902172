import { defineRule, formatCount, plural, ruleDocsUrl } from "@miglint/core";
import type { CsvBlankLine, CsvRow, CsvRows, CsvRuleDefinition } from "@miglint/language-csv";

/** For each blank line, where the run of adjacent blank lines it starts ends (line break included). */
function blankRunEnds(lines: readonly CsvBlankLine[]): Map<CsvBlankLine, number> {
	const ends = new Map<CsvBlankLine, number>();
	let runEnd = -1;
	let nextStart = -1;
	for (let index = lines.length - 1; index >= 0; index--) {
		const line = lines[index]!;
		const [start, end] = line.rangeWithLineBreak;
		if (end !== nextStart) runEnd = end;
		ends.set(line, runEnd);
		nextStart = start;
	}
	return ends;
}

function allRowsHave(rows: CsvRows, fieldCount: number): boolean {
	for (const row of rows) {
		if (row.fieldCount !== fieldCount) return false;
	}
	return true;
}

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "tooMany" | "tooFew" | "notHeader" | "blankLine" | "addEmptyValues" }> = {
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
			tooMany: "This row has {{actual}} but the header has {{expected}}; the extra values start here. Put a value containing a comma in double quotes.",
			tooFew: "This row has {{actual}} but the header has {{expected}}; add the missing values (an empty value still needs its comma).",
			notHeader: "The header has {{expected}} but all {{count}} rows have {{actual}}; remove any stray line above the header, or correct the header.",
			blankLine: "This line is blank; remove it, as every row needs a value for every column.",
			addEmptyValues: "Add {{count}} at the end of the row.",
		},
	},

	create(context) {
		const header = context.sourceCode.ast.header;
		let runEnds: Map<CsvBlankLine, number> | undefined;

		function checkRow(row: CsvRow, expected: number): void {
			const actual = row.fieldCount;
			if (actual === expected) {
				return;
			}
			const data = { actual: plural(actual, "field"), expected: formatCount(expected) };
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
				if (!header) {
					return;
				}
				// Rows that all agree with one another and not with the header: one structural finding, not one per row.
				const first = document.rows.at(0);
				if (first && document.rows.length > 1 && first.fieldCount !== header.fieldCount && allRowsHave(document.rows, first.fieldCount)) {
					context.report({
						node: header,
						messageId: "notHeader",
						data: { expected: plural(header.fieldCount, "field"), actual: formatCount(first.fieldCount), count: formatCount(document.rows.length) },
					});
					return;
				}
				for (const row of document.rows) {
					checkRow(row, header.fieldCount);
				}
			},

			BlankLine(line, document) {
				// A headerless list has no columns to fill, and its documentation says nothing of blank lines.
				if (context.sourceCode.csvType?.declaration.headerless) {
					return;
				}
				runEnds ??= blankRunEnds(document.blankLines);
				context.report({
					node: line,
					messageId: "blankLine",
					// ESLint applies no two fixes that touch in one pass: each blank line's fix removes the blank lines after it too, so that a run of them goes at once.
					fix: (fixer) => fixer.removeRange([line.rangeWithLineBreak[0], runEnds!.get(line)!]),
				});
			},
		};
	},
};

export default defineRule(rule);
