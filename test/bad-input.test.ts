import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { FIXTURES, miglint, type MiglintRun, runMiglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

const BAD_INPUT = path.join(FIXTURES, "bad-input");

function fingerprint(directory: string): string[] {
	return readdirSync(directory, { recursive: true, encoding: "utf8" })
		.sort()
		.map((name) => {
			const file = path.join(directory, name);
			const stats = statSync(file, { throwIfNoEntry: false });
			return stats?.isFile() ? `${name} ${stats.mtimeMs} ${readFileSync(file).toString("base64")}` : name;
		});
}

/** Runs miglint on one bad file, with and without --fix-dry-run, and checks nothing was written. */
async function lintBadFile(name: string): Promise<MiglintRun> {
	const before = fingerprint(BAD_INPUT);
	const run = await miglint([name], { cwd: BAD_INPUT });
	await miglint(["--fix-dry-run", name], { cwd: BAD_INPUT });
	expect(fingerprint(BAD_INPUT)).toEqual(before);
	expect(run.stderr).toBe("");
	return run;
}

describe("bad files are reported, not crashed on", () => {
	it.each([
		["empty.csv", "1:1  error  The file is empty", "miglint/csv-empty"],
		["header-only.csv", "1:1  error  The file has a header but no rows", "miglint/csv-empty"],
		["excel-workbook-renamed.csv", "1:1  error  Parsing error: This is a ZIP archive, most likely an Excel workbook (.xlsx)", ""],
		["utf16-no-bom.csv", "1:1  error  This file looks like UTF-16 LE text without a byte order mark", "miglint/csv-encoding"],
		["invalid-utf8.csv", "2:7  error  This file is not UTF-8", "miglint/csv-encoding"],
		["unclosed-quote.csv", "2:26  error  Parsing error: Unclosed quote", ""],
		["stray-quote.csv", "3:6  error  Parsing error: Stray quote in an unquoted field", ""],
		["syntax-error.ps1", "3:27  error  Parsing error: Missing closing ')' after the 'if' condition", ""],
	])("%s", async (name, expected, ruleId) => {
		const run = await lintBadFile(name);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain(expected);
		expect(run.stdout).toContain(ruleId);
		expect(run.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, 0 warnings\)/u);
	});
});

describe("bad paths", () => {
	let directory: string;

	beforeEach(() => {
		directory = temporaryFolder("bad");
	});

	it("reads a 1 MB single line without trouble", async () => {
		writeFileSync(path.join(directory, "one-line.csv"), `EmailAddress,Password\n${"x".repeat(1024 * 1024)}`);
		const run = await miglint(["one-line.csv"], { cwd: directory });
		expect(run.status).toBe(1);
		expect(run.stdout).toContain("2:1  error  This row has 1 field but the header has 2");
		expect(run.stdout).not.toContain("xxxxxxxx");
	});

	it("reports a file too large to be a migration CSV without reading it, exits 2, and lints nothing else", async () => {
		writeFileSync(path.join(directory, "huge.csv"), "EmailAddress\n");
		// A sparse file: the size is there without 51 MB written.
		truncateSync(path.join(directory, "huge.csv"), 51 * 1024 * 1024);
		writeFileSync(path.join(directory, "other.csv"), "not linted\n");
		const run = await miglint(["huge.csv"], { cwd: directory });
		expect(run.status).toBe(2);
		expect(run.stdout).toContain(
			"1:1  error  Parsing error: This file has 51.0 MB; miglint does not read files over 50 MB (the largest migration CSV Exchange accepts is 10 MB).",
		);
		expect(run.stdout).not.toContain("other.csv");
	});

	it("a directory named x.csv", async () => {
		mkdirSync(path.join(directory, "x.csv"));
		expect(await miglint(["x.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: "miglint: No files to lint in 'x.csv' (miglint checks CSV files, PowerShell scripts and JSON or YAML settings)\n",
		});
	});

	it("a symlink loop", async () => {
		symlinkSync("loop.csv", path.join(directory, "loop.csv"));
		expect(await miglint(["loop.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: "miglint: 'loop.csv' cannot be read: too many levels of symbolic links (a symlink loop?)\n",
		});
		writeFileSync(path.join(directory, "batch.csv"), "EmailAddress\nkenji.tanaka@contoso.com\n");
		expect((await miglint(["."], { cwd: directory })).status).toBe(0);
	});

	it("a directory link back up the tree: each file is linted, and counted as a batch, once", async () => {
		writeFileSync(path.join(directory, "batch.csv"), "EmailAddress\nkenji.tanaka@contoso.com\n");
		mkdirSync(path.join(directory, "archive"));
		symlinkSync("..", path.join(directory, "archive", "up"));
		const run = await miglint([".", "--format", "json"], { cwd: directory });
		expect(run.status).toBe(0);
		expect(
			(JSON.parse(run.stdout) as { filePath: string; messages: unknown[] }[]).map(({ filePath, messages }) => [path.relative(directory, filePath), messages]),
		).toEqual([["batch.csv", []]]);
		expect(await miglint(["batch.csv"], { cwd: directory })).toEqual({ status: 0, stdout: "", stderr: "" });
	});

	it("a nonexistent path, and a glob that matches nothing", async () => {
		expect(await miglint(["missing.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: "miglint: No such file or directory: 'missing.csv'\n",
		});
		expect(await miglint(["batches/**/*.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: "miglint: No files matching 'batches/**/*.csv' were found\n",
		});
	});

	it("an unreadable file", () => {
		writeFileSync(path.join(directory, "locked.csv"), "EmailAddress\nkenji.tanaka@contoso.com\n");
		chmodSync(path.join(directory, "locked.csv"), 0);
		const run = runMiglint(["locked.csv"], { cwd: directory, withoutPrivileges: true });
		expect(run).toEqual({ status: 2, stdout: "", stderr: "miglint: 'locked.csv' cannot be read: permission denied\n" });
	});
});
