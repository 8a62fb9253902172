import { writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { miglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

const BATCH = "EmailAddress,Password,ForceChangePassword\nkenji.tanaka@contoso.mail.onmicrosoft.com,Gr8-Harbour-Lamp,True\n";

function project(files: Record<string, string>): string {
	const directory = temporaryFolder("config");
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
		writeFileSync(path.join(directory, name), content);
	}
	return directory;
}

function ruleIds(stdout: string): string[] {
	return (JSON.parse(stdout) as { messages: { ruleId: string }[] }[]).flatMap((result) => result.messages.map((message) => message.ruleId));
}

describe("miglint.config.{json,yaml,yml}", () => {
	it("without a configuration, applies the recommended rules without migration facts", async () => {
		const directory = project({ "batch.csv": BATCH });
		expect(ruleIds((await miglint(["--format", "json", "."], { cwd: directory })).stdout)).toEqual(["miglint/csv-email-domain"]);
	});

	it("gives the rules the migration facts, and their severities and options", async () => {
		const directory = project({
			"miglint.config.json": JSON.stringify({ migration: { sso: true }, rules: { "csv-email-domain": "off", "miglint/csv-max-rows": ["error", { max: 1 }] } }),
			"batch.csv": `${BATCH}anna.kowalska@contoso.com,Quiet!River42,False\n`,
		});
		expect(ruleIds((await miglint(["--format", "json", "."], { cwd: directory })).stdout)).toEqual([
			"miglint/csv-force-change-password",
			"miglint/csv-max-rows",
		]);
	});

	it("is looked up upward from the linted paths", async () => {
		const directory = project({ "miglint.config.yml": "migration:\n  sso: true\n", "batches/wave1/batch.csv": BATCH });
		const fromBelow = await miglint(["--format", "json", "."], { cwd: path.join(directory, "batches/wave1") });
		expect(ruleIds(fromBelow.stdout)).toContain("miglint/csv-force-change-password");
		const fromAbove = await miglint(["--format", "json", path.join(directory, "batches")], { cwd: tmpdir() });
		expect(ruleIds(fromAbove.stdout)).toContain("miglint/csv-force-change-password");
	});

	it("applies the rules of each language to its files only, whatever languages the run has", async () => {
		const directory = project({
			"miglint.config.yaml": "rules:\n  ps-export-csv: off\n  csv-email-domain: error\n  ps-session-cleanup: error\n",
			"batch.csv": BATCH,
			"export.ps1": "Connect-ExchangeOnline\nGet-Mailbox -ResultSize Unlimited | Export-Csv mailboxes.csv\n",
		});
		expect(ruleIds((await miglint(["--format", "json", "batch.csv"], { cwd: directory })).stdout)).toEqual(["miglint/csv-email-domain"]);
		const script = await miglint(["--format", "json", "export.ps1"], { cwd: directory });
		expect(ruleIds(script.stdout)).toEqual(["miglint/ps-session-cleanup"]);
		expect(script.status).toBe(1);
	});

	it("can be given with --config", async () => {
		const directory = project({ "settings/sso.yaml": "migration:\n  sso: true\n", "batch.csv": BATCH });
		const run = await miglint(["--config", "settings/sso.yaml", "--format", "json", "batch.csv"], { cwd: directory });
		expect(ruleIds(run.stdout)).toContain("miglint/csv-force-change-password");
	});

	it.each([
		[
			"a value of the wrong type",
			"miglint.config.yaml",
			"migration:\n  sso: yes please\n",
			'miglint.config.yaml:2:8: migration.sso must be a boolean, got "yes please"',
		],
		["an unknown key", "miglint.config.yaml", "migration:\n  ssso: true\n", 'miglint.config.yaml:2:3: unknown key "ssso" in migration; expected "sso"'],
		[
			"an unknown rule id",
			"miglint.config.yaml",
			"rules:\n  csv-max-row: error\n",
			'miglint.config.yaml:2:3: unknown rule "csv-max-row"; did you mean "csv-max-rows"?',
		],
		[
			"a bad severity",
			"miglint.config.json",
			'{"rules": {"csv-max-rows": "fatal"}}',
			'miglint.config.json:1:28: rules.csv-max-rows severity must be "off", "warn" or "error" (or 0, 1, 2), got "fatal"',
		],
		[
			"a bad rule option",
			"miglint.config.yml",
			"rules:\n  csv-max-rows: [error, {max: ten}]\n",
			'miglint.config.yml:2:31: rules.csv-max-rows[1].max must be an integer, got "ten"',
		],
		["a syntax error", "miglint.config.yaml", "rules: [\n", "miglint.config.yaml:2:1: syntax error"],
		[
			"two configuration files side by side",
			"miglint.config.yml",
			"{}",
			"miglint.config.yml:1:1: found both miglint.config.yaml and miglint.config.yml here; keep one",
		],
	])("a bad configuration (%s) exits 2 with file:line:col", async (_case, name, content, message) => {
		const directory = project({ [name]: content, "batch.csv": BATCH, ...(_case.startsWith("two") ? { "miglint.config.yaml": "{}" } : {}) });
		const run = await miglint(["."], { cwd: directory });
		expect(run.status).toBe(2);
		expect(run.stdout).toBe("");
		expect(run.stderr).toContain(`miglint: ${message}`);
		expect(run.stderr.trim().split("\n")).toHaveLength(1);
	});

	it("a missing --config file exits 2", async () => {
		const run = await miglint(["--config", "nope.yaml", "."], { cwd: project({ "batch.csv": BATCH }) });
		expect(run).toEqual({ status: 2, stdout: "", stderr: "miglint: nope.yaml:1:1: cannot read the configuration: no such file\n" });
	});

	it("prints the configuration ESLint uses for a file", async () => {
		const directory = project({ "miglint.config.yaml": "migration:\n  sso: true\nrules:\n  csv-max-rows: [warn, {max: 10}]\n", "batch.csv": BATCH });
		const run = await miglint(["--print-config", "batch.csv"], { cwd: directory });
		expect(run.status).toBe(0);
		const printed = JSON.parse(run.stdout) as { settings: unknown; rules: Record<string, unknown>; language: string };
		expect(printed.settings).toEqual({ miglint: { migration: { sso: true }, powershell: {} } });
		expect(printed.rules["miglint/csv-max-rows"]).toEqual([1, { max: 10 }]);
		expect(printed.rules["miglint/csv-header"]).toEqual([2]);
		expect(printed.language).toBe("miglint/csv");
		const unknown = await miglint(["--print-config", "notes.txt"], { cwd: directory });
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain("miglint does not lint 'notes.txt'");
	});

	it("csv.types maps .txt files and forces a type", async () => {
		const directory = project({
			"miglint.config.yaml": "csv:\n  types:\n    'legacy/*.txt': staged\n",
			"legacy/batch.txt": "Password\nGr8-Harbour-Lamp\n",
			"notes.txt": "not a CSV\n",
		});
		const run = await miglint(["--format", "json", "."], { cwd: directory });
		const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
		expect(results.map((result) => path.relative(directory, result.filePath))).toEqual([path.join("legacy", "batch.txt")]);
		expect(results[0]!.messages.map((message) => message.ruleId)).toContain("miglint/csv-columns");
	});
});
