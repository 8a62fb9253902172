import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyFixture, FIXTURES, jsonResults, miglint, type JsonResult, type MiglintRun } from "./helpers/run-miglint.js";

const CONTOSO = path.join(FIXTURES, "contoso");
const BROKEN_DIRECTORIES = ["batches/broken", "scripts/broken", "settings/broken"];
/**
 * One broken file a rule, named after it: `batches/broken/csv-header.csv`,
 * `scripts/broken/ps-export-csv.ps1`; a second one for the same rule has a
 * suffix (`csv-columns.imap.csv`).
 */
const BROKEN = BROKEN_DIRECTORIES.flatMap((directory) =>
	existsSync(path.join(CONTOSO, directory)) ? readdirSync(path.join(CONTOSO, directory)).map((file) => `${directory}/${file}`) : [],
).sort();
/** Rules whose broken file is too large to commit: the tests below write it into a copy of the repository. */
const GENERATED_BROKEN = ["csv-max-size", "csv-staged-source-version", "ps-batch-policy-assignment"];
/** The longest message a report line holds, as test/rule-messages.test.ts checks for the templates. */
const MAX_MESSAGE_LENGTH = 160;
const ruleOf = (file: string) => path.basename(file).split(".")[0]!;
const isBroken = (file: string) => BROKEN_DIRECTORIES.some((directory) => file.startsWith(`${directory}/`));

describe("miglint on the Contoso migration repository", () => {
	let run: MiglintRun;
	let results: JsonResult[];

	beforeAll(async () => {
		run = await miglint(["fixtures/contoso", "--format", "json"]);
		results = jsonResults(run, CONTOSO);
	});

	it("exits 1 because some batches are broken", () => {
		expect(run.stderr).toBe("");
		expect(run.status).toBe(1);
	});

	it("lints exactly the CSV files, the scripts, the settings and the .txt batches csv.types maps, minus ignores", () => {
		expect(results.map((result) => result.filePath)).toEqual([
			...BROKEN.filter((file) => file.startsWith("batches/")),
			"batches/clean/wave1-finance.csv",
			"batches/clean/wave2-sales.csv",
			"batches/clean/wave3-addresses-only.csv",
			"batches/imap/fabrikam-wave1.csv",
			"batches/legacy/wave0.txt",
			"reports/mailbox-sizes.csv",
			...BROKEN.filter((file) => file.startsWith("scripts/")),
			"scripts/move-to-teams.ps1",
			"scripts/start-imap.ps1",
			"scripts/start-wave1.ps1",
			"scripts/start-wave2.ps1",
			"settings/access-edge.json",
			...BROKEN.filter((file) => file.startsWith("settings/")),
			"settings/dns-records.yaml",
			"settings/domains.json",
			"settings/tenant-federation.json",
		]);
	});

	it("has a broken batch or script for every rule of the recommended set", async () => {
		const { rules } = await import("eslint-plugin-miglint");
		expect([...new Set([...BROKEN.map(ruleOf), ...GENERATED_BROKEN])].sort()).toEqual(Object.keys(rules).sort());
	});

	it.each(BROKEN)("reports %s with its own rule and no other", (file) => {
		const result = results.find((candidate) => candidate.filePath === file)!;
		expect(result.messages.length).toBeGreaterThan(0);
		expect(new Set(result.messages.map((message) => message.ruleId))).toEqual(new Set([`miglint/${ruleOf(file)}`]));
	});

	// Two rules reporting the same range describe one problem twice (New-CsOnlineSession: retired, and its session never removed).
	it("reports each problem once: no two rules, and no two identical findings, share a range", () => {
		const byRange = new Map<string, string[]>();
		for (const result of results) {
			for (const message of result.messages) {
				const range = `${result.filePath}:${message.line}:${message.column}-${message.endLine}:${message.endColumn}`;
				byRange.set(range, [...(byRange.get(range) ?? []), `${message.ruleId}: ${message.message}`]);
			}
		}
		const ruleOfFinding = (finding: string) => finding.slice(0, finding.indexOf(":"));
		const repeated = [...byRange].filter(([, findings]) => new Set(findings.map(ruleOfFinding)).size > 1 || new Set(findings).size < findings.length);
		expect(repeated).toEqual([]);
	});

	it("stays silent on the clean batches, scripts and report", () => {
		for (const result of results.filter((candidate) => !isBroken(candidate.filePath))) {
			expect(result.messages, result.filePath).toEqual([]);
		}
	});

	it("uses the migration facts of miglint.config.yaml (single sign-on, cloud domains)", () => {
		const messages = results.flatMap((result) => result.messages);
		expect(messages.find((message) => message.ruleId === "miglint/csv-force-change-password")?.message).toContain("single sign-on");
		expect(messages.find((message) => message.ruleId === "miglint/csv-email-domain")).toMatchObject({ severity: 1, line: 2, column: 1 });
	});

	// The template test checks each message as written; this one checks them as users read them, filled in with real values.
	it("fills every message into one line of at most 160 characters", () => {
		const tooLong = results.flatMap((result) =>
			result.messages
				.filter((message) => message.message.length > MAX_MESSAGE_LENGTH)
				.map((message) => `${message.message.length} ${message.ruleId} ${result.filePath}: ${message.message}`),
		);
		expect(tooLong).toEqual([]);
	});

	it("never emits the file contents ESLint keeps in its results", () => {
		for (const result of results) {
			expect(Object.keys(result)).not.toContain("source");
			expect(Object.keys(result)).not.toContain("output");
		}
	});

	it("prints ESLint's stylish report by default, one problem per line with its location", async () => {
		const stylish = await miglint(["fixtures/contoso/batches/broken/csv-header.csv"]);
		expect(stylish.status).toBe(1);
		expect(stylish.stdout).toContain(path.join(CONTOSO, "batches/broken/csv-header.csv"));
		expect(stylish.stdout).toMatch(/^ {2}1:1 {2}error {2}Row 1 is the '#TYPE .*miglint\/csv-header$/mu);
		expect(stylish.stdout).toContain("✖ 1 problem (1 error, 0 warnings)");
		expect(stylish.stdout).not.toContain("\u001b[");
	});

	it("gives the same bytes for the same input", async () => {
		const again = await miglint(["fixtures/contoso", "--format", "json"]);
		expect(again.stdout).toBe(run.stdout);
		expect((await miglint(["fixtures/contoso"])).stdout).toBe((await miglint(["fixtures/contoso"])).stdout);
	});

	it("exits 0 on the clean batches", async () => {
		const clean = await miglint(["fixtures/contoso/batches/clean", "fixtures/contoso/batches/legacy"]);
		expect(clean).toEqual({ status: 0, stdout: "", stderr: "" });
	});

	it("finds the configuration from the working directory too", async () => {
		const fromInside = await miglint(["--format", "json"], { cwd: CONTOSO });
		expect(fromInside.status).toBe(1);
		expect(jsonResults(fromInside, CONTOSO)).toEqual(results);
	});

	it("reports an IMAP batch over 10 MB with csv-max-size and no other rule", async () => {
		const copy = copyFixture("contoso");
		const rows = Array.from(
			{ length: 44_000 },
			(_, index) => `imap${index}@contoso.com,contoso\\imap${index},Imap-Pa55-${index},/users/${"x".repeat(180)}/user${index}`,
		);
		writeFileSync(path.join(copy, "batches/broken/csv-max-size.csv"), `EmailAddress,UserName,Password,UserRoot\r\n${rows.join("\r\n")}\r\n`);
		const [result] = jsonResults(await miglint(["batches/broken/csv-max-size.csv", "--format", "json"], { cwd: copy }), copy);
		expect(result!.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([["miglint/csv-max-size", 1, 1]]);
		expect(result!.messages[0]!.message).toContain("an IMAP migration batch can be at most 10,485,760");
	});

	it("reports a Teams batch policy assignment of the 5,001 users of a project CSV with ps-batch-policy-assignment and no other rule", async () => {
		const copy = copyFixture("contoso");
		const users = Array.from({ length: 5001 }, (_, index) => `user${index}@contoso.com,Sales`);
		writeFileSync(path.join(copy, "reports/teams-users.csv"), `UserPrincipalName,Department\r\n${users.join("\r\n")}\r\n`);
		writeFileSync(
			path.join(copy, "scripts/broken/ps-batch-policy-assignment.ps1"),
			[
				"# Broken on purpose: one batch takes at most 5,000 users.",
				"$users = Import-Csv -Path (Join-Path $PSScriptRoot '..\\..\\reports\\teams-users.csv')",
				"New-CsBatchPolicyAssignmentOperation -PolicyType TeamsMeetingPolicy -PolicyName 'Sales' -Identity $users.UserPrincipalName",
				"",
			].join("\r\n"),
		);
		const results = jsonResults(await miglint(["scripts/broken/ps-batch-policy-assignment.ps1", "--format", "json"], { cwd: copy }), copy);
		expect(results[0]!.messages.map((message) => [message.ruleId, message.line, message.column, message.endColumn])).toEqual([
			["miglint/ps-batch-policy-assignment", 3, 99, 123],
		]);
		expect(results[0]!.messages[0]!.message).toContain("the 5,001 users of reports/teams-users.csv");
		expect((await miglint(["--print-facts"], { cwd: copy })).stdout.split("\n")).toContain(
			"  scripts/broken/ps-batch-policy-assignment.ps1:3:1: 5,001 users in column UserPrincipalName of reports/teams-users.csv",
		);
	});

	it("reports the staged batches with csv-staged-source-version when the mailboxes move from Exchange 2016", async () => {
		const copy = copyFixture("contoso");
		const config = path.join(copy, "miglint.config.yaml");
		writeFileSync(config, readFileSync(config, "utf8").replace('sourceExchangeVersion: "2007"', 'sourceExchangeVersion: "2016"'));
		const [result] = jsonResults(await miglint(["batches/clean/wave1-finance.csv", "--format", "json"], { cwd: copy }), copy);
		expect(result!.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([["miglint/csv-staged-source-version", 1, 1]]);
	});

	it("skips files .gitignore excludes, unless they are named", async () => {
		const copy = copyFixture("contoso");
		mkdirSync(path.join(copy, "exports"), { recursive: true });
		writeFileSync(path.join(copy, "exports/raw-export.csv"), "EmailAddress\nnot an address\n");
		const searched = jsonResults(await miglint([".", "--format", "json"], { cwd: copy }), copy);
		expect(searched.map((result) => result.filePath)).not.toContain("exports/raw-export.csv");
		const named = await miglint(["exports/raw-export.csv"], { cwd: copy });
		expect(named.status).toBe(1);
		expect(named.stdout).toContain("csv-email-address");
	});

	it("honours a .gitignore below the searched directory, for that directory's files", async () => {
		const copy = copyFixture("contoso");
		mkdirSync(path.join(copy, "batches/wave9"), { recursive: true });
		writeFileSync(path.join(copy, "batches/wave9/.gitignore"), "draft-*.csv\n");
		writeFileSync(path.join(copy, "batches/wave9/draft-1.csv"), "EmailAddress\nnot an address\n");
		writeFileSync(path.join(copy, "batches/wave9/final.csv"), "EmailAddress\nnot an address\n");
		const searched = jsonResults(await miglint([".", "--format", "json"], { cwd: copy }), copy).map((result) => result.filePath);
		expect(searched).toContain("batches/wave9/final.csv");
		expect(searched).not.toContain("batches/wave9/draft-1.csv");
		const fromParent = jsonResults(await miglint(["batches", "--format", "json"], { cwd: copy }), copy).map((result) => result.filePath);
		expect(fromParent).toContain("batches/wave9/final.csv");
		expect(fromParent).not.toContain("batches/wave9/draft-1.csv");
	});

	it("skips files the configuration ignores, even when named", async () => {
		const named = await miglint(["fixtures/contoso/archive/2019-wave.csv", "fixtures/contoso/batches/clean"]);
		expect(named).toEqual({ status: 0, stdout: "", stderr: "" });
	});
});

describe("warnings and --max-warnings, --quiet", () => {
	const onlyWarning = "fixtures/contoso/batches/broken/csv-email-domain.csv";

	it("exits 0 with warnings only", async () => {
		const run = await miglint([onlyWarning]);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain("1 problem (0 errors, 1 warning)");
	});

	it("exits 1 when warnings exceed --max-warnings", async () => {
		const run = await miglint([onlyWarning, "--max-warnings", "0"]);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain("warning");
		expect(`${run.stdout}${run.stderr}`).toContain("too many warnings (maximum: 0)");
		expect((await miglint([onlyWarning, "--max-warnings", "1"])).status).toBe(0);
	});

	it("hides warnings with --quiet", async () => {
		const run = await miglint([onlyWarning, "--quiet"]);
		expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
		// As in ESLint, --quiet does not even run the rules set to "warn", so they do not count against --max-warnings.
		expect(await miglint([onlyWarning, "--quiet", "--max-warnings", "0"])).toEqual({ status: 0, stdout: "", stderr: "" });
		const withErrors = await miglint(["fixtures/contoso/batches/broken", "--quiet", "--format", "json"]);
		expect(
			(JSON.parse(withErrors.stdout) as { messages: { severity: number }[] }[]).flatMap((result) => result.messages.map((message) => message.severity)),
		).not.toContain(1);
	});
});
