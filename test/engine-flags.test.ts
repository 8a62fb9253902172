import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, FIXTURES, jsonResults, miglint, runMiglint, runOnTerminal, type MiglintRun } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

const CONTOSO = path.join(FIXTURES, "contoso");

function workspace(files: Record<string, string>): string {
	const directory = temporaryFolder("engine");
	for (const [name, content] of Object.entries(files)) {
		writeFileSync(path.join(directory, name), content);
	}
	return directory;
}

const read = (directory: string, name: string) => readFileSync(path.join(directory, name), "utf8");
const batch = (...addresses: string[]) => `EmailAddress\n${addresses.join("\n")}\n`;

describe("--concurrency", () => {
	it("lints in worker threads with the same results as a single thread", async () => {
		const single = await miglint(["fixtures/contoso", "--format", "json"]);
		const threads = runMiglint(["fixtures/contoso", "--format", "json", "--concurrency", "3"], { env: { DEBUG: "eslint:eslint" } });
		expect(threads.stderr).toContain("Linting using 3 worker thread(s).");
		expect(threads.status).toBe(single.status);
		expect(threads.stdout).toBe(single.stdout);
		// The project facts reach the workers: a CSV file is checked as the batch type its script creates.
		expect(jsonResults(threads, CONTOSO).find((result) => result.filePath === "batches/broken/csv-columns.imap.csv")?.messages[0]?.message).toContain(
			"scripts/start-imap.ps1",
		);
		expect((await miglint(["fixtures/contoso", "--format", "json", "--concurrency", "auto"])).stdout).toBe(single.stdout);
	});

	it("with --cache, re-lints in this thread the files whose project facts changed, which the workers' caches would answer as before", () => {
		const stamped = (address: string) => `EmailAddress,Password,ForceChangePassword\n${address},Tr0ub4dor&3x,False\n`;
		const directory = workspace(
			Object.fromEntries(["ana", "ben", "carl", "dora", "erin", "finn"].map((name, index) => [`wave${index + 1}.csv`, stamped(`${name}@contoso.com`)])),
		);
		const duplicates = () =>
			jsonResults(runMiglint([".", "--format", "json", "--cache", "--concurrency", "2"], { cwd: directory }), directory).flatMap((result) =>
				result.messages.filter((message) => message.ruleId === "miglint/csv-unique-email-across-batches").map(() => result.filePath),
			);
		expect(duplicates()).toEqual([]);
		// A new batch lists Ana too: wave1.csv, unchanged and cached, has a finding now.
		writeFileSync(path.join(directory, "wave7.csv"), stamped("ana@contoso.com"));
		expect(duplicates().sort()).toEqual(["wave1.csv", "wave7.csv"]);
	});

	it("takes a number of threads, auto or off", async () => {
		expect(await miglint(["--concurrency", "0", "."])).toMatchObject({
			status: 2,
			stderr: 'miglint: --concurrency takes a number of threads (1 or more), auto or off, not "0"\n',
		});
		expect((await miglint(["--concurrency", "many", "."])).status).toBe(2);
	});
});

describe("--fix-type", () => {
	const HEADER = " emailaddress\nkenji.tanaka@contoso.com\n";

	it("applies only the fixes of the given types", async () => {
		const directory = workspace({ "header.csv": HEADER });
		expect((await miglint(["--fix", "--fix-type", "layout,suggestion", "."], { cwd: directory })).status).toBe(1);
		expect(read(directory, "header.csv")).toBe(HEADER);
		expect((await miglint(["--fix", "--fix-type", "problem", "."], { cwd: directory })).status).toBe(0);
		expect(read(directory, "header.csv")).toBe(batch("kenji.tanaka@contoso.com"));
	});

	it("needs --fix or --fix-dry-run and known types", async () => {
		expect(await miglint(["--fix-type", "problem", "."])).toMatchObject({ status: 2, stderr: "miglint: --fix-type needs --fix or --fix-dry-run\n" });
		expect(await miglint(["--fix", "--fix-type", "cosmetic", "."])).toMatchObject({
			status: 2,
			stderr: 'miglint: --fix-type takes problem, suggestion, layout, directive, comma-separated, not "cosmetic"\n',
		});
	});
});

describe("--rule", () => {
	const directory = workspace({ "wave1.csv": batch("kenji.tanaka@contoso.com", "anna.kowalska@contoso.com", "not an address") });

	it("sets a rule's severity and options, with or without the miglint/ prefix", async () => {
		const limited = jsonResults(await miglint([".", "--format", "json", "--rule", "csv-max-rows: [error, {max: 2}]"], { cwd: directory }), directory);
		expect(limited[0]!.messages.map((message) => message.ruleId)).toContain("miglint/csv-max-rows");
		const run = await miglint([".", "--rule", "miglint/csv-email-address: off", "--rule", "csv-max-rows: warn"], { cwd: directory });
		expect(run.status).toBe(0);
		expect(run.stdout).not.toContain("csv-email-address");
	});

	it("is checked as the configuration is: an unknown rule or a bad option is a usage error", async () => {
		expect(await miglint([".", "--rule", "csv-max-row: error"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: `miglint: --rule 'csv-max-row: error': unknown rule "csv-max-row"; did you mean "csv-max-rows"?\n`,
		});
		expect((await miglint([".", "--rule", "csv-max-rows: loud"], { cwd: directory })).stderr).toContain("severity must be");
		expect((await miglint([".", "--rule", "csv-header: [error, {max: 1}]"], { cwd: directory })).stderr).toContain("takes no options");
	});
});

describe("--stdin", () => {
	const FORCED = "EmailAddress,Password,ForceChangePassword\nkenji.tanaka@contoso.com,Gr8-Harbour-Lamp,True\n";

	it("lints standard input as the named file, with the project's facts", () => {
		const run = runMiglint(["--stdin", "--stdin-filename", "batches/new.csv", "--format", "json"], { cwd: CONTOSO, input: FORCED });
		expect(run.status).toBe(1);
		const [result] = jsonResults(run, CONTOSO);
		expect(result!.filePath).toBe("batches/new.csv");
		// migration.sso from the project's configuration.
		expect(result!.messages.map((message) => message.ruleId)).toEqual(["miglint/csv-force-change-password"]);
		expect(run.stdout).not.toContain("Gr8-Harbour-Lamp");
	});

	it("reads the text in the language of the file name's extension", async () => {
		const run = await miglint(["--stdin", "--stdin-filename", "scripts/connect.ps1"], { cwd: CONTOSO, input: "Import-Module SkypeOnlineConnector\n" });
		expect(run.stdout).toContain("miglint/ps-deprecated-connection");
	});

	it("refuses --fix, a missing file name, file arguments and files miglint does not lint", async () => {
		const stdin = (args: string[]) => miglint(["--stdin", ...args], { cwd: CONTOSO, input: FORCED });
		expect(await stdin(["--stdin-filename", "new.csv", "--fix"])).toMatchObject({
			status: 2,
			stderr: "miglint: --fix cannot write standard input; use --fix-dry-run\n",
		});
		expect((await stdin(["--stdin-filename", "new.csv", "--fix-dry-run"])).status).toBe(1);
		expect((await stdin([])).stderr).toBe("miglint: --stdin needs --stdin-filename: the extension of the file name tells miglint how to read the text\n");
		expect((await stdin(["--stdin-filename", "new.csv", "batches"])).status).toBe(2);
		expect(await stdin(["--stdin-filename", "notes.txt"])).toMatchObject({
			status: 2,
			stderr: expect.stringContaining("does not lint 'notes.txt'") as unknown,
		});
		expect((await miglint(["--stdin-filename", "new.csv", "."])).status).toBe(2);
	});
});

describe("--report-unused-disable-directives", () => {
	const SCRIPT = "# eslint-disable-next-line miglint/ps-plaintext-secret\nGet-Mailbox -Identity kenji.tanaka\n";

	it("reports a directive that disables nothing as an error, or with the given severity", async () => {
		const directory = workspace({ "mailbox.ps1": SCRIPT });
		expect(await miglint(["."], { cwd: directory })).toMatchObject({
			status: 0,
			stdout: expect.stringContaining("warning  Unused eslint-disable directive") as unknown,
		});
		expect(await miglint([".", "--report-unused-disable-directives"], { cwd: directory })).toMatchObject({
			status: 1,
			stdout: expect.stringContaining("error  Unused eslint-disable directive") as unknown,
		});
		expect(await miglint([".", "--report-unused-disable-directives-severity", "off"], { cwd: directory })).toEqual({ status: 0, stdout: "", stderr: "" });
		expect((await miglint([".", "--report-unused-disable-directives", "--report-unused-disable-directives-severity", "warn"], { cwd: directory })).status).toBe(
			2,
		);
	});

	it("--fix --fix-type directive removes it", async () => {
		const directory = workspace({ "mailbox.ps1": SCRIPT });
		expect((await miglint([".", "--fix", "--fix-type", "directive"], { cwd: directory })).status).toBe(0);
		expect(read(directory, "mailbox.ps1")).not.toContain("eslint-disable");
	});
});

describe("bulk suppressions", () => {
	it("baselines old errors, fails on new ones, and prunes the fixed ones", async () => {
		const directory = workspace({ "old.csv": batch("not an address", "also bad"), "wave1.csv": batch("kenji.tanaka@contoso.com") });
		expect(await miglint(["--suppress-all"], { cwd: directory })).toEqual({
			status: 0,
			stdout: "",
			stderr: "miglint: recorded 2 errors of miglint/csv-email-address in old.csv in miglint-suppressions.json\n",
		});
		const file = path.join(directory, "miglint-suppressions.json");
		expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ "old.csv": { "miglint/csv-email-address": { count: 2 } } });
		expect((await miglint([], { cwd: directory })).status).toBe(0);

		writeFileSync(path.join(directory, "wave1.csv"), batch("new address"));
		const fresh = await miglint(["--format", "json"], { cwd: directory });
		expect(fresh.status).toBe(1);
		expect(jsonResults(fresh, directory).map((result) => [result.filePath, result.errorCount])).toEqual([
			["old.csv", 0],
			["wave1.csv", 1],
		]);

		writeFileSync(path.join(directory, "wave1.csv"), batch("kenji.tanaka@contoso.com"));
		writeFileSync(path.join(directory, "old.csv"), batch("not an address", "anna.kowalska@contoso.com"));
		expect(await miglint([], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr:
				"miglint: miglint-suppressions.json records errors that no longer occur: remove them with --prune-suppressions (or pass --pass-on-unpruned-suppressions)\n",
		});
		expect((await miglint(["--pass-on-unpruned-suppressions"], { cwd: directory })).status).toBe(0);
		expect(await miglint(["--prune-suppressions"], { cwd: directory })).toEqual({
			status: 0,
			stdout: "",
			stderr: "miglint: removed 1 error of miglint/csv-email-address in old.csv from miglint-suppressions.json\n",
		});
		expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ "old.csv": { "miglint/csv-email-address": { count: 1 } } });
		expect((await miglint(["--prune-suppressions"], { cwd: directory })).stderr).toBe("miglint: miglint-suppressions.json is unchanged\n");
	});

	it("--suppress-rule records only that rule's errors; --suppressions-location moves the file", async () => {
		const directory = workspace({ "old.csv": "EmailAddress,Password\nnot an address,short\n" });
		expect((await miglint(["--suppress-rule", "csv-emial-address"], { cwd: directory })).stderr).toBe(
			'miglint: --suppress-rule: unknown rule "csv-emial-address"; did you mean "csv-email-address"?\n',
		);
		const run = await miglint(["--suppress-rule", "csv-email-address", "--suppressions-location", "baseline.json"], { cwd: directory });
		expect(run.status).toBe(1);
		expect(run.stdout).toContain("miglint/csv-password-policy");
		expect(run.stdout).not.toContain("miglint/csv-email-address");
		expect(Object.keys(JSON.parse(read(directory, "baseline.json")) as object)).toEqual(["old.csv"]);
		expect(existsSync(path.join(directory, "miglint-suppressions.json"))).toBe(false);
		expect((await miglint(["--suppressions-location", "missing.json"], { cwd: directory })).status).toBe(2);
		expect((await miglint(["--suppress-all", "--prune-suppressions"], { cwd: directory })).stderr).toBe(
			"miglint: --suppress-all and --prune-suppressions cannot be used together\n",
		);
	});

	it("keeps the baseline beside the configuration, with paths relative to it, wherever miglint runs", async () => {
		const directory = copyFixture("contoso");
		expect((await miglint(["--suppress-all"], { cwd: directory })).status).toBe(0);
		expect(Object.keys(JSON.parse(read(directory, "miglint-suppressions.json")) as object)).toContain("batches/broken/csv-header.csv");
		expect((await miglint(["."], { cwd: path.join(directory, "batches") })).status).toBe(0);
	});
});

describe("progress line", () => {
	const directory = workspace(Object.fromEntries(Array.from({ length: 25 }, (_, index) => [`wave${index}.csv`, batch(`user${index}@contoso.com`)])));

	it("counts the files on a terminal, on one line it clears at the end", () => {
		const output = runOnTerminal(["."], { cwd: directory, env: { CI: "" } });
		// eslint-disable-next-line no-control-regex -- the terminal's escape sequences are what is tested
		expect(output).toMatch(/^\r\u001b\[2Kmiglint: 0 of 25 files linted(\r\u001b\[2Kmiglint: [\d,]+ of 25 files linted)*\r\u001b\[2K$/u);
	});

	it("never in CI, for a few files, or when standard error is not a terminal", async () => {
		expect(runOnTerminal(["."], { cwd: directory, env: { CI: "true" } })).toBe("");
		expect(runOnTerminal(["wave1.csv"], { cwd: directory, env: { CI: "" } })).toBe("");
		expect(await miglint(["."], { cwd: directory, env: { CI: undefined } })).toEqual({ status: 0, stdout: "", stderr: "" });
	});
});

describe("--cache-strategy", () => {
	it("caches by metadata when asked; rejects other strategies", async () => {
		const directory = workspace({ "wave1.csv": batch("not an address") });
		const cached = (strategy: string) => miglint([".", "--cache", "--cache-strategy", strategy], { cwd: directory });
		expect((await cached("metadata")).status).toBe(1);
		expect(existsSync(path.join(directory, ".miglintcache"))).toBe(true);
		expect((await cached("metadata")).stdout).toContain("csv-email-address");
		expect((await cached("mtime")).status).toBe(2);
	});

	it("loads neither ESLint nor its cache in a run where no file changed", () => {
		const copy = copyFixture("contoso");
		// Node names each CommonJS module it loads on standard error: ESLint's are.
		const eslintModules = (run: MiglintRun) => run.stderr.split("\n").filter((line) => /Module\._load REQUEST .*\/eslint\/lib\//u.test(line)).length;
		const warm = () => runMiglint([".", "--cache"], { cwd: copy, env: { NODE_DEBUG: "module" } });
		expect(eslintModules(warm())).toBeGreaterThan(0);
		const unchanged = warm();
		expect(unchanged.status).toBe(1);
		expect(eslintModules(unchanged)).toBe(0);
		appendFileSync(path.join(copy, "batches/clean/wave1-finance.csv"), "zoe@contoso.com,Harbour-Lamp-7!,False\r\n");
		expect(eslintModules(warm())).toBeGreaterThan(0);
	});

	it("keeps the cache file in the working directory, wherever the configuration is", async () => {
		const copy = copyFixture("contoso");
		const batches = path.join(copy, "batches");
		expect((await miglint(["clean", "--cache"], { cwd: batches })).status).toBe(0);
		expect(existsSync(path.join(batches, ".miglintcache"))).toBe(true);
		expect(existsSync(path.join(copy, ".miglintcache"))).toBe(false);
	});
});

describe("--help", () => {
	it("lists the engine options", async () => {
		const { stdout } = await miglint(["--help"]);
		for (const option of [
			"--concurrency",
			"--fix-type",
			"--rule",
			"--stdin-filename",
			"--report-unused-disable-directives-severity",
			"--suppress-all",
			"--suppress-rule",
			"--prune-suppressions",
			"--suppressions-location",
			"--cache-strategy",
		]) {
			expect(stdout).toContain(option);
		}
	});
});
