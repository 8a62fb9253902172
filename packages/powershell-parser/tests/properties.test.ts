import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { internalErrorPrefix, parse } from "../src/index.js";
import { allNodes, parseWork, rebuild } from "./helpers.js";

/** Pieces of PowerShell that combine into plausible and implausible scripts. */
const fragments = [
	"$x",
	"${a b}",
	"$env:X",
	"@splat",
	"Get-Item",
	"-Path",
	"-Name:",
	"--%",
	"'s'",
	'"d $x $(1)"',
	"@'\n",
	"'@",
	'@"\n',
	'"@',
	"(",
	")",
	"{",
	"}",
	"[",
	"]",
	"@(",
	"@{",
	"$(",
	",",
	";",
	"|",
	"||",
	"&&",
	"&",
	".",
	"::",
	"?.",
	"?",
	":",
	"=",
	"+=",
	"??",
	"??=",
	"-eq",
	"-not",
	"!",
	"+",
	"-",
	"*",
	"/",
	"%",
	"..",
	"1",
	"0x1F",
	"1MB",
	"1.5e3",
	"if",
	"else",
	"elseif",
	"switch",
	"foreach",
	"for",
	"while",
	"do",
	"until",
	"try",
	"catch",
	"finally",
	"trap",
	"function",
	"filter",
	"class",
	"enum",
	"param",
	"begin",
	"process",
	"end",
	"return",
	"break",
	"continue",
	":label",
	"using",
	"data",
	"[int]",
	"[Parameter()]",
	"2>&1",
	">",
	">>",
	"*>",
	"<",
	"#c\n",
	"<#b#>",
	"`",
	"`\n",
	" ",
	"\n",
	"\r\n",
	"\t",
	"\u201C",
	"\u2018",
	"\u2013",
];

const scriptLike = fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join(""));

function checkResult(text: string): void {
	const result = parse(text);
	expect(rebuild(result)).toBe(text);
	for (const error of result.errors) {
		expect(error.message.startsWith(internalErrorPrefix)).toBe(false);
		expect(error.range[0]).toBeGreaterThanOrEqual(0);
		expect(error.range[1]).toBeLessThanOrEqual(text.length);
	}
	for (const node of allNodes(result.ast)) {
		expect(node.range[0]).toBeGreaterThanOrEqual(0);
		expect(node.range[1]).toBeLessThanOrEqual(text.length);
		expect(node.range[0]).toBeLessThanOrEqual(node.range[1]);
	}
}

describe("properties", () => {
	it("arbitrary strings never throw, stay lossless and report errors inside the text", () => {
		fc.assert(fc.property(fc.string({ unit: "grapheme-composite", maxLength: 200 }), checkResult), { numRuns: 1000 });
	});

	it("arbitrary mixes of PowerShell fragments never throw and stay lossless", () => {
		fc.assert(fc.property(scriptLike, checkResult), { numRuns: 3000 });
	});

	it("parsing work grows linearly with input size", () => {
		const unit = fc.sample(scriptLike, { numRuns: 40, seed: 42 }).join("\n");
		const patterns = [
			unit,
			"(".repeat(50),
			"{".repeat(50),
			'"$('.repeat(20),
			"[int]".repeat(50),
			"-".repeat(50),
			"'",
			"<#",
			"$a.b".repeat(50),
			"@{a=".repeat(30),
		];
		for (const pattern of patterns) {
			const small = parseWork(pattern.repeat(100));
			const large = parseWork(pattern.repeat(1600));
			// 16 times the input: linear is 16x, quadratic 256x.
			expect(large / small, JSON.stringify(pattern.slice(0, 20))).toBeLessThan(20);
		}
	});
});

describe("deep nesting", () => {
	const constructs: Record<string, (depth: number) => string> = {
		parentheses: (n) => `${"(".repeat(n)}1${")".repeat(n)}`,
		scriptBlocks: (n) => `${"{".repeat(n)}${"}".repeat(n)}`,
		subExpressions: (n) => `${"$(".repeat(n)}${")".repeat(n)}`,
		arrayExpressions: (n) => `${"@(".repeat(n)}${")".repeat(n)}`,
		hashtables: (n) => `${"@{a=".repeat(n)}1${"}".repeat(n)}`,
		strings: (n) => `${'"$('.repeat(n)}${')"'.repeat(n)}`,
		ifStatements: (n) => `${"if ($a) {".repeat(n)}${"}".repeat(n)}`,
		callOperators: (n) => `${"& { ".repeat(n)}${"}".repeat(n)}`,
		indexes: (n) => `${"$a[".repeat(n)}0${"]".repeat(n)}`,
		casts: (n) => `${"[int]".repeat(n)}$x`,
		unaryOperators: (n) => `${"-not ".repeat(n)}$x`,
		genericTypes: (n) => `[${"a[".repeat(n)}b${"]".repeat(n)}]`,
		binaryChains: (n) => `1${" + 1".repeat(n * 10)}`,
	};

	it.each(Object.keys(constructs))("%s 100 deep parse without errors", (name) => {
		const text = constructs[name]!(100);
		expect(parse(text).errors).toEqual([]);
	});

	it.each(Object.keys(constructs))("%s 1,000 and 20,000 deep neither throw nor overflow the stack", (name) => {
		for (const depth of [1000, 20_000]) {
			const text = constructs[name]!(depth);
			const result = parse(text);
			expect(rebuild(result)).toBe(text);
			// Past what the call stack allows, the parser reports the nesting instead of crashing.
			for (const error of result.errors) expect(error.message.startsWith(internalErrorPrefix)).toBe(false);
			const tooDeep = result.errors.some((error) => error.message === "The script is nested too deeply to parse.");
			if (!tooDeep) expect(result.errors).toEqual([]);
			expect(allNodes(result.ast).length).toBeGreaterThan(0);
		}
	});
});
