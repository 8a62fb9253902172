import { closest, defineRule, ruleDocsUrl, withArticle } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

type Options = [{ allowUnknownColumns?: boolean }];

const rule: CsvRuleDefinition<{ RuleOptions: Options; MessageIds: "missingRequired" | "notAllowed" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Require the columns a migration CSV type needs, and no columns it does not know",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-columns"),
			constraints: [
				"CSV-002",
				"CSV-007",
				"CSV-STG-001",
				"CSV-IMAP-001",
				"CSV-GWS-001",
				"CSV-RM-001",
				"CSV-RM-002",
				"CSV-RM-003",
				"CSV-PF-001",
				"CSV-PF-002",
				"CSV-PF-008",
			],
		},
		schema: [
			{
				type: "object",
				properties: { allowUnknownColumns: { type: "boolean" } },
				additionalProperties: false,
			},
		],
		defaultOptions: [{ allowUnknownColumns: false }],
		messages: {
			missingRequired: "Add the {{column}} column to the header: {{type}} requires it ({{reason}}).",
			notAllowed: "The header name {{name}} is not a column of {{type}}; {{fix}}",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const [{ allowUnknownColumns }] = context.options;

		return {
			Header(header) {
				const type = sourceCode.csvType;
				if (!type) {
					return;
				}
				const allowedNames = type.declaration.columns.map((column) => column.name);
				if (!allowUnknownColumns) {
					for (const column of sourceCode.columns) {
						const name = column.headerCell.name.trim();
						if (column.spelling === "unknown" && name !== "") {
							const suggestion = sourceCode.showsHeaderName(column.headerCell) ? closest(name, allowedNames) : null;
							context.report({
								node: column.headerCell,
								messageId: "notAllowed",
								data: {
									name: sourceCode.quoteHeaderName(column.headerCell),
									type: withArticle(type.declaration.title),
									// The type's columns are on the rule's page: a list here would not fit one line.
									fix: suggestion ? `did you mean '${suggestion}'?` : "rename or remove it.",
								},
							});
						}
					}
				}
				for (const declaration of type.declaration.columns) {
					if (declaration.required && !sourceCode.getColumn(declaration.name)) {
						context.report({
							node: header,
							messageId: "missingRequired",
							data: { column: declaration.name, type: withArticle(type.declaration.title), reason: type.reason },
						});
					}
				}
			},
		};
	},
};

export default defineRule(rule);
