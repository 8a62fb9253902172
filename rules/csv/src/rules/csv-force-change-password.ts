import { defineRule, ruleDocsUrl, ssoSource } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";
import { FORCE_CHANGE_PASSWORD } from "../utils/value-owner.js";

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "notBoolean" | "trueWithSso" | "setFalse" }> = {
	meta: {
		type: "problem",
		hasSuggestions: true,
		languages: ["miglint/csv"],
		docs: {
			description: "Require ForceChangePassword to be True or False, and False when single sign-on is deployed",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-force-change-password"),
			constraints: ["CSV-STG-006"],
		},
		schema: [],
		messages: {
			notBoolean: "ForceChangePassword is {{value}}; set it to True or False.",
			trueWithSso: "ForceChangePassword is True under single sign-on ({{source}}); set it to False.",
			setFalse: "Set ForceChangePassword to False.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const sso = ssoSource(context.settings, context.physicalFilename);

		return {
			Document() {
				const column = sourceCode.getColumn(FORCE_CHANGE_PASSWORD);
				if (!column) {
					return;
				}
				for (const { row, value, violations } of sourceCode.valueViolations(column)) {
					if (violations.some((violation) => violation.keyword === "enumIgnoreCase")) {
						context.report({ node: row.cell(column.index)!, messageId: "notBoolean", data: { value: sourceCode.quoteValue(row, column, value) } });
					}
				}
				if (!sso) {
					return;
				}
				sourceCode.forEachValue(column, (value, row) => {
					if (value.trim().toLowerCase() !== "true") {
						return;
					}
					const cell = row.cell(column.index)!;
					context.report({
						node: cell,
						messageId: "trueWithSso",
						data: { source: sso },
						suggest: [{ messageId: "setFalse", fix: (fixer) => fixer.replaceTextRange(cell.innerRange, "False") }],
					});
				});
			},
		};
	},
};

export default defineRule(rule);
