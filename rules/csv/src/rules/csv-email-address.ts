import { defineRule, formatCount, MAX_LOCAL_PART_LENGTH, ruleDocsUrl, type SmtpAddressProblem } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";
import { valueColumnsOf } from "../utils/value-owner.js";

const PROBLEM_MESSAGES: Record<SmtpAddressProblem, string> = {
	"missing-at-sign": "it has no '@'",
	"extra-at-sign": "it has more than one '@'",
	whitespace: "it contains a blank",
	"empty-local-part": "nothing comes before the '@'",
	"local-part-too-long": `the part before the '@' is longer than ${MAX_LOCAL_PART_LENGTH} characters`,
	"invalid-local-character": "this character is not allowed before the '@'",
	"misplaced-dot": "a dot cannot start or end the part before the '@', nor follow another dot",
	"empty-domain": "nothing comes after the '@'",
	"domain-too-long": "the domain is longer than 253 characters",
	"invalid-domain": "the part after the '@' is not a DNS domain name",
};

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "invalidAddress" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Require e-mail address columns to hold valid SMTP addresses",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-email-address"),
			constraints: ["CSV-010"],
		},
		schema: [],
		messages: {
			invalidAddress: "{{column}} {{value}} in row {{row}} is not an SMTP address: {{problem}}.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document() {
				for (const column of valueColumnsOf(sourceCode.columns, "csv-email-address")) {
					for (const { row, value, violations } of sourceCode.valueViolations(column)) {
						const violation = violations.find((candidate) => candidate.keyword === "smtpAddress");
						if (!violation) {
							continue;
						}
						const { problem, offset } = violation.params as { problem: SmtpAddressProblem; offset?: number };
						const cell = row.cell(column.index)!;
						context.report({
							loc: offset === undefined ? cell.loc : cell.characterLoc(offset),
							messageId: "invalidAddress",
							data: {
								column: column.declaration.name,
								value: sourceCode.quoteValue(row, column, value),
								row: formatCount(row.rowNumber),
								problem: PROBLEM_MESSAGES[problem],
							},
						});
					}
				}
			},
		};
	},
};

export default defineRule(rule);
