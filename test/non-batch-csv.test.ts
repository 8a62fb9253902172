import { appendFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, FIXTURES, type JsonResult, jsonResults, miglint } from "./helpers/run-miglint.js";

const FIXTURE = path.join(FIXTURES, "non-batch-csv");
const LEFT_ALONE = ["data/broken-quoting.csv", "data/offices.csv", "reports/empty-export.csv", "reports/mailbox-sizes.csv"];

/** Each file with the rules that report on it, in order. */
function rulesByFile(results: JsonResult[]): Record<string, string[]> {
	return Object.fromEntries(results.map((result) => [result.filePath, result.messages.map((message) => message.ruleId ?? "(parse error)")]));
}

describe("CSV rules apply to migration batches only (issue 14, point 1)", () => {
	it("leaves reports and data files alone and reports the batches: by header, broken header, csv.sources or script", async () => {
		const run = await miglint(["--format", "json"], { cwd: FIXTURE });
		expect(run.stderr).toBe("");
		const rules = rulesByFile(jsonResults(run, FIXTURE));
		for (const file of LEFT_ALONE) {
			expect(rules[file], file).toEqual([]);
		}
		// Nearly a batch header: a batch with a broken header, not a data file.
		expect(rules["batches/email-password.csv"]).toEqual(["miglint/csv-columns", "miglint/csv-columns"]);
		expect(rules["batches/no-address.csv"]).toEqual(["miglint/csv-columns"]);
		expect(rules["batches/e-mail-address.csv"]).toEqual(["miglint/csv-columns", "miglint/csv-columns", "miglint/csv-header"]);
		// csv.sources names it: a batch whatever its header, linted with the rules that need no type.
		expect(rules["batches/named-by-sources.csv"]).toEqual(["miglint/csv-field-count"]);
		// A title line above a batch header.
		expect(rules["batches/titled.csv"]).toEqual(["miglint/csv-header"]);
		// A script feeds it to New-MigrationBatch.
		expect(rules["batches/wave2.csv"]).toEqual(["miglint/csv-columns", "miglint/csv-columns", "miglint/csv-columns"]);
	});

	it("--print-facts lists the CSV files left alone and why", async () => {
		const lines = (await miglint(["--print-facts"], { cwd: FIXTURE })).stdout.split("\n");
		expect(lines).toContain("  reports/mailbox-sizes.csv: left alone, not a migration batch, because its header fits no documented migration CSV type");
		expect(lines).toContain("  reports/empty-export.csv: left alone, not a migration batch, because it has no header miglint can read");
		expect(lines).toContain("  batches/named-by-sources.csv: unknown type, because its header fits no documented migration CSV type");
		expect(lines.find((line) => line.startsWith("  batches/no-address.csv: "))).toContain("staged migration batch with a broken header");
	});

	it("csv.allFiles lints every CSV file with the rules that need no batch type", async () => {
		const directory = copyFixture("non-batch-csv");
		appendFileSync(path.join(directory, "miglint.config.yaml"), "  allFiles: true\n");
		const run = await miglint(["--format", "json"], { cwd: directory });
		expect(run.stderr).toBe("");
		const rules = rulesByFile(jsonResults(run, directory));
		expect(rules["reports/mailbox-sizes.csv"]).toEqual(["miglint/csv-header", "miglint/csv-header", "miglint/csv-header", "miglint/csv-field-count"]);
		expect(rules["reports/empty-export.csv"]).toEqual(["miglint/csv-empty"]);
		expect(rules["data/broken-quoting.csv"]).toEqual(["(parse error)"]);
		expect(rules["data/offices.csv"]).toEqual(["miglint/csv-delimiter"]);
	});
});
