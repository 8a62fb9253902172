import { spawnSync } from "node:child_process";
import fs, { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/main.js";

const CONTOSO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/contoso");

let project = "";
beforeEach(() => {
	project = mkdtempSync(path.join(tmpdir(), "miglint-cached-results-"));
	cpSync(CONTOSO, project, { recursive: true });
	// A problem hidden by a directive: ESLint's cache keeps suppressed messages too.
	writeFileSync(path.join(project, "scripts/hidden.ps1"), "# eslint-disable-next-line miglint/ps-plaintext-secret\n$password = 'Tr0ub4dor&3x'\n");
});
afterEach(() => {
	vi.restoreAllMocks();
	syncBuiltinESMExports();
	rmSync(project, { recursive: true, force: true });
});

/** One run in the project: its exit code, its standard output and the files it handed ESLint (project-relative). */
async function run(...args: string[]): Promise<{ status: number; stdout: string; handed: string[] }> {
	const lintFiles = vi.spyOn(ESLint.prototype, "lintFiles");
	const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
	const status = await main([...(args.includes("--format") ? [] : ["--format", "json"]), ...args, "."], project);
	const stdout = write.mock.calls.map(([text]) => String(text)).join("");
	const handed = lintFiles.mock.calls.flatMap(([files]) => [files].flat().map((file) => path.relative(project, file))).sort();
	lintFiles.mockRestore();
	write.mockRestore();
	return { status, stdout, handed };
}

const CACHE_FILES = [".miglintcache", ".miglintcache.facts", ".miglintcache.results"];
/** When each file miglint keeps beside the project was last written. */
const written = () => CACHE_FILES.map((name) => statSync(path.join(project, name), { bigint: true }).mtimeNs);

const json = (stdout: string) => JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null }[]; suppressedMessages: unknown[] }[];

describe("a warm --cache run", () => {
	it("answers every unchanged file without ESLint, as ESLint's own cache would, and rewrites nothing", async () => {
		const cold = await run("--cache");
		expect(cold.handed.length).toBeGreaterThan(20);
		const results = json(cold.stdout);
		expect(results.some(({ messages }) => messages.length > 0)).toBe(true);
		expect(results.find(({ filePath }) => filePath.endsWith("hidden.ps1"))?.suppressedMessages).toHaveLength(1);
		const before = written();

		const warm = await run("--cache");
		expect(warm).toEqual({ ...cold, handed: [] });
		expect(written()).toEqual(before);

		// ESLint's own cache, with miglint's answers gone, gives the same.
		rmSync(path.join(project, ".miglintcache.results"));
		const fromEslint = await run("--cache");
		expect(fromEslint).toEqual({ ...cold, handed: cold.handed });
		expect(await run("--cache")).toEqual({ ...cold, handed: [] });

		// The reports that link each rule's documentation page, from the cache too.
		const cached = [await run("--cache", "--format", "stylish"), await run("--cache", "--format", "sarif")];
		// Runs without cache, last: they delete ESLint's cache file.
		const plain = [await run("--format", "stylish"), await run("--format", "sarif")];
		expect(cached.map(({ handed }) => handed)).toEqual([[], []]);
		expect(cached[0]!.stdout).toContain("https://");
		expect(cached.map(({ status, stdout }) => ({ status, stdout }))).toEqual(plain.map(({ status, stdout }) => ({ status, stdout })));
	});

	it("hands ESLint only the file edited, and gives what a run without cache gives", async () => {
		await run("--cache");
		appendFileSync(path.join(project, "batches/clean/wave1-finance.csv"), "zoe@contoso.com,Harbour-Lamp-7!,False\r\n");
		const edited = await run("--cache");
		expect(edited.handed).toEqual(["batches/clean/wave1-finance.csv"]);
		expect((await run("--cache")).handed).toEqual([]);
		const plain = await run();
		expect(edited).toEqual({ ...plain, handed: edited.handed });
	});

	it("stats the files it recorded as settled instead of opening and hashing them again, and still tells an edit", async () => {
		// The cold run sees the files just written, as in a fresh checkout: not settled.
		const cold = await run("--cache");
		const linted = new Set(json(cold.stdout).map(({ filePath }) => filePath));
		const open = vi.spyOn(fs, "openSync");
		// The module imports openSync by name: its binding follows the spy once the built-in's exports are synced.
		syncBuiltinESMExports();
		const opened = () => open.mock.calls.map(([file]) => String(file)).filter((file) => linted.has(file));
		// Some seconds later they have settled: opened and hashed once more, and recorded as settled.
		const now = Date.now();
		vi.spyOn(Date, "now").mockReturnValue(now + 10_000);
		const before = written();
		expect(await run("--cache")).toEqual({ ...cold, handed: [] });
		expect(opened()).toHaveLength(linted.size);
		expect(written().map((time, index) => time !== before[index])).toEqual([false, false, true]);
		open.mockClear();
		expect(await run("--cache")).toEqual({ ...cold, handed: [] });
		expect(opened()).toEqual([]);

		const edited = path.join(project, "batches/clean/wave1-finance.csv");
		appendFileSync(edited, "zoe@contoso.com,Harbour-Lamp-7!,False\r\n");
		expect((await run("--cache")).handed).toEqual(["batches/clean/wave1-finance.csv"]);
		expect(opened()).toContain(edited);
	});

	it("tells a changed file by its content, or with --cache-strategy metadata by its size and modification time", async () => {
		await run("--cache");
		const touched = path.join(project, "batches/clean/wave1-finance.csv");
		utimesSync(touched, new Date("2030-01-01T00:00:00Z"), new Date("2030-01-01T00:00:00Z"));
		expect((await run("--cache")).handed).toEqual([]);
		expect((await run("--cache", "--cache-strategy", "metadata")).handed).toEqual(["batches/clean/wave1-finance.csv"]);
		expect((await run("--cache", "--cache-strategy", "metadata")).handed).toEqual([]);
	});

	it("with --fix, hands ESLint the files whose cached result has problems", async () => {
		const cold = await run("--cache");
		const withProblems = json(cold.stdout)
			.filter(({ messages }) => messages.length > 0)
			.map(({ filePath }) => path.relative(project, filePath))
			.sort();
		expect((await run("--cache", "--fix-dry-run")).handed).toEqual(withProblems);
	});

	it("lints again, without a word, what a damaged results file holds; a FIFO in its place is neither read nor replaced", async () => {
		const cold = await run("--cache");
		const location = path.join(project, ".miglintcache.results");
		const kept = JSON.parse(readFileSync(location, "utf8")) as { results: string[]; entries: Record<string, unknown> };
		kept.entries[Object.keys(kept.entries)[0]!] = null;
		writeFileSync(location, JSON.stringify({ ...kept, results: kept.results.map((_, index) => (index % 2 ? "{" : '{"messages":7}')) }));
		expect(await run("--cache")).toEqual(cold);
		expect((await run("--cache")).handed).toEqual([]);

		rmSync(location);
		spawnSync("mkfifo", [location]);
		expect(await run("--cache")).toEqual(cold);
		expect(statSync(location).isFIFO()).toBe(true);
	});

	it("trusts nothing once ESLint's cache file changed, or the configuration did", async () => {
		const cold = await run("--cache");
		writeFileSync(path.join(project, ".miglintcache"), readFileSync(path.join(project, ".miglintcache"), "utf8"));
		expect((await run("--cache")).handed).toEqual(cold.handed);
		expect((await run("--cache")).handed).toEqual([]);

		appendFileSync(path.join(project, "miglint.config.yaml"), "\nrules:\n  csv-email-domain: warn\n");
		expect((await run("--cache")).handed).toEqual(cold.handed);
		expect((await run("--cache", "--quiet")).handed).toEqual([]);
	});
});
