import type { ESLint, Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { withoutContents } from "../src/format-results.js";

const message = (extra: Partial<Linter.LintMessage> = {}): Linter.LintMessage => ({
	ruleId: "miglint/csv-password-policy",
	severity: 2,
	message: "The Password is shorter than 8 characters.",
	line: 2,
	column: 17,
	...extra,
});

const result = (messages: Linter.LintMessage[]): ESLint.LintResult => ({
	filePath: "/project/wave1.csv",
	messages,
	suppressedMessages: [],
	errorCount: messages.length,
	fatalErrorCount: 0,
	warningCount: 0,
	fixableErrorCount: 0,
	fixableWarningCount: 0,
	usedDeprecatedRules: [],
	source: "EmailAddress,Password\r\nana@contoso.com,Tr0ub4\r\n",
});

describe("withoutContents", () => {
	it("drops the file's text and every fix and suggestion text, which can hold a password", () => {
		const fixed = message({ fix: { range: [0, 6], text: "Tr0ub4dor&3x" }, suggestions: [{ desc: "use", fix: { range: [0, 6], text: "Tr0ub4dor&3x" } }] });
		const safe = withoutContents(result([fixed]));
		expect(JSON.stringify(safe)).not.toMatch(/Tr0ub4/u);
		expect(safe.messages).toEqual([message()]);
	});

	it("passes a message without fix or suggestions on as it is: a copy of each of thousands of findings costs", () => {
		const plain = message();
		expect(withoutContents(result([plain])).messages[0]).toBe(plain);
	});
});
