import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { miglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

const BATCH = `EmailAddress\n${["kenji.tanaka", "anna.kowalska", "li.wei"].map((name) => `${name}@contoso.com`).join("\n")}\n`;

function project(files: Record<string, string>): string {
	const directory = temporaryFolder("overrides");
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
		writeFileSync(path.join(directory, name), content);
	}
	return directory;
}

/** `file: rule` for each finding of a JSON report. */
function findings(stdout: string, directory: string): string[] {
	const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[];
	return results.flatMap((result) => result.messages.map((message) => `${path.relative(directory, result.filePath)}: ${message.ruleId}`));
}

describe("overrides: rule settings for some files", () => {
	it("turns a rule off for one CSV file only, after the top-level rules, and a glob that matches nothing is fine", async () => {
		const directory = project({
			"miglint.config.yaml": [
				"rules:",
				"  csv-max-rows: [error, {max: 2}]",
				"overrides:",
				"  - files: [batches/wave1.csv]",
				"    rules:",
				"      csv-max-rows: off",
				"  - files: [archive/**]",
				"    rules:",
				"      csv-max-rows: off",
				"",
			].join("\n"),
			"batches/wave1.csv": BATCH,
			"batches/wave2.csv": BATCH.replaceAll("contoso.com", "fabrikam.com"),
		});
		const run = await miglint(["--format", "json", "."], { cwd: directory });
		expect(findings(run.stdout, directory)).toEqual(["batches/wave2.csv: miglint/csv-max-rows"]);
		expect(run.status).toBe(1);
	});

	it("applies in order, leaves out what its ignores match, and sets a script's rules only where its globs match", async () => {
		const directory = project({
			"miglint.config.yaml": [
				"overrides:",
				"  - files: ['**']",
				"    ignores: [batches/wave2.csv]",
				"    rules: {csv-max-rows: [error, {max: 1}], ps-session-cleanup: off}",
				"  - files: [batches/wave3.csv]",
				"    rules: {miglint/csv-max-rows: off}",
				"",
			].join("\n"),
			"batches/wave1.csv": BATCH,
			"batches/wave2.csv": BATCH.replaceAll("contoso.com", "fabrikam.com"),
			"batches/wave3.csv": BATCH.replaceAll("contoso.com", "tailspintoys.com"),
			"scripts/start.ps1": "Connect-ExchangeOnline\nGet-Mailbox -ResultSize 10\n",
		});
		const run = await miglint(["--format", "json", "."], { cwd: directory });
		expect(findings(run.stdout, directory)).toEqual(["batches/wave1.csv: miglint/csv-max-rows"]);
	});

	it("gives way to --rule, which applies to every file as in ESLint", async () => {
		const directory = project({
			"miglint.config.yaml": "overrides:\n  - files: [wave1.csv]\n    rules: {csv-max-rows: off}\n",
			"wave1.csv": BATCH,
		});
		const run = await miglint(["--format", "json", "--rule", "csv-max-rows: [error, {max: 1}]", "."], { cwd: directory });
		expect(findings(run.stdout, directory)).toEqual(["wave1.csv: miglint/csv-max-rows"]);
	});

	it.each([
		[
			"an unknown rule id",
			"overrides:\n  - files: [a.csv]\n    rules:\n      csv-max-row: off\n",
			'miglint.config.yaml:4:7: unknown rule "csv-max-row" in overrides[0].rules; did you mean "csv-max-rows"?',
		],
		[
			"a bad rule option",
			"overrides:\n  - files: [a.csv]\n    rules: {csv-max-rows: [error, {max: ten}]}\n",
			'miglint.config.yaml:3:41: overrides[0].rules.csv-max-rows[1].max must be an integer, got "ten"',
		],
		["files as a string", "overrides:\n  - files: a.csv\n    rules: {}\n", 'miglint.config.yaml:2:12: overrides[0].files must be an array, got "a.csv"'],
		["no rules", "overrides:\n  - files: [a.csv]\n", "miglint.config.yaml:2:5: overrides[0] must have required property 'rules'"],
		[
			"an unknown key",
			"overrides:\n  - files: [a.csv]\n    rules: {}\n    ignore: []\n",
			'miglint.config.yaml:4:5: unknown key "ignore" in overrides[0]; expected "ignores"',
		],
	])("a bad override (%s) exits 2 with its location", async (_case, content, message) => {
		const run = await miglint(["."], { cwd: project({ "miglint.config.yaml": content, "a.csv": BATCH }) });
		expect(run.stderr).toBe(`miglint: ${message}\n`);
		expect(run.status).toBe(2);
	});
});
