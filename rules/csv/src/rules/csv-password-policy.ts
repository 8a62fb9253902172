import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";
import { valueColumnsOf } from "../utils/value-owner.js";

type MessageIds = "tooShort" | "tooLong" | "disallowedCharacter" | "tooFewClasses" | "policy";

const MESSAGE_BY_KEYWORD: Record<string, MessageIds> = {
	minLength: "tooShort",
	maxLength: "tooLong",
	allowedCharacters: "disallowedCharacter",
	characterClasses: "tooFewClasses",
};

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Require passwords in migration CSVs to meet the Microsoft 365 password policy, without ever showing them",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-password-policy"),
			constraints: ["CSV-STG-004", "PWD-001", "PWD-002", "PWD-003"],
		},
		schema: [],
		messages: {
			tooShort: "The {{column}} is shorter than {{limit}} characters; Microsoft 365 requires at least {{limit}}.",
			tooLong: "The {{column}} is longer than {{limit}} characters; Microsoft 365 allows at most {{limit}}.",
			disallowedCharacter:
				"The {{column}} contains a non-ASCII or control character, which Microsoft 365 passwords cannot contain; use ASCII letters, digits and symbols.",
			tooFewClasses: "The {{column}} uses {{found}} of the 4 kinds of characters (lowercase, uppercase, digits, symbols); Microsoft 365 requires {{min}}.",
			policy: "The {{column}} breaks the password policy ({{keyword}}).",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document() {
				for (const column of valueColumnsOf(sourceCode.columns, "csv-password-policy")) {
					for (const { row, violations } of sourceCode.valueViolations(column)) {
						const cell = row.cell(column.index)!;
						for (const { keyword, params } of violations) {
							const offset = keyword === "allowedCharacters" ? (params["offset"] as number) : undefined;
							context.report({
								loc: offset === undefined ? cell.loc : cell.characterLoc(offset),
								messageId: MESSAGE_BY_KEYWORD[keyword] ?? "policy",
								data: {
									column: column.declaration.name,
									keyword,
									limit: String((params["limit"] as number | undefined) ?? ""),
									found: String((params["found"] as number | undefined) ?? ""),
									min: String((params["min"] as number | undefined) ?? ""),
								},
							});
						}
					}
				}
			},
		};
	},
};

export default defineRule(rule);
