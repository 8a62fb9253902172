import { defineRule, formatCount, ruleDocsUrl } from "@miglint/core";
import type { CsvRow, CsvRuleDefinition } from "@miglint/language-csv";

const PUBLIC_FOLDER_MAP = "public-folder-map";
const COLUMN = "FolderPath";
const ROOT = "\\";

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "missingRoot" | "extraRoot" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Require a public folder map to have exactly one row for the root folder, which names the primary hierarchy mailbox",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-public-folder-root"),
			constraints: ["CSV-PF-002"],
		},
		schema: [],
		messages: {
			missingRoot: "No row of this public folder map has FolderPath \\; add one that maps \\ to the mailbox that should hold the primary hierarchy.",
			extraRoot: "This row maps the root folder \\ again, which row {{first}} maps already; a map names one primary hierarchy mailbox, so remove one.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document(document) {
				const column = sourceCode.csvType?.declaration.name === PUBLIC_FOLDER_MAP ? sourceCode.getColumn(COLUMN) : undefined;
				// Without the column or any row, csv-columns or csv-empty says what is wrong.
				if (!column || document.rows.length === 0) {
					return;
				}
				let first: CsvRow | undefined;
				sourceCode.forEachValue(column, (value, row) => {
					if (value !== ROOT) {
						return;
					}
					if (first) {
						context.report({ node: row.cell(column.index)!, messageId: "extraRoot", data: { first: formatCount(first.rowNumber) } });
					} else {
						first = row;
					}
				});
				if (!first) {
					context.report({ node: column.headerCell, messageId: "missingRoot" });
				}
			},
		};
	},
};

export default defineRule(rule);
