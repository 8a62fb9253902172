import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CsvLanguage } from "@miglint/language-csv";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/main.js";

let project = "";
beforeEach(() => {
	project = mkdtempSync(path.join(tmpdir(), "miglint-cached-facts-"));
	vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterEach(() => {
	vi.restoreAllMocks();
	rmSync(project, { recursive: true, force: true });
});

const batch = (...addresses: string[]) =>
	`EmailAddress,Password,ForceChangePassword\n${addresses.map((address) => `${address},Tr0ub4dor&3x-${address.length},False`).join("\n")}\n`;

/** Runs miglint with --cache in the project; returns the files ESLint parsed (linted rather than taken from the cache), project-relative. */
async function lintWithCache(): Promise<string[]> {
	const parse = vi.spyOn(CsvLanguage.prototype, "parse");
	await main(["--cache", "--format", "json", "."], project);
	const parsed = parse.mock.calls.map(([file]) => path.relative(project, file.physicalPath)).sort();
	parse.mockRestore();
	return parsed;
}

describe("--cache and the project facts", () => {
	it("lints again only the batch added and the batches sharing an address with it", async () => {
		writeFileSync(path.join(project, "wave1.csv"), batch("ana@contoso.com", "ben@contoso.com"));
		writeFileSync(path.join(project, "wave2.csv"), batch("carl@contoso.com"));
		writeFileSync(path.join(project, "wave3.csv"), batch("dora@contoso.com"));
		expect(await lintWithCache()).toEqual(["wave1.csv", "wave2.csv", "wave3.csv"]);
		expect(await lintWithCache()).toEqual([]);

		writeFileSync(path.join(project, "wave4.csv"), batch("ben@contoso.com"));
		expect(await lintWithCache()).toEqual(["wave1.csv", "wave4.csv"]);
	});

	it("lints a batch again when the batch that shared an address with it no longer does", async () => {
		writeFileSync(path.join(project, "wave1.csv"), batch("ana@contoso.com"));
		writeFileSync(path.join(project, "wave2.csv"), batch("ana@contoso.com"));
		await lintWithCache();
		writeFileSync(path.join(project, "wave2.csv"), batch("eva@contoso.com"));
		expect(await lintWithCache()).toEqual(["wave1.csv", "wave2.csv"]);
	});
});
