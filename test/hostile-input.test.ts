import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, constants, lstatSync, mkdirSync, openSync, readFileSync, readSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { MAX_SCRIPT_TREE_DEPTH, MAX_SETTINGS_NESTING } from "@miglint/core";
import { miglint, runMiglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

const BATCH = "EmailAddress\nkenji.tanaka@contoso.com\n";

let directory: string;

beforeEach(() => {
	directory = temporaryFolder("hostile");
});

function write(name: string, text: string): string {
	const file = path.join(directory, name);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text);
	return file;
}

describe("names that are also properties of every JavaScript object", () => {
	it.each(["constructor", "__proto__ -x 1"])("a script line %j", async (line) => {
		write("names.ps1", `${line}\n`);
		expect(await miglint(["names.ps1"], { cwd: directory })).toEqual({ status: 0, stdout: "", stderr: "" });
	});

	it.each(["constructor", "__proto__", "toString"])("--rule '%s: error' is an unknown rule", async (name) => {
		write("batch.csv", BATCH);
		expect(await miglint(["--rule", `${name}: error`, "batch.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: `miglint: --rule '${name}: error': unknown rule "${name}"\n`,
		});
	});

	it.each(["constructor", "__proto__", "toString"])("rules: {%s: warn} in the configuration is an unknown rule", async (name) => {
		write("batch.csv", BATCH);
		write("miglint.config.yaml", `rules:\n  ${name}: warn\n`);
		expect(await miglint(["batch.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: `miglint: miglint.config.yaml:2:3: unknown rule "${name}"\n`,
		});
	});
});

describe("report and cache files", () => {
	it.each([
		[["-o", "batch.csv"], "--output-file 'batch.csv' is a file being linted: miglint does not overwrite it"],
		[["-o", "link.csv"], "--output-file 'link.csv' is a file being linted: miglint does not overwrite it"],
		[["--cache", "--cache-location", "batch.csv"], "--cache-location 'batch.csv' is a file being linted: miglint does not overwrite it"],
		// Without --cache, ESLint deletes the cache file.
		[["--cache-location", "batch.csv"], "--cache-location 'batch.csv' is a file being linted: miglint does not overwrite it"],
	])("%j never overwrites the linted batch", async (options, message) => {
		const batch = write("batch.csv", BATCH);
		symlinkSync("batch.csv", path.join(directory, "link.csv"));
		expect(await miglint([...options, "batch.csv"], { cwd: directory })).toEqual({ status: 2, stdout: "", stderr: `miglint: ${message}\n` });
		expect(readFileSync(batch, "utf8")).toBe(BATCH);
	});

	it("a directory is refused as a report file and as a cache file", async () => {
		write("batch.csv", BATCH);
		mkdirSync(path.join(directory, "reports"));
		mkfifo(path.join(directory, "fifo"));
		expect((await miglint(["-o", "reports", "batch.csv"], { cwd: directory })).stderr).toBe(
			"miglint: --output-file 'reports' is a directory: miglint writes a report only to a regular file\n",
		);
		expect((await miglint(["--cache", "--cache-location", "fifo", "batch.csv"], { cwd: directory })).stderr).toBe(
			"miglint: --cache-location 'fifo' is not a regular file: miglint writes its cache only to a regular file\n",
		);
	});

	it("a FIFO with a reader receives the report as a stream and stays a FIFO", async () => {
		write("batch.csv", BATCH);
		const fifo = path.join(directory, "report.fifo");
		mkfifo(fifo);
		// The reader is open before miglint runs (opening it without blocking needs no writer), and the report fits the pipe's buffer.
		const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
		try {
			const run = await miglint(["-f", "json", "-o", fifo, "batch.csv"], { cwd: directory });
			expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
			const buffer = Buffer.alloc(64 * 1024);
			const report = buffer.subarray(0, readSync(reader, buffer)).toString("utf8");
			expect(JSON.parse(report)).toHaveLength(1);
		} finally {
			closeSync(reader);
		}
		expect(lstatSync(fifo).isFIFO()).toBe(true);
	});

	it("a FIFO nobody reads is reported, not waited on", async () => {
		write("batch.csv", BATCH);
		mkfifo(path.join(directory, "report.fifo"));
		expect(await miglint(["-o", "report.fifo", "batch.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: "miglint: cannot write the stylish report to 'report.fifo': no process reads from this FIFO\n",
		});
		expect(lstatSync(path.join(directory, "report.fifo")).isFIFO()).toBe(true);
	});

	// A device of its own (the null device's numbers), so that a regression replaces it and not the machine's /dev/null.
	it.skipIf(process.getuid?.() !== 0)("a device node is written to, never replaced", async () => {
		write("batch.csv", "EmailAddress\nnot an address\n");
		const device = path.join(directory, "null");
		expect(spawnSync("mknod", [device, "c", "1", "3"]).status).toBe(0);
		symlinkSync("null", path.join(directory, "link"));
		expect(await miglint(["-o", "link", "batch.csv"], { cwd: directory })).toEqual({ status: 1, stdout: "", stderr: "" });
		expect(lstatSync(device).isCharacterDevice()).toBe(true);
	});
});

function mkfifo(file: string): void {
	const result = spawnSync("mkfifo", [file]);
	if (result.status !== 0) throw new Error(`mkfifo failed: ${String(result.stderr)}`);
}

describe("files miglint reads for itself give a message, not an internal error", () => {
	it.each([
		[".gitignore", ["."], (file: string) => `'${file}' cannot be read`],
		["miglint.config.yaml", ["batch.csv"], () => "miglint.config.yaml:1:1: cannot read the configuration"],
	])("%s as a FIFO, a directory or a link to /dev/zero", async (name, args, prefix) => {
		write("batch.csv", BATCH);
		const file = path.join(directory, name);
		mkfifo(file);
		expect(await miglint(args, { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: `miglint: ${prefix(file)}: it is not a regular file (a FIFO, a device or a socket)\n`,
		});
		rmSync(file);
		symlinkSync("/dev/zero", file);
		expect(await miglint(args, { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: `miglint: ${prefix(file)}: it is not a regular file (a FIFO, a device or a socket)\n`,
		});
		rmSync(file);
		mkdirSync(file);
		expect(await miglint(args, { cwd: directory })).toEqual({ status: 2, stdout: "", stderr: `miglint: ${prefix(file)}: it is a directory\n` });
	});

	it("an unreadable .gitignore", () => {
		write("batch.csv", BATCH);
		const gitignore = write(".gitignore", "*.txt\n");
		chmodSync(gitignore, 0);
		expect(runMiglint(["."], { cwd: directory, withoutPrivileges: true })).toEqual({
			status: 2,
			stdout: "",
			stderr: `miglint: '${gitignore}' cannot be read: permission denied\n`,
		});
	});

	it("the facts index or the facts fingerprints beside the cache as a FIFO: neither read nor replaced, with --cache or without", () => {
		write("wave1.csv", BATCH);
		write("wave2.csv", BATCH);
		const expected = runMiglint(["--cache", "."], { cwd: directory });
		const fifos = [".miglintcache.index", ".miglintcache.facts"].map((name) => path.join(directory, name));
		for (const fifo of fifos) {
			rmSync(fifo);
			mkfifo(fifo);
		}
		for (const args of [["--cache", "."], ["."]]) {
			expect(runMiglint(args, { cwd: directory, timeoutMs: 30_000 })).toEqual(expected);
		}
		expect(fifos.map((fifo) => lstatSync(fifo).isFIFO())).toEqual([true, true]);
	});

	it("the cache file as a FIFO, a link to /dev/zero, or unreadable", async () => {
		write("batch.csv", BATCH);
		const cache = path.join(directory, ".miglintcache");
		const refused = {
			status: 2,
			stdout: "",
			stderr: "miglint: the cache file '.miglintcache' is not a regular file: miglint writes its cache only to a regular file\n",
		};
		mkfifo(cache);
		expect(await miglint(["--cache", "batch.csv"], { cwd: directory })).toEqual(refused);
		rmSync(cache);
		symlinkSync("/dev/zero", cache);
		expect(await miglint(["--cache", "batch.csv"], { cwd: directory })).toEqual(refused);
		rmSync(cache);
		writeFileSync(cache, "{}");
		chmodSync(cache, 0);
		expect(runMiglint(["--cache", "batch.csv"], { cwd: directory, withoutPrivileges: true })).toEqual({
			status: 2,
			stdout: "",
			stderr: "miglint: the cache file '.miglintcache' cannot be used: permission denied\n",
		});
	});

	it("the suppressions file as a FIFO or malformed", async () => {
		write("batch.csv", BATCH);
		const suppressions = path.join(directory, "miglint-suppressions.json");
		mkfifo(suppressions);
		expect((await miglint(["batch.csv"], { cwd: directory })).stderr).toBe(
			"miglint: the suppressions file 'miglint-suppressions.json' cannot be used: it is not a regular file (a FIFO, a device or a socket)\n",
		);
		rmSync(suppressions);
		writeFileSync(suppressions, "{");
		const malformed = await miglint(["batch.csv"], { cwd: directory });
		expect(malformed.status).toBe(2);
		expect(malformed.stderr).toMatch(
			/^miglint: the suppressions file 'miglint-suppressions.json' cannot be read: Expected property name .* in JSON at position 1/u,
		);
	});

	it("--fix in a read-only directory reports every file and says which fixes were not written", () => {
		write("a.csv", `${BATCH}\n`);
		write("b.csv", "EmailAddress\nana.lima@contoso.com\n\n");
		chmodSync(directory, 0o555);
		try {
			const run = runMiglint(["--fix", "--format", "json", "a.csv", "b.csv"], { cwd: directory, withoutPrivileges: true });
			expect(run.status).toBe(2);
			expect((JSON.parse(run.stdout) as unknown[]).length).toBe(2);
			expect(run.stderr).toBe(
				"miglint: cannot write the fixes to 'a.csv': permission denied; the problems they fix are still in the file\n" +
					"miglint: cannot write the fixes to 'b.csv': permission denied; the problems they fix are still in the file\n",
			);
		} finally {
			chmodSync(directory, 0o755);
		}
	});

	it("miglint init in a read-only directory", () => {
		chmodSync(directory, 0o555);
		try {
			expect(runMiglint(["init"], { cwd: directory, withoutPrivileges: true })).toEqual({
				status: 2,
				stdout: "",
				stderr: "miglint: cannot write miglint.config.yaml here: permission denied\n",
			});
		} finally {
			chmodSync(directory, 0o755);
		}
	});

	it("csv.types mapping every file leaves scripts and settings files to their own languages", async () => {
		write("batch.csv", BATCH);
		write("OrganizationConfig.json", "{}\n");
		write("move.ps1", "Get-Mailbox\n");
		write("miglint.config.yaml", 'csv:\n  types:\n    "**": staged\n');
		expect(await miglint(["."], { cwd: directory })).toEqual({ status: 0, stdout: "", stderr: "" });
	});

	it("an undefined or exploding YAML alias in the configuration is located", async () => {
		write("batch.csv", BATCH);
		write("miglint.config.yaml", "migration:\n  a: &x 1\n  b: *nope\n");
		expect(await miglint(["batch.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: "miglint: miglint.config.yaml:3:6: Unresolved alias (the anchor must be set before the alias): nope\n",
		});
		const levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
		for (let level = 1; level <= 8; level++) levels.push(`a${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(",")}]`);
		write("miglint.config.yaml", `${levels.join("\n")}\n`);
		expect(await miglint(["batch.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: "miglint: miglint.config.yaml:2:10: Excessive alias count indicates a resource exhaustion attack\n",
		});
	});

	it("a file named --fix.csv that a shell glob gives", async () => {
		write("--fix.csv", BATCH);
		expect(await miglint(["--fix.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: "miglint: Unknown argument: fix.csv (see miglint --help; to lint a file named --fix.csv, write ./--fix.csv or put it after --)\n",
		});
		expect((await miglint(["--", "--fix.csv"], { cwd: directory })).status).toBe(0);
	});
});

describe("terminal escapes are printed escaped", () => {
	it.each([["stylish"], ["github"]])("in file names and header cells, in %s output", async (format) => {
		write("a\u001b[2Jb.csv", "EmailAddress,Nope\u001b]0;pwned\u0007\nkenji.tanaka@contoso.com,1\n");
		const run = await miglint(["--format", format, "."], { cwd: directory });
		expect(run.status).toBe(1);
		// eslint-disable-next-line no-control-regex -- the report must hold no raw control character.
		expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/u);
		expect(run.stdout).toContain("a\\u001b[2Jb.csv");
		expect(run.stdout).toContain("Nope\\u001b]0;pwned\\u0007");
	});
});

describe("glob bombs are refused with a message", () => {
	it("a brace bomb on the command line, as a csv.types key and in ignores", async () => {
		write("batch.csv", BATCH);
		const bomb = "{a,b}".repeat(30);
		const refusal = "the glob's braces expand to more than 1024 patterns ({a,b} and {1..9} multiply); split it or use a wildcard";
		expect(await miglint(["{1..1000}{1..1000}"], { cwd: directory })).toEqual({ status: 2, stdout: "", stderr: `miglint: '{1..1000}{1..1000}': ${refusal}\n` });
		write("miglint.config.yaml", `csv:\n  types:\n    "${bomb}": staged\n`);
		expect(await miglint(["batch.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: `miglint: miglint.config.yaml:3:5: csv.types key: ${refusal}\n`,
		});
		write("miglint.config.yaml", `ignores:\n  - "${"!(a|b)".repeat(200)}"\n`);
		expect(await miglint(["batch.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: "miglint: miglint.config.yaml:2:5: ignores[0]: the glob has 200 extglob groups such as !(…); miglint takes at most 32\n",
		});
	});
});

describe("problems per file", () => {
	it("one rule reports at most 10,000 problems in a file, then how many more there are", async () => {
		write("blank.csv", `${BATCH}${"\n".repeat(10_500)}`);
		const run = await miglint(["--format", "json", "blank.csv"], { cwd: directory });
		expect(run.status).toBe(1);
		const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; message: string }> }>;
		const byRule = new Map<string, Array<{ line: number; message: string }>>();
		for (const message of result!.messages) byRule.set(message.ruleId, [...(byRule.get(message.ruleId) ?? []), message]);
		for (const messages of byRule.values()) {
			expect(messages.length).toBeLessThanOrEqual(10_001);
		}
		const capped = [...byRule.values()].find((messages) => messages.length === 10_001)!;
		expect(capped.at(-1)!.message).toBe("…and 500 more problems of this rule in this file, not shown: miglint reports the first 10,000 of each rule in a file");
		expect(capped.at(-1)!.line).toBe(10_003);
	});
});

// A file over the size cap: bad-input.test.ts.
describe("a file refused for a limit exits 2, with its message; a syntax error exits 1", () => {
	const scriptTooDeep =
		"Parsing error: This script nests its code more than 1,000 levels deep from here (a long chain of operators, calls or pipelines); miglint does not lint it: split the chain.";
	const settingsTooDeep = `Parsing error: Objects and lists are nested more than ${MAX_SETTINGS_NESTING} levels deep here; miglint does not read files nested this deep`;

	/** The run's exit status and each file's messages as "line:column message". */
	async function lintJson(...files: string[]): Promise<{ status: number | null; messages: Record<string, string[]> }> {
		const run = await miglint(["--format", "json", ...files], { cwd: directory });
		const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ line: number; column: number; message: string }> }>;
		return {
			status: run.status,
			messages: Object.fromEntries(
				results.map(({ filePath, messages }) => [path.basename(filePath), messages.map(({ line, column, message }) => `${line}:${column} ${message}`)]),
			),
		};
	}

	it.each([
		["-and", `$x = 1\n$y = $x${" -and $x".repeat(2 * MAX_SCRIPT_TREE_DEPTH)}\n`, "2:6"],
		["method call", `$a = 1\n$a${".b()".repeat(2 * MAX_SCRIPT_TREE_DEPTH)}\n`, "2:1"],
	])("a script whose %s chain nests deeper than the limit", async (_chain, script, where) => {
		write("deep.ps1", script);
		expect(await lintJson("deep.ps1")).toEqual({ status: 2, messages: { "deep.ps1": [`${where} ${scriptTooDeep}`] } });
	});

	it.each([
		["OrganizationConfig.json", `${"[".repeat(MAX_SETTINGS_NESTING + 1)}${"]".repeat(MAX_SETTINGS_NESTING + 1)}\n`, `1:${MAX_SETTINGS_NESTING + 1}`],
		["OrganizationConfig.yaml", `a: ${"[".repeat(MAX_SETTINGS_NESTING + 1)}${"]".repeat(MAX_SETTINGS_NESTING + 1)}\n`, `1:${MAX_SETTINGS_NESTING + 3}`],
	])("a settings file %s nested deeper than the limit", async (name, text, where) => {
		write(name, text);
		expect(await lintJson(name)).toEqual({ status: 2, messages: { [name]: [`${where} ${settingsTooDeep}`] } });
	});

	it("one refused file among linted ones still exits 2; syntax errors alone exit 1", async () => {
		write("batch.csv", BATCH);
		write("unclosed.csv", 'EmailAddress\n"kenji.tanaka@contoso.com\n');
		write("broken.ps1", "if ($ok {\n");
		const syntaxErrors = await lintJson("batch.csv", "unclosed.csv", "broken.ps1");
		expect(syntaxErrors.status).toBe(1);
		expect(Object.values(syntaxErrors.messages).flat().join("\n")).toMatch(/^2:1 Parsing error: Unclosed quote/mu);
		write("deep.ps1", `$a = 1\n$a${".b()".repeat(2 * MAX_SCRIPT_TREE_DEPTH)}\n`);
		const withRefusal = await lintJson("batch.csv", "unclosed.csv", "broken.ps1", "deep.ps1");
		expect(withRefusal.status).toBe(2);
		expect(withRefusal.messages).toEqual({ ...syntaxErrors.messages, "deep.ps1": [`2:1 ${scriptTooDeep}`] });
	});
});
