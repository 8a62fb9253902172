import { defineRule, MAX_LOCAL_PART_LENGTH, ruleDocsUrl, type SmtpAddressProblem } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";
import { valueColumnsOf } from "../utils/value-owner.js";

const PROBLEM_MESSAGES: Record<SmtpAddressProblem, string> = {
	"missing-at-sign": "it has no '@'",
	"extra-at-sign": "it has more than one '@'",
	whitespace: "it contains a blank",
	"empty-local-part": "nothing comes before the '@'",
	"local-part-too-long": `the part before the '@' is longer than ${MAX_LOCAL_PART_LENGTH} characters`,
	"invalid-local-character": "a character here is not allowed before the '@'",
	"misplaced-dot": "a dot cannot start or end the part before the '@', nor follow another dot",
	"empty-domain": "nothing comes after the '@'",
	"domain-too-long": "the domain is longer than 253 characters",
	"invalid-domain": "the part after the '@' is not a DNS domain name",
};

/** What is wrong with an address, naming the character at fault where the value may be shown. */
function problemText(problem: SmtpAddressProblem, character: string | null): string {
	return character?.startsWith("'") ? `the character ${character} is not allowed before the '@'` : PROBLEM_MESSAGES[problem];
}

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "invalidAddress" | "questionMark" }> = {
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
			invalidAddress: "{{column}} {{value}} is not an SMTP address: {{problem}}.",
			questionMark: "{{column}} {{value}} has a '?' where a letter was probably lost to an ASCII export; restore the letter and save the file as UTF-8.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document() {
				for (const column of valueColumnsOf(sourceCode.columns, "csv-email-address")) {
					// By row number: a row is made each time it is read (see CsvRows), so the same row is another object each time.
					const invalid = new Set<number>();
					for (const { row, value, violations } of sourceCode.valueViolations(column)) {
						const violation = violations.find((candidate) => candidate.keyword === "smtpAddress");
						if (!violation) {
							continue;
						}
						invalid.add(row.rowNumber);
						const { problem, offset } = violation.params as { problem: SmtpAddressProblem; offset?: number };
						const cell = row.cell(column.index)!;
						context.report({
							loc: offset === undefined ? cell.loc : cell.characterLoc(offset),
							messageId: "invalidAddress",
							data: {
								column: column.declaration.name,
								value: sourceCode.quoteValue(row, column, value),
								problem: problemText(
									problem,
									// The whole character (a surrogate pair too); only the character problem has one to show.
									problem === "invalid-local-character" && offset !== undefined
										? sourceCode.quoteValue(row, column, String.fromCodePoint(value.codePointAt(offset)!))
										: null,
								),
							},
						});
					}
					// '?' is allowed in an address, but in a migration batch it is what an ASCII export leaves of a letter such as 'é' (jos?.garcia@contoso.com).
					sourceCode.forEachValue(column, (value, row) => {
						const at = value.indexOf("@");
						const mark = value.indexOf("?");
						if (mark === -1 || mark > at || invalid.has(row.rowNumber)) {
							return;
						}
						context.report({
							loc: row.cell(column.index)!.characterLoc(mark),
							messageId: "questionMark",
							data: { column: column.declaration.name, value: sourceCode.quoteValue(row, column, value) },
						});
					});
				}
			},
		};
	},
};

export default defineRule(rule);
