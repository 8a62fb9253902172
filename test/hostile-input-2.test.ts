import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runMiglint } from "./helpers/run-miglint.js";

const BATCH = "EmailAddress\nkenji.tanaka@contoso.com\n";

let directory: string;
let outside: string;

beforeEach(() => {
	directory = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-hostile-2-")));
	outside = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-outside-")));
});

afterEach(() => {
	rmSync(directory, { recursive: true, force: true });
	rmSync(outside, { recursive: true, force: true });
});

function write(file: string, text: string): string {
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text);
	return file;
}

function lintedFiles(args: string[]): string[] {
	const run = runMiglint([...args, "--format", "json"], { cwd: directory });
	expect(run.stderr).toBe("");
	return (JSON.parse(run.stdout) as { filePath: string }[]).map(({ filePath }) => path.relative(directory, filePath));
}

describe("symbolic links in the project", () => {
	it("a link to a directory is not searched, so that a link to / is not a walk of the file system", () => {
		write(path.join(directory, "batch.csv"), BATCH);
		write(path.join(outside, "elsewhere.csv"), BATCH);
		write(path.join(outside, "deeper", "elsewhere.ps1"), "Get-Mailbox\n");
		symlinkSync(outside, path.join(directory, "shared"));
		expect(lintedFiles(["."])).toEqual(["batch.csv"]);
		expect(lintedFiles(["**/*.csv"])).toEqual(["batch.csv"]);
		// Named on the command line, the linked directory is searched, as any directory named is.
		expect(lintedFiles(["shared"]).sort()).toEqual(["shared/deeper/elsewhere.ps1", "shared/elsewhere.csv"]);
	});

	it("a link to a file is that file", () => {
		write(path.join(outside, "wave1.csv"), BATCH);
		symlinkSync(path.join(outside, "wave1.csv"), path.join(directory, "wave1.csv"));
		symlinkSync("missing.csv", path.join(directory, "dangling.csv"));
		expect(lintedFiles(["."])).toEqual(["wave1.csv"]);
	});
});

describe("--fix on a batch of blank lines", () => {
	it("removes every blank line in one run, and a second run changes nothing", () => {
		// Each pass of ESLint's fixer skipped every other one of adjacent removals: its 10 passes left about one blank line in a thousand.
		const batch = write(path.join(directory, "batch.csv"), `EmailAddress\r\n${"\r\n".repeat(100_000)}kenji.tanaka@contoso.com\r\n${"   \r\n".repeat(1000)}`);
		expect(runMiglint(["--fix", "batch.csv"], { cwd: directory })).toEqual({ status: 0, stdout: "", stderr: "" });
		expect(readFileSync(batch, "utf8")).toBe(BATCH.replaceAll("\n", "\r\n"));
		expect(runMiglint(["--fix", "batch.csv"], { cwd: directory })).toEqual({ status: 0, stdout: "", stderr: "" });
		expect(readFileSync(batch, "utf8")).toBe(BATCH.replaceAll("\n", "\r\n"));
	});
});
