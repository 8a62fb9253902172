import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { rebuild } from "./helpers.js";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function heapUsed(): number {
	collectGarbage();
	return process.memoryUsage().heapUsed;
}

describe("the memory tokens keep", () => {
	it("a token keeps its offsets, not copies of its text, range and location", () => {
		const text = "Write-Host $a 1; ".repeat(30_000);
		const result: { tokens: unknown } = parse(text);
		const count = (result.tokens as unknown[]).length;
		const withTokens = heapUsed();
		result.tokens = null;
		const perToken = (withTokens - heapUsed()) / count;
		// A token of its own with a text slice, a range and an array of trivia took about 400 bytes; its offsets and a shared trivia array, under 200.
		expect(perToken).toBeLessThan(250);
	});

	it("tokens still give their text, range, location and trivia", () => {
		const text = "Get-Mailbox  -Identity $user # who\r\n  Set-Mailbox\n";
		const { tokens, comments } = parse(text);
		expect(rebuild(parse(text))).toBe(text);
		const identity = tokens.find((token) => token.value === "-Identity")!;
		expect(identity).toMatchObject({ type: "Parameter", range: [13, 22], loc: { start: { line: 1, column: 13 }, end: { line: 1, column: 22 } } });
		expect(identity.leadingTrivia.map((trivia) => [trivia.type, trivia.value, trivia.range])).toEqual([["Whitespace", "  ", [11, 13]]]);
		expect(identity.range).toBe(identity.range);
		expect(tokens[0]!.leadingTrivia).toEqual([]);
		expect(comments).toEqual([{ type: "Line", value: " who", range: [29, 34], loc: { start: { line: 1, column: 29 }, end: { line: 1, column: 34 } } }]);
	});
});
