import type { RuleContext } from "@eslint/core";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { defineRule, MAX_PROBLEMS_PER_RULE } from "../src/rule-support/define-rule.js";

/** Lints `code` (JavaScript: ESLint's own language is enough here) with one rule made by defineRule. */
function lintWith(create: (context: RuleContext) => Record<string, (...args: never[]) => void>, code = "a; b;") {
	const rule = defineRule({ meta: { type: "problem", schema: [], messages: { found: "found {{what}}" } }, create } as never);
	return new Linter({ configType: "flat" }).verify(code, [{ plugins: { test: { rules: { rule } } }, rules: { "test/rule": "error" } }]);
}

describe("defineRule", () => {
	it("gives the rule a context that sees what ESLint's does, made the way ESLint makes it (beside it, not over it)", () => {
		let seen: Record<string, unknown> = {};
		const messages = lintWith((context) => {
			seen = {
				id: context.id,
				options: context.options,
				filename: context.filename,
				sourceCode: (context.sourceCode as unknown as { text: string }).text,
				frozen: Object.isFrozen(context),
				proto: Object.getPrototypeOf(context),
			};
			return {
				Program: (node: never) => {
					context.report({ node, messageId: "found", data: { what: "it" } });
				},
			};
		});
		expect(messages.map((message) => message.message)).toEqual(["found it"]);
		expect(seen).toMatchObject({ id: "test/rule", options: [], filename: "<input>", sourceCode: "a; b;", frozen: true });
		// ESLint's rule contexts inherit from the file's context, which holds the shared properties (sourceCode, settings...)
		// as its own; a context made over the rule's would inherit from one holding only id, options and report.
		expect(Object.hasOwn(seen["proto"] as object, "sourceCode")).toBe(true);
	});

	it("passes on the first MAX_PROBLEMS_PER_RULE problems and sums up the rest in one", () => {
		const messages = lintWith((context) => ({
			Program(node: never) {
				for (let count = 0; count < MAX_PROBLEMS_PER_RULE + 5; count++) context.report({ node, messageId: "found", data: { what: String(count) } });
			},
		}));
		expect(messages).toHaveLength(MAX_PROBLEMS_PER_RULE + 1);
		expect(messages.at(-2)?.message).toBe(`found ${MAX_PROBLEMS_PER_RULE - 1}`);
		expect(messages.at(-1)?.message).toMatch(/^…and 5 more problems of this rule in this file, not shown/u);
	});
});
