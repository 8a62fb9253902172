import { describe, expect, it } from "vitest";
import { engineOptionsOf } from "../src/engine.js";
import { parseOptions } from "../src/options.js";

const concurrencyOf = (argv: string[]) => engineOptionsOf(parseOptions([...argv, "batch.csv"]), "/project").concurrency;

describe("--concurrency", () => {
	it("auto lints in one thread: worker threads were measured not to pay", () => {
		expect(concurrencyOf(["--concurrency", "auto"])).toBe("off");
		expect(concurrencyOf([])).toBe("off");
	});

	it("a number of threads is honoured", () => {
		expect(concurrencyOf(["--concurrency", "2"])).toBe(2);
	});
});
