import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

/** 25 GB as Exchange counts it (1 GB = 1,024³ bytes). */
const LARGEST_RECOMMENDED = 25 * 1024 ** 3;

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "folderTooLarge" }> = {
	meta: {
		type: "suggestion",
		languages: ["miglint/csv"],
		docs: {
			description: "Warn about public folders over 25 GB in a public folder statistics file",
			recommended: "warn",
			url: ruleDocsUrl("rules/csv", "csv-public-folder-size"),
			constraints: ["CSV-PF-006"],
		},
		schema: [],
		messages: {
			folderTooLarge: "This folder holds {{size}} GB; Microsoft recommends deleting content or splitting any public folder over 25 GB before the migration.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document() {
				const column = sourceCode.csvType?.declaration.name === "public-folder-statistics" ? sourceCode.getColumn("FolderSize") : undefined;
				if (!column) return;
				sourceCode.forEachValue(column, (value, row) => {
					// A size that is not digits is csv-value-format's finding.
					if (!/^\d+$/u.test(value.trim())) return;
					const bytes = Number(value.trim());
					if (bytes <= LARGEST_RECOMMENDED) return;
					context.report({
						node: row.cell(column.index)!,
						messageId: "folderTooLarge",
						data: { size: (Math.floor((bytes / 1024 ** 3) * 10) / 10).toFixed(1) },
					});
				});
			},
		};
	},
};

export default defineRule(rule);
