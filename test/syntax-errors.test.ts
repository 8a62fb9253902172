import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonResults, miglint, type JsonMessage } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

/** A script saved as UTF-8 without BOM (5.1 misreads the é) with a syntax error further down. */
const CAFE = 'Write-Host "Café"\r\n$x = 1\r\nif ($x {\r\n  Write-Host "ready"\r\n}\r\n';

const PARSE_ERROR: JsonMessage = {
	ruleId: null,
	fatal: true,
	severity: 2,
	message: "Parsing error: Missing closing ')' after the 'if' condition.",
	line: 3,
	column: 8,
	endLine: 3,
	endColumn: 8,
};

const CAFE_ENCODING = {
	ruleId: "miglint/ps-file-encoding",
	severity: 2,
	message: "'é' (U+00E9) in a string is misread by Windows PowerShell 5.1 in a file without byte order mark; save it as UTF-8 with BOM.",
	line: 1,
	column: 16,
	endLine: 1,
	endColumn: 17,
};

function workspace(files: Record<string, string | Buffer>): string {
	const directory = temporaryFolder("syntax-errors");
	for (const [name, text] of Object.entries(files)) {
		writeFileSync(path.join(directory, name), text);
	}
	return directory;
}

/** The messages of each file of a JSON report, by file name, without the fields the tests do not check. */
async function messagesOf(directory: string, args: string[]): Promise<Record<string, JsonMessage[]>> {
	const run = await miglint([...args, "--format", "json", "."], { cwd: directory });
	expect(run.stderr).toBe("");
	return Object.fromEntries(
		jsonResults(run, directory).map((result) => [
			result.filePath,
			result.messages.map(({ ruleId, fatal, severity, message, line, column, endLine, endColumn }) => ({
				ruleId,
				...(fatal ? { fatal } : {}),
				severity,
				message,
				line,
				column,
				...(endLine === undefined ? {} : { endLine }),
				...(endColumn === undefined ? {} : { endColumn }),
			})),
		]),
	);
}

describe("a script with a syntax error", () => {
	it("gets the parse error where it is and the findings on its bytes", async () => {
		const directory = workspace({ "cafe.ps1": CAFE });
		expect(await messagesOf(directory, [])).toEqual({ "cafe.ps1": [CAFE_ENCODING, PARSE_ERROR] });
		const stylish = await miglint(["cafe.ps1"], { cwd: directory });
		expect(stylish.status).toBe(1);
		expect(stylish.stdout).toContain("1:16  error  'é' (U+00E9) in a string is misread");
		expect(stylish.stdout).toContain("3:8  error  Parsing error: Missing closing ')' after the 'if' condition.");
	});

	it.each(["sarif", "junit", "github", "checkstyle"])("gets both in the %s format", async (format) => {
		const directory = workspace({ "cafe.ps1": CAFE });
		const run = await miglint(["--format", format, "cafe.ps1"], { cwd: directory });
		expect(run.status).toBe(1);
		expect(run.stdout).toContain("miglint/ps-file-encoding");
		expect(run.stdout.replaceAll("&apos;", "'")).toContain("Parsing error: Missing closing ')' after the 'if' condition.");
	});

	it("gets no finding from the rules that read its syntax tree", async () => {
		const script = (condition: string) =>
			`$secure = ConvertTo-SecureString "Gr8-Harbour-Lamp" -AsPlainText -Force\nif (${condition} {\n  Connect-ExchangeOnline -Credential $secure\n}\n`;
		const directory = workspace({ "parses.ps1": script("$secure)"), "broken.ps1": script("$secure") });
		const messages = await messagesOf(directory, []);
		expect(messages["parses.ps1"]!.map((message) => message.ruleId)).toContain("miglint/ps-plaintext-secret");
		expect(messages["broken.ps1"]).toEqual([
			{ ...PARSE_ERROR, message: "Parsing error: Missing closing ')' after the 'if' condition.", line: 2, column: 13, endLine: 2, endColumn: 13 },
		]);
	});

	it("gets the findings of #Requires, which the lexer reads in a broken script too", async () => {
		const directory = workspace({
			"requires.ps1":
				'#Requires -Version 7.0\n#Requires -Modules MSOnline, @{ ModuleName = "ExchangeOnlineManagement"; ModuleVersion = "3.5.0" }\nif ($x {\n  Connect-MsolService\n}\n',
		});
		expect((await messagesOf(directory, []))["requires.ps1"]!.map(({ ruleId, line, column }) => `${line}:${column} ${ruleId ?? "parse error"}`)).toEqual([
			"1:20 miglint/ps-exchange-module-version",
			"2:20 miglint/ps-retired-module",
			"3:8 parse error",
		]);
	});

	it("names no place for a character after the syntax error, where the recovered tree may not be what PowerShell reads", async () => {
		const directory = workspace({ "after.ps1": 'if ($x {\n  Write-Host "Café"\n}\n' });
		expect((await messagesOf(directory, []))["after.ps1"]![1]).toMatchObject({
			ruleId: "miglint/ps-file-encoding",
			message: "'é' (U+00E9) in the code is misread by Windows PowerShell 5.1 in a file without byte order mark; save it as UTF-8 with BOM.",
			line: 2,
			column: 18,
		});
	});

	it("tells comments from code as PowerShell's tokenizer does past the error (checked with pwsh 7.6's Parser.ParseInput)", async () => {
		const directory = workspace({
			// A comment after the error: non-ASCII characters only in comments are not reported by default.
			"comment.ps1": "if ($x {\n  # Café\n}\n",
			// An unterminated string runs to the end of the file, so its '#' starts no comment.
			"string.ps1": '"abc\n# Café\n',
		});
		const messages = await messagesOf(directory, []);
		expect(messages["comment.ps1"]!.map((message) => message.ruleId)).toEqual([null]);
		expect(messages["string.ps1"]!.map(({ ruleId, line, column }) => `${line}:${column} ${ruleId ?? "parse error"}`)).toEqual([
			"1:1 parse error",
			"2:6 miglint/ps-file-encoding",
		]);
	});

	it("gives the same messages from the cache", async () => {
		const directory = workspace({ "cafe.ps1": CAFE });
		const args = ["--cache", "--cache-location", path.join(directory, ".miglintcache")];
		const first = await messagesOf(directory, args);
		expect(readFileSync(path.join(directory, ".miglintcache"), "utf8")).toContain("Parsing error");
		expect(await messagesOf(directory, args)).toEqual(first);
		expect(first).toEqual({ "cafe.ps1": [CAFE_ENCODING, PARSE_ERROR] });
	});

	it("gets only the byte order mark from --fix, which changes no character PowerShell reads", async () => {
		const directory = workspace({ "cafe.ps1": CAFE });
		expect(await messagesOf(directory, ["--fix"])).toEqual({ "cafe.ps1": [PARSE_ERROR] });
		expect(readFileSync(path.join(directory, "cafe.ps1"), "utf8")).toBe(`\ufeff${CAFE}`);
	});
});

/** A staged batch saved in Windows-1252 (the é of René) whose third line opens a quote that never closes. */
const UNCLOSED_ANSI = Buffer.from('EmailAddress,Password\r\nRen\u00e9@contoso.com,Secr3t!Pass\r\n"b@contoso.com,Other4!Pass\r\n', "latin1");

const CSV_PARSE_ERROR: JsonMessage = {
	ruleId: null,
	fatal: true,
	severity: 2,
	message: 'Parsing error: Unclosed quote: the quoted field starting here never ends. A quote inside a quoted value must be doubled ("").',
	line: 3,
	column: 1,
	endLine: 3,
	endColumn: 1,
};

describe("a migration batch that does not parse", () => {
	it("gets the parse error where it is and the encoding finding on its bytes, and quotes no cell", async () => {
		const directory = workspace({ "wave1.csv": UNCLOSED_ANSI });
		expect(await messagesOf(directory, [])).toEqual({
			"wave1.csv": [
				{
					ruleId: "miglint/csv-encoding",
					severity: 2,
					message: 'This file is not UTF-8 (it looks like Windows-1252 (ANSI, Western European)); save it as UTF-8 (Excel\'s "CSV UTF-8").',
					line: 2,
					column: 4,
					endLine: 2,
					endColumn: 5,
				},
				CSV_PARSE_ERROR,
			],
		});
		const stylish = await miglint(["wave1.csv"], { cwd: directory });
		expect(stylish.status).toBe(1);
		expect(stylish.stdout).not.toMatch(/Secr3t|Other4|contoso/u);
	});

	it("gets no finding from the rules that read its rows", async () => {
		const batch = (lastLine: string) => `EmailAddress,Password\r\nnot-an-address,abc\r\nnot-an-address,abc\r\n${lastLine}\r\n`;
		const directory = workspace({ "parses.csv": batch("c@contoso.com,Gr8-Harbour-Lamp"), "broken.csv": batch('"c@contoso.com,Gr8-Harbour-Lamp') });
		const messages = await messagesOf(directory, []);
		expect(new Set(messages["parses.csv"]!.map((message) => message.ruleId))).toEqual(
			new Set(["miglint/csv-email-address", "miglint/csv-password-policy", "miglint/csv-unique-email"]),
		);
		expect(messages["broken.csv"]).toEqual([{ ...CSV_PARSE_ERROR, line: 4, endLine: 4 }]);
	});

	it("gets its size checked, which the bytes alone tell", async () => {
		const directory = workspace({
			"wave1.csv": `EmailAddress\r\n${"a@contoso.com\r\n".repeat(10)}"b@contoso.com\r\n`,
			"miglint.config.yaml": "rules:\n  miglint/csv-max-size: [error, { max: 100 }]\n",
		});
		expect((await messagesOf(directory, []))["wave1.csv"]!.map(({ ruleId, line, column }) => `${line}:${column} ${ruleId ?? "parse error"}`)).toEqual([
			"1:1 miglint/csv-max-size",
			"12:1 parse error",
		]);
	});

	it("gives the same messages from the cache", async () => {
		const directory = workspace({ "wave1.csv": UNCLOSED_ANSI });
		const args = ["--cache", "--cache-location", path.join(directory, ".miglintcache")];
		const first = await messagesOf(directory, args);
		expect(first["wave1.csv"]!.map((message) => message.ruleId)).toEqual(["miglint/csv-encoding", null]);
		expect(await messagesOf(directory, args)).toEqual(first);
	});

	it("gets the transcoding from --fix, which rewrites the bytes only, and nothing more from a second --fix", async () => {
		const directory = workspace({ "wave1.csv": UNCLOSED_ANSI, "miglint.config.yaml": "csv:\n  legacyEncoding: windows-1252\n" });
		const utf8 = `\ufeff${UNCLOSED_ANSI.toString("latin1")}`;
		expect(await messagesOf(directory, ["--fix"])).toEqual({ "wave1.csv": [CSV_PARSE_ERROR] });
		expect(readFileSync(path.join(directory, "wave1.csv"), "utf8")).toBe(utf8);
		expect(await messagesOf(directory, ["--fix"])).toEqual({ "wave1.csv": [CSV_PARSE_ERROR] });
		expect(readFileSync(path.join(directory, "wave1.csv"), "utf8")).toBe(utf8);
	});
});
