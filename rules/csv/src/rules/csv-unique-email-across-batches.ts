import { addressKey, defineRule, getProjectFacts, plural, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

/** The places shown in a message; an address in many batches names the first ones and counts the others, so that each file's finding stays one line. */
const SHOWN_PLACES = 1;

function describePlaces(places: readonly string[]): string {
	if (places.length <= SHOWN_PLACES) return places.join(" and ");
	return `${places.slice(0, SHOWN_PLACES).join(", ")} and ${plural(places.length - SHOWN_PLACES, "other batch", "other batches")}`;
}

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "inOtherBatch" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Disallow the same mailbox in two migration batch CSV files of the repository",
			recommended: "warn",
			url: ruleDocsUrl("rules/csv", "csv-unique-email-across-batches"),
			constraints: [],
		},
		schema: [],
		messages: {
			inOtherBatch: "{{column}} {{value}} is also in {{places}}; remove it from all batches but one.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const otherBatches = getProjectFacts(context.settings, context.physicalFilename).otherBatches;
		if (!otherBatches) {
			return {};
		}

		return {
			Document() {
				for (const column of sourceCode.columns) {
					if (!column.declaration?.unique) {
						continue;
					}
					sourceCode.forEachValue(column, (value, row) => {
						const address = addressKey(value);
						// Own keys only: a cell "constructor" is not an address of the facts.
						const places = Object.hasOwn(otherBatches, address) ? otherBatches[address] : undefined;
						if (places) {
							context.report({
								node: row.cell(column.index)!,
								messageId: "inOtherBatch",
								data: { column: column.declaration!.name, value: sourceCode.quoteValue(row, column, value), places: describePlaces(places) },
							});
						}
					});
				}
			},
		};
	},
};

export default defineRule(rule);
