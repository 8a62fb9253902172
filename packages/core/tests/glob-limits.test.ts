import { describe, expect, it } from "vitest";
import { globProblem, MAX_BRACE_EXPANSIONS } from "../src/files/glob-limits.js";

describe("globProblem", () => {
	it.each([
		"**/*.csv",
		"batches/{wave1,wave2}/*.csv",
		"{old,archive}/**/{a,b,c}*.csv",
		"wave{1..9}.csv",
		"!(tmp)/*.csv",
		"a\\{b,c}.csv",
		"{unclosed,*.csv",
		"a},b.csv",
	])("accepts %s", (glob) => {
		expect(globProblem(glob)).toBeNull();
	});

	it.each([
		["{a,b}".repeat(30), "braces expand to more than 1024 patterns"],
		["{1..1000}{1..1000}", "braces expand to more than 1024 patterns"],
		["{a,{b,c}{d,e}}".repeat(6), "braces expand to more than 1024 patterns"],
		["!(a|b)".repeat(200), "has 200 extglob groups"],
		["*".repeat(100_000), "has 100000 characters"],
	])("refuses %s", (glob, message) => {
		expect(globProblem(glob)).toContain(message);
	});

	it("counts nested groups and ranges as fast-glob expands them", () => {
		// 2 × (1 + 2 × 2) × 512 = 5120 patterns; 2 × 512 = 1024 is the most.
		expect(globProblem(`{a,b}{x,{y,z}{1,2}}{0..511}`)).not.toBeNull();
		expect(globProblem(`{a,b}{0..${MAX_BRACE_EXPANSIONS / 2 - 1}}`)).toBeNull();
		expect(globProblem(`{a,b}{0..${MAX_BRACE_EXPANSIONS / 2}}`)).not.toBeNull();
		// 21 steps of 5 × 26 letters = 546; twice that is 1092.
		expect(globProblem("{0..100..5}{a..z}")).toBeNull();
		expect(globProblem("{0..100..5}{a..z}{0..1}")).not.toBeNull();
	});
});
