import { defineRule, ruleDocsUrl, type ValueViolation } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";
import { valueColumnsOf } from "../utils/value-owner.js";

/** "A, B or C" */
function oneOf(values: readonly string[]): string {
	return values.length > 1 ? `${values.slice(0, -1).join(", ")} or ${values.at(-1)}` : values.join("");
}

/**
 * What a valid value is, in words: the value schema's description when it
 * has one (a pattern always does), else what the broken constraint lists.
 */
function expectation(schema: { description?: string }, violations: readonly ValueViolation[]): string {
	if (schema.description) {
		return schema.description;
	}
	const listed = violations.find((violation) => Array.isArray(violation.params["allowedValues"]));
	if (listed) {
		return `one of ${oneOf(listed.params["allowedValues"] as string[])}`;
	}
	return `a value that meets its ${oneOf(violations.map((violation) => violation.keyword))} constraint`;
}

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "invalidValue" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Require values in the format their migration CSV type documents: MailboxType names, item limits, public folder paths and sizes",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-value-format"),
			constraints: ["CSV-STG-005", "CSV-RM-004", "CSV-RM-005", "CSV-PF-001", "CSV-PF-002", "CSV-PF-008", "CSV-PF-009"],
		},
		schema: [],
		messages: {
			invalidValue: "{{column}} {{value}} must be {{expected}}.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document() {
				for (const column of valueColumnsOf(sourceCode.columns, "csv-value-format")) {
					const schema = column.declaration.value as { description?: string };
					for (const { row, value, violations } of sourceCode.valueViolations(column)) {
						context.report({
							node: row.cell(column.index)!,
							messageId: "invalidValue",
							data: {
								column: column.declaration.name,
								value: sourceCode.quoteValue(row, column, value),
								expected: expectation(schema, violations),
							},
						});
					}
				}
			},
		};
	},
};

export default defineRule(rule);
