import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { CsvLanguage } from "@miglint/language-csv";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/main.js";
import { invalidateByFacts } from "../src/project-facts/cached-facts.js";

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

/** file-entry-cache, as ESLint loads it: each getFileDescriptor call stats, reads and hashes a file. */
const eslintRequire = createRequire(createRequire(import.meta.url).resolve("eslint"));
const { FileEntryCache } = eslintRequire("file-entry-cache") as { FileEntryCache: { prototype: { getFileDescriptor: (file: string) => unknown } } };

const LONG_AGO = new Date("2001-01-01T00:00:00Z");
/** A --cache run: the files it linted, and which of `kept` it wrote (their modification time is set long ago before it). */
async function lintWithCacheWriting(kept: readonly string[]): Promise<{ linted: string[]; written: boolean[] }> {
	for (const file of kept) utimesSync(file, LONG_AGO, LONG_AGO);
	const linted = await lintWithCache();
	return { linted, written: kept.map((file) => statSync(file).mtimeMs !== LONG_AGO.getTime()) };
}

describe("a warm --cache run", () => {
	it("looks each file up once and rewrites neither the cache nor the facts fingerprints when nothing changed", async () => {
		writeFileSync(path.join(project, "wave1.csv"), batch("ana@contoso.com", "ben@contoso.com"));
		writeFileSync(path.join(project, "wave2.csv"), batch("ana@contoso.com"));
		writeFileSync(path.join(project, "wave3.csv"), batch("dora@contoso.com"));
		await lintWithCache();
		const kept = [".miglintcache", ".miglintcache.facts"].map((name) => path.join(project, name));

		const lookups = vi.spyOn(FileEntryCache.prototype, "getFileDescriptor");
		expect(await lintWithCacheWriting(kept)).toEqual({ linted: [], written: [false, false] });
		expect(lookups.mock.calls.map(([file]) => path.basename(file)).sort()).toEqual(["wave1.csv", "wave2.csv", "wave3.csv"]);

		// The fingerprints are written again, for the project they were taken in (invalidateByFacts), though none changed.
		// ESLint lints the files miglint's results do not answer without its cache, which it neither reads nor writes.
		lookups.mockClear();
		writeFileSync(path.join(project, "wave3.csv"), batch("eva@contoso.com"));
		expect(await lintWithCacheWriting(kept)).toEqual({ linted: ["wave3.csv"], written: [false, true] });
		writeFileSync(path.join(project, "wave3.csv"), batch("ben@contoso.com"));
		expect(await lintWithCacheWriting(kept)).toEqual({ linted: ["wave1.csv", "wave3.csv"], written: [false, true] });
		expect(lookups).not.toHaveBeenCalled();
	});

	it("reads ESLint's cache when miglint's results are gone, and has it lint again the files whose facts changed since it stored them", async () => {
		writeFileSync(path.join(project, "wave1.csv"), batch("ana@contoso.com"));
		writeFileSync(path.join(project, "wave2.csv"), batch("carl@contoso.com"));
		expect(await lintWithCache()).toEqual(["wave1.csv", "wave2.csv"]);
		// Ana in a new batch: wave1.csv is linted again, past ESLint's cache, which keeps its result of the old facts.
		writeFileSync(path.join(project, "wave3.csv"), batch("ana@contoso.com"));
		expect(await lintWithCache()).toEqual(["wave1.csv", "wave3.csv"]);
		rmSync(path.join(project, ".miglintcache.results"));
		// ESLint's cache answers wave2.csv; it has wave3.csv not at all, and wave1.csv only under the old facts.
		expect(await lintWithCache()).toEqual(["wave1.csv", "wave3.csv"]);
		// It has caught up: the next run without miglint's results takes every file from it.
		rmSync(path.join(project, ".miglintcache.results"));
		expect(await lintWithCache()).toEqual([]);
	});

	it("gives the findings the first run gave", async () => {
		writeFileSync(path.join(project, "wave1.csv"), batch("ana@contoso.com", "ana@contoso.com"));
		writeFileSync(path.join(project, "wave2.csv"), batch("ana@contoso.com"));
		const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
		const findings = async () => {
			write.mockClear();
			await main(["--cache", "--format", "json", "."], project);
			return (JSON.parse(write.mock.calls.map(([text]) => String(text)).join("")) as { filePath: string; messages: { ruleId: string; line: number }[] }[]).map(
				({ filePath, messages }) => [path.basename(filePath), messages.map(({ ruleId, line }) => `${ruleId}:${line}`)],
			);
		};
		const cold = await findings();
		expect(cold.flatMap(([, messages]) => messages)).toContain("miglint/csv-unique-email-across-batches:2");
		expect(await findings()).toEqual(cold);
		expect(await findings()).toEqual(cold);
	});
});

describe("invalidateByFacts", () => {
	/** A run with the project as `stamp` says; whether it derived the facts (asked for the fingerprints), and the stale files. */
	async function run(linted: string[], stamp: string, fingerprints: Record<string, string>) {
		const fingerprintsOf = vi.fn(() => Promise.resolve((file: string) => fingerprints[file] ?? ""));
		const { stale, save } = await invalidateByFacts(path.join(project, ".miglintcache"), linted, stamp, fingerprintsOf);
		save(true);
		return { derived: fingerprintsOf.mock.calls.length > 0, stale };
	}

	it("derives no facts while the project is the one every linted file was fingerprinted in", async () => {
		const [a, b] = ["a.csv", "b.csv"].map((name) => path.join(project, name)) as [string, string];
		expect(await run([a, b], "P1", { [a]: "1", [b]: "1" })).toEqual({ derived: true, stale: [a, b] });
		expect(await run([a, b], "P1", {})).toEqual({ derived: false, stale: [] });
		expect(await run([a], "P1", {})).toEqual({ derived: false, stale: [] });
		// Another project: the facts are derived again, and only a changed fingerprint makes a file stale.
		expect(await run([a], "P2", { [a]: "2" })).toEqual({ derived: true, stale: [a] });
		expect(await run([a], "P2", {})).toEqual({ derived: false, stale: [] });
		// b was fingerprinted in P1 only: in P2 its facts may have changed.
		expect(await run([a, b], "P2", { [a]: "2", [b]: "1" })).toEqual({ derived: true, stale: [] });
		expect(await run([a, b], "P2", {})).toEqual({ derived: false, stale: [] });
	});
});

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
