import { csvTypes, defineRule, normalizeColumnName, ruleDocsUrl } from "@miglint/core";
import type { CsvHeaderCell, CsvRuleDefinition, CsvSourceCode } from "@miglint/language-csv";

/** A longer .NET type name is shown by its last part, so that the message stays on one line. */
const MAX_SHOWN_TYPE_NAME = 52;

/** "Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox" → "…Mailbox". */
function shownTypeName(typeName: string): string {
	return typeName.length > MAX_SHOWN_TYPE_NAME ? `…${typeName.slice(typeName.lastIndexOf(".") + 1)}` : typeName;
}

type MessageIds = "typeInformation" | "emptyName" | "duplicateName" | "multiWord" | "surroundingWhitespace" | "wrongCase" | "useKnownName";

/** Documented column names the header is compared with: the file's type, or every known type. */
function knownNames(sourceCode: CsvSourceCode): string[] {
	const types = sourceCode.csvType ? [sourceCode.csvType.declaration] : csvTypes;
	return [...new Set(types.flatMap((type) => type.columns.map((column) => column.name)))];
}

/** A fix may rewrite a header name only when its raw text is its value (no escaped quotes). */
function rawIsValue(sourceCode: CsvSourceCode, cell: CsvHeaderCell): boolean {
	const [start, end] = cell.innerRange;
	return sourceCode.text.slice(start, end) === cell.value;
}

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		fixable: "code",
		hasSuggestions: true,
		languages: ["miglint/csv"],
		docs: {
			description: "Require a header row of single-word, unique, exactly spelled attribute names, without a #TYPE line above it",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-header"),
			constraints: ["CSV-001", "CSV-006", "CSV-012"],
		},
		schema: [],
		messages: {
			typeInformation: "Row 1 is the '#TYPE {{typeName}}' line of Export-Csv, read as the header; remove it and export with -NoTypeInformation.",
			emptyName: "Column {{column}} of the header has no name{{hint}}.",
			duplicateName: "The column name {{name}} appears twice in the header (columns {{first}} and {{column}}).",
			multiWord: "The column name {{name}} contains blanks; attribute names are single words{{suggestion}}.",
			surroundingWhitespace: "The column name {{name}} has blanks around it; the migration service matches names exactly.",
			wrongCase: "Column name '{{name}}' should be spelled '{{expected}}', as documented.",
			useKnownName: "Rename the column to '{{expected}}'.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			TypeInformation(node) {
				context.report({
					node,
					messageId: "typeInformation",
					data: { typeName: shownTypeName(node.typeName) },
					fix: (fixer) => fixer.removeRange(node.rangeWithLineBreak),
				});
			},

			Header(header) {
				const known = knownNames(sourceCode);
				const firstColumn = new Map<string, number>();
				for (const cell of header.cells) {
					const name = cell.name;
					const trimmed = name.trim();
					const column = String(cell.index + 1);
					if (trimmed === "") {
						const trailing = cell.index === header.cells.length - 1 && cell.index > 0;
						context.report({
							node: cell,
							messageId: "emptyName",
							data: { column, hint: trailing ? " (a comma at the end of the header line?)" : "" },
						});
						continue;
					}
					const key = trimmed.toLowerCase();
					const first = firstColumn.get(key);
					if (first === undefined) {
						firstColumn.set(key, cell.index + 1);
					} else {
						context.report({ node: cell, messageId: "duplicateName", data: { name: sourceCode.quoteHeaderName(cell), first: String(first), column } });
					}
					const rewritable = rawIsValue(sourceCode, cell);
					const [innerStart] = cell.innerRange;
					if (trimmed !== name) {
						context.report({
							node: cell,
							messageId: "surroundingWhitespace",
							data: { name: sourceCode.quoteHeaderName(cell) },
							fix: rewritable ? (fixer) => fixer.replaceTextRange(cell.innerRange, trimmed) : null,
						});
					}
					if (/\s/u.test(trimmed)) {
						const expected = known.find((candidate) => normalizeColumnName(candidate) === normalizeColumnName(trimmed));
						context.report({
							node: cell,
							messageId: "multiWord",
							data: { name: sourceCode.quoteHeaderName(cell), suggestion: expected ? ` (did you mean '${expected}'?)` : "" },
							suggest:
								expected && rewritable
									? [{ messageId: "useKnownName", data: { expected }, fix: (fixer) => fixer.replaceTextRange(cell.innerRange, expected) }]
									: [],
						});
						continue;
					}
					const expected = known.find((candidate) => candidate.toLowerCase() === key);
					if (expected && expected !== trimmed) {
						const nameStart = innerStart + name.indexOf(trimmed);
						context.report({
							node: cell,
							messageId: "wrongCase",
							data: { name: trimmed, expected },
							fix: rewritable ? (fixer) => fixer.replaceTextRange([nameStart, nameStart + trimmed.length], expected) : null,
						});
					}
				}
			},
		};
	},
};

export default defineRule(rule);
