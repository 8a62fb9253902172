import { describe, expect, it } from "vitest";
import { csvTypes, withArticle } from "@miglint/core";
import { rules } from "eslint-plugin-miglint";

/** A message fits one line of a report: what is wrong and how to fix it; the why is on the rule's page. */
const MAX_MESSAGE_LENGTH = 160;
/** Ids of miglint's internal catalogue of documented constraints (PS-DEP-009, HYB-001), which users cannot look up. */
const CATALOGUE_ID = /\b[A-Z]{2,4}(?:-[A-Z]{2,4})?-\d{3}\b/u;

const messages = Object.entries(rules).flatMap(([id, rule]) => Object.entries(rule.meta.messages ?? {}).map(([messageId, text]) => ({ id, messageId, text })));

describe("rule messages", () => {
	it("are read from every rule", () => {
		expect(messages.length).toBeGreaterThan(Object.keys(rules).length);
	});

	it.each(messages)("$id $messageId is one short sentence without a catalogue id", ({ text }) => {
		expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
		expect(text).not.toMatch(CATALOGUE_ID);
		// Where a problem is is the report's location; a message naming its own row would keep the report from grouping.
		expect(text).not.toMatch(/\b(?:in )?row \{\{row\}\}/iu);
	});

	// A message whose placeholders take text from the CSV type tables: each filling, as the rule fills it.
	it.each(csvTypes.flatMap((type) => type.columns.filter((column) => column.deprecated).map((column) => ({ type, column }))))(
		"csv-item-limit for $column.name in $type.name stays within the limit",
		({ type, column }) => {
			const filled = rules["csv-item-limit"]!.meta.messages!["deprecated"]!.replace("{{column}}", column.name)
				.replace("{{type}}", withArticle(type.title))
				.replace("{{reason}}", column.deprecated!);
			expect(filled.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
		},
	);

	// Worst cases the type tables allow: the longest title, the longest suggestion, and the longest unknown name shown.
	const longest = (names: readonly string[]) => names.reduce((long, name) => (name.length > long.length ? name : long), "");
	it.each(csvTypes)("csv-columns for $name stays within the limit", (type) => {
		const columns = type.columns.map((column) => column.name);
		const otherColumns = csvTypes.flatMap((other) => other.columns.map((column) => column.name)).filter((name) => !columns.includes(name));
		const { notAllowed, missingRequired } = rules["csv-columns"]!.meta.messages!;
		// A misspelt name is about as long as the name it is close to.
		for (const [name, fix] of [
			[`'${longest(otherColumns)}'`, "rename or remove it."],
			["in column 100 (not shown: it may be a password)", "rename or remove it."],
			[`'${longest(columns)}x'`, `did you mean '${longest(columns)}'?`],
		] as const) {
			const filled = notAllowed!.replace("{{name}}", name).replace("{{type}}", withArticle(type.title)).replace("{{fix}}", fix);
			expect(filled.length, filled).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
		}
		const required = longest(type.columns.filter((column) => column.required).map((column) => column.name));
		const reason = `csv.types maps this file to ${type.name}`;
		const filled = missingRequired!.replace("{{column}}", required).replace("{{type}}", withArticle(type.title)).replace("{{reason}}", reason);
		expect(filled.length, filled).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
	});

	it("ps-migration-batch-type stays within the limit for every batch type", () => {
		const parameter = "TargetArchiveDatabases";
		for (const type of csvTypes) {
			const { movesOnly, targetDeliveryDomainMissing } = rules["ps-migration-batch-type"]!.meta.messages!;
			for (const template of [movesOnly!, targetDeliveryDomainMissing!]) {
				const filled = template.replace("{{parameter}}", parameter).replace("{{batch}}", withArticle(type.title));
				expect(filled.length, filled).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
			}
		}
	});
});
