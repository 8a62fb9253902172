import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { FIXTURES, REPOSITORY_ROOT } from "./helpers/run-miglint.js";

const ESLINT_BINARY = path.join(path.dirname(createRequire(path.join(REPOSITORY_ROOT, "package.json")).resolve("eslint/package.json")), "bin/eslint.js");
const PROJECT = path.join(FIXTURES, "eslint-plugin");

describe("eslint-plugin-miglint in a plain eslint.config.js", () => {
	const run = spawnSync(process.execPath, [ESLINT_BINARY, "--format", "json", ".", "legacy/**/*.txt"], { cwd: PROJECT, encoding: "utf8" });
	const results = JSON.parse(run.stdout) as {
		filePath: string;
		messages: { ruleId: string | null; line: number; column: number; endLine?: number; endColumn?: number; severity: number; fatal?: boolean }[];
	}[];
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

	it("checks the encoding of a script with a syntax error too", () => {
		expect(messagesOf("scripts/broken-encoding.ps1")).toMatchObject([
			{ ruleId: "miglint/ps-file-encoding", line: 1, column: 16, endLine: 1, endColumn: 17, severity: 2 },
			{ ruleId: null, fatal: true, line: 3, column: 8, message: "Parsing error: Missing closing ')' after the 'if' condition." },
		]);
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

/**
 * The VS Code ESLint extension lints the editor's buffer, saved or not,
 * through ESLint's API: `lintText` with the document's path and
 * `warnIgnored: false`, for every language id listed in `eslint.validate`.
 */
describe("eslint-plugin-miglint through ESLint's API, as the VS Code extension calls it", () => {
	const eslint = new ESLint({ cwd: PROJECT });
	const lintBuffer = async (file: string, text: string) => eslint.lintText(text, { filePath: path.join(PROJECT, file), warnIgnored: false });

	it("lints an unsaved CSV buffer as the file it is, with the project's settings", async () => {
		const saved = readFileSync(path.join(PROJECT, "batch.csv"), "utf8");
		const [edited] = await lintBuffer("batch.csv", saved.replace("True", "Yes"));
		expect(edited!.messages.map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual([
			{ ruleId: "miglint/csv-email-domain", line: 2, column: 1 },
			{ ruleId: "miglint/csv-force-change-password", line: 2, column: 44 },
		]);
		expect(edited!.messages[1]!.message).toContain("set it to True or False");
	});

	it("lints an unsaved PowerShell buffer", async () => {
		const [result] = await lintBuffer("scripts/new.ps1", "Import-Module SkypeOnlineConnector\n$session = New-CsOnlineSession\n");
		expect(result!.messages.map((message) => message.ruleId)).toContain("miglint/ps-deprecated-connection");
	});

	it("leaves plain text files that no configuration covers alone (the `plaintext` language id also covers notes and logs)", async () => {
		expect(await lintBuffer("notes.txt", "EmailAddress;Password\nnot a batch\n")).toEqual([]);
		const [mapped] = await lintBuffer("legacy/batch.txt", "EmailAddress,Password,ForceChangePassword\nkenji.tanaka@contoso.com,Gr8-Harbour-Lamp,Maybe\n");
		expect(mapped!.messages.map((message) => message.ruleId)).toEqual(["miglint/csv-force-change-password"]);
	});
});
