import rule from "../../src/rules/csv-encoding.js";
import { fileCase, latin1, utf16le } from "../fixture-files.js";
import { createRuleTester } from "../rule-tester.js";

const names = "EmailAddress,Password\r\njose@contoso.com,Pa$$w0rd\r\n";
const accented = (count: number) =>
	Array.from({ length: count }, (_, index) => `user${index}@contoso.com,Fran\u00e7ois M\u00fcller Jos\u00e9 Ren\u00e9e`).join("\r\n");
const ansi = `EmailAddress,DisplayName\r\n${accented(40)}\r\n`;
const confident = "EmailAddress,Password\r\njose@contoso.com,P\u00e9pe1234!\r\nana@contoso.com,x\r\n";

createRuleTester().run("csv-encoding", rule, {
	valid: [
		// Text without a file behind it (stdin, editors): nothing to check.
		"EmailAddress\nterry@contoso.com\n",
		fileCase("ascii.csv", names),
		fileCase("utf8.csv", "EmailAddress,DisplayName\nu@contoso.com,Jos\u00e9\n"),
		fileCase("utf8-bom.csv", "\ufeffEmailAddress,DisplayName\nu@contoso.com,Jos\u00e9\n"),
		fileCase("utf16-bom.csv", utf16le("EmailAddress,DisplayName\r\nu@contoso.com,Jos\u00e9\r\n", true)),
	],
	invalid: [
		{
			// chardet is sure enough (80%): --fix rewrites the file as UTF-8 with a BOM.
			...fileCase("ansi-confident.csv", latin1(confident)),
			output: `\ufeff${confident}`,
			errors: [
				{
					messageId: "notUtf8",
					data: { guess: " (it looks like Windows-1252 (ANSI, Western European))", howToFix: "" },
					line: 2,
					column: 19,
					endLine: 2,
					endColumn: 20,
				},
			],
		},
		{
			// A typical ANSI batch gets only 47%: reported with the guess, not rewritten.
			...fileCase("ansi-unsure.csv", latin1(ansi)),
			output: null,
			errors: [
				{
					messageId: "notUtf8",
					data: {
						guess: " (it looks like Windows-1252 (ANSI, Western European))",
						howToFix: ", or set csv.legacyEncoding and run --fix",
					},
					line: 2,
					column: 23,
					endColumn: 24,
				},
			],
		},
		{
			// Declared in the configuration: read and converted with that code page.
			...fileCase("ansi-declared.csv", latin1(ansi)),
			languageOptions: { legacyEncoding: "windows-1252" },
			output: `\ufeff${ansi}`,
			errors: [{ messageId: "notUtf8", data: { guess: " (read as Windows-1252 (ANSI, Western European), as csv.legacyEncoding says)", howToFix: "" } }],
		},
		{
			...fileCase("ansi-declared-no-bom.csv", latin1(ansi)),
			languageOptions: { legacyEncoding: "windows-1252" },
			options: [{ fixWithBom: false }],
			output: ansi,
			errors: [{ messageId: "notUtf8" }],
		},
		{
			...fileCase("utf16-no-bom.csv", utf16le(names, false)),
			output: `\ufeff${names}`,
			errors: [{ messageId: "missingBom", data: { encoding: "UTF-16 LE" }, line: 1, column: 1, endLine: 1, endColumn: 1 }],
		},
		{
			...fileCase("truncated.csv", Buffer.concat([Buffer.from("EmailAddress,DisplayName\nu@contoso.com,Jos"), Buffer.from([0xe2, 0x82])])),
			output: null,
			errors: [{ messageId: "truncated", line: 2, column: 18 }],
		},
		{
			// A UTF-8 BOM followed by bytes that are not UTF-8: the BOM lies, nothing is guessed.
			...fileCase("bom-then-ansi.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), latin1("EmailAddress\nJos\u00e9@contoso.com\n")])),
			output: null,
			errors: [{ messageId: "notUtf8", data: { guess: "", howToFix: "" }, line: 2, column: 4 }],
		},
	],
});
