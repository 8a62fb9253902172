import { addressKey, defineRule, formatCount, PositionalStringSet, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

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
			Document(document) {
				for (const column of sourceCode.columns) {
					if (!column.declaration?.unique) {
						continue;
					}
					const name = column.declaration.name;
					const { rows } = document;
					// Batches are large: the set keeps each address's row, not the address (see PositionalStringSet).
					const seen = new PositionalStringSet((position) => addressKey(rows.at(position)!.value(column.index)!));
					const reportedFirsts = new Set<number>();
					let position = -1;
					for (const row of rows) {
						position++;
						const value = row.value(column.index);
						const key = value === undefined ? "" : addressKey(value);
						const first = key === "" ? position : seen.add(key, position);
						if (first === position) {
							continue;
						}
						const firstRow = rows.at(first)!;
						if (!reportedFirsts.has(first)) {
							reportedFirsts.add(first);
							context.report({
								node: firstRow.cell(column.index)!,
								messageId: "duplicated",
								data: { column: name, value: sourceCode.quoteValue(firstRow, column, firstRow.value(column.index)!), other: formatCount(row.rowNumber) },
							});
						}
						context.report({
							node: row.cell(column.index)!,
							messageId: "duplicate",
							data: { column: name, value: sourceCode.quoteValue(row, column, value!), first: formatCount(firstRow.rowNumber) },
						});
					}
				}
			},
		};
	},
};

export default defineRule(rule);
