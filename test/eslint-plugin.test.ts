import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, REPOSITORY_ROOT } from "./helpers/run-miglint.js";

const ESLINT_BINARY = path.join(path.dirname(createRequire(path.join(REPOSITORY_ROOT, "package.json")).resolve("eslint/package.json")), "bin/eslint.js");
const PROJECT = path.join(FIXTURES, "eslint-plugin");

describe("eslint-plugin-miglint in a plain eslint.config.js", () => {
	const run = spawnSync(process.execPath, [ESLINT_BINARY, "--format", "json", ".", "legacy/**/*.txt"], { cwd: PROJECT, encoding: "utf8" });
	const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; severity: number; fatal?: boolean }[] }[];
	const messagesOf = (file: string) => results.find((result) => result.filePath === path.join(PROJECT, file))!.messages;

	it("lints CSV files with the recommended rules and the migration facts of settings.miglint", () => {
		expect(run.stderr).toBe("");
		expect(run.status).toBe(1);
		expect(messagesOf("batch.csv").map(({ ruleId, line, column, severity }) => ({ ruleId, line, column, severity }))).toEqual([
			{ ruleId: "miglint/csv-email-domain", line: 2, column: 1, severity: 1 },
			{ ruleId: "miglint/csv-force-change-password", line: 2, column: 44, severity: 2 },
		]);
	});

	it("lints PowerShell scripts with the recommended rules, reporting a syntax error where it is", () => {
		expect(messagesOf("scripts/connect.ps1")).toEqual([]);
		expect(messagesOf("scripts/skype.ps1").map(({ ruleId, line, column, severity }) => ({ ruleId, line, column, severity }))).toEqual([
			{ ruleId: "miglint/ps-deprecated-connection", line: 2, column: 15, severity: 2 },
			{ ruleId: "miglint/ps-deprecated-connection", line: 3, column: 12, severity: 2 },
		]);
		expect(messagesOf("scripts/broken.ps1")).toMatchObject([{ fatal: true, line: 3, column: 1, message: "Parsing error: Missing closing ')'." }]);
	});

	it("lints tenant settings in JSON with the recommended rules, in the same run", () => {
		expect(messagesOf("settings/federation.json").map(({ ruleId, line, column, severity }) => ({ ruleId, line, column, severity }))).toEqual([
			{ ruleId: "miglint/config-schema", line: 3, column: 28, severity: 2 },
			{ ruleId: "miglint/config-unknown-key", line: 4, column: 3, severity: 1 },
		]);
	});

	it("takes a CSV type from languageOptions for files it maps", () => {
		expect(messagesOf("legacy/batch.txt").map((message) => message.ruleId)).toEqual(["miglint/csv-columns"]);
	});
});
