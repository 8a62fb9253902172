import { csvTypes } from "@miglint/core";
import { describe, expect, it } from "vitest";
import { valueRuleOf, type ValueRule } from "../src/utils/value-owner.js";

/** The value keywords each rule reports; null: every keyword. */
const REPORTED: Record<ValueRule, readonly string[] | null> = {
	"csv-email-address": ["smtpAddress"],
	"csv-force-change-password": ["enumIgnoreCase"],
	"csv-password-policy": null,
	"csv-user-list": ["pattern"],
	"csv-value-format": null,
};
/** Keywords no value can break (every value is a string) or that only annotate. */
const NEVER_BROKEN = ["type", "description"];

const columns = csvTypes.flatMap((type) => type.columns.filter((column) => column.value).map((column) => [`${type.name} ${column.name}`, column] as const));

describe("every value schema is reported by exactly one rule", () => {
	it.each(columns)("%s: its owner reports every keyword it has", (_name, column) => {
		const reported = REPORTED[valueRuleOf(column)];
		const keywords = Object.keys(column.value!).filter((keyword) => !NEVER_BROKEN.includes(keyword));
		expect(reported === null ? [] : keywords.filter((keyword) => !reported.includes(keyword))).toEqual([]);
	});

	it("gives secret columns to csv-password-policy, which never shows a value", () => {
		expect(columns.filter(([, column]) => column.secret).map(([, column]) => valueRuleOf(column))).toEqual(["csv-password-policy"]);
	});
});
