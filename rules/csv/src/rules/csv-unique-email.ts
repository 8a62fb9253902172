import { addressKey, defineRule, formatCount, ruleDocsUrl } from "@miglint/core";
import type { CsvRow, CsvRuleDefinition } from "@miglint/language-csv";

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "duplicate" | "duplicated" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Disallow the same mailbox twice in one migration CSV",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-unique-email"),
			constraints: [],
		},
		schema: [],
		messages: {
			duplicate: "{{column}} {{value}} is already listed in row {{first}}; a mailbox is listed once in a batch, so remove one of the rows.",
			duplicated: "{{column}} {{value}} is listed again in row {{other}}.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document() {
				for (const column of sourceCode.columns) {
					if (!column.declaration?.unique) {
						continue;
					}
					const name = column.declaration.name;
					// Batches are large and duplicates rare: a set finds them, and only then are their rows looked up.
					const seen = new Set<string>();
					const repeated = new Set<string>();
					sourceCode.forEachValue(column, (value) => {
						const key = addressKey(value);
						const size = seen.size;
						seen.add(key);
						if (seen.size === size && key !== "") {
							repeated.add(key);
						}
					});
					if (repeated.size === 0) {
						continue;
					}
					const firstRows = new Map<string, CsvRow>();
					const reportedFirsts = new Set<CsvRow>();
					sourceCode.forEachValue(column, (value, row) => {
						const key = addressKey(value);
						if (!repeated.has(key)) {
							return;
						}
						const first = firstRows.get(key);
						if (!first) {
							firstRows.set(key, row);
							return;
						}
						if (!reportedFirsts.has(first)) {
							reportedFirsts.add(first);
							context.report({
								node: first.cell(column.index)!,
								messageId: "duplicated",
								data: { column: name, value: sourceCode.quoteValue(first, column, first.value(column.index)!), other: formatCount(row.rowNumber) },
							});
						}
						context.report({
							node: row.cell(column.index)!,
							messageId: "duplicate",
							data: { column: name, value: sourceCode.quoteValue(row, column, value), first: formatCount(first.rowNumber) },
						});
					});
				}
			},
		};
	},
};

export default defineRule(rule);
