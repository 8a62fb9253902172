import { writeFileSync } from "node:fs";
import path from "node:path";
import rule from "../../src/rules/ps-file-encoding.js";
import { createRuleTester } from "../rule-tester.js";
import { temporaryFolder } from "../../../../test/helpers/temporary-folder.js";

const directory = temporaryFolder("ps-file-encoding");

/**
 * Writes a script's bytes to a real file, so that the language reads its
 * bytes as it does for ESLint, and returns the file name with the text ESLint
 * would hand over: the bytes read as UTF-8, keeping a BOM so that fixes
 * removing it can be checked.
 */
function script(name: string, bytes: Uint8Array | string): { filename: string; code: string } {
	const buffer = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Buffer.from(bytes);
	const filename = path.join(directory, name);
	writeFileSync(filename, buffer);
	return { filename, code: buffer.toString("utf8") };
}

const BOM = "\ufeff";
const accented = "# Vague 1 : comptes de la comptabilité\n$batch = 'Vague1-Comptabilité'\nNew-MigrationBatch -Name $batch -CSVData $bytes\n";
const commentOnly = "# Runbook — wave 1\n$batch = 'Wave1'\n";
const ascii = "$batch = 'Wave1-Finance'\nGet-MigrationBatch -Identity $batch\n";
const copyright = "<#\n.NOTES\n  \u00a9 Contoso Ltd. All rights reserved.\n#>\nGet-MigrationBatch | Export-Csv batches.csv -NoTypeInformation -Encoding UTF8\n";

/** Syntax and parameters only PowerShell 7 runs: a script that uses them is read as UTF-8 without BOM. */
const powerShell7Only: Record<string, string> = {
	"pipeline-chain-or": "Get-MigrationBatch -Identity $batch || Write-Warning 'Pas de lot'",
	"pipeline-chain-and": "Get-MigrationBatch -Identity $batch && Write-Host 'Lot trouvé'",
	coalesce: "$name = $batch ?? 'Vague1'",
	"coalesce-assign": "$batch ??= 'Vague1'",
	"member-null-conditional": "${batch}?.Status",
	"index-null-conditional": "${batches}?[0]",
	ternary: "$label = $batch ? 'trouvé' : 'absent'",
	parallel: "$batches | ForEach-Object -Parallel { Get-MigrationUser -BatchId $_.Identity }",
	"as-byte-stream": "$bytes = Get-Content batch.csv -AsByteStream -Raw",
};

createRuleTester().run("ps-file-encoding", rule, {
	valid: [
		// Text without a file behind it (stdin, editors): no bytes to check.
		accented,
		script("ascii.ps1", ascii),
		script("utf8-bom.ps1", BOM + accented),
		// PSScriptAnalyzer's BOMPresent_UTF16EncodedScript.ps1 and BOMAbsent_ASCIIEncodedScript.ps1 (same kind of content).
		script(
			"utf16be-bom.ps1",
			Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("# \u4f1a\u610f\u5b57 / \u6703\u610f\u5b57\r\n# Test Script\r\n", "utf16le").swap16()]),
		),
		script("ascii-test.ps1", "# Test Script"),
		// Scripts for PowerShell 7 only, which reads UTF-8 without BOM.
		{ ...script("requires-core.ps1", `#Requires -PSEdition Core\n${accented}`) },
		{ ...script("requires-7.ps1", `#Requires -Version 7.2\n${accented}`) },
		{ ...script("edition-core.ps1", accented), settings: { miglint: { powershell: { edition: "core" } } } },
		...Object.entries(powerShell7Only).map(([name, line]) => script(`${name}.ps1`, `${line}\n${accented}`)),
		// Non-ASCII characters only in comments (a copyright sign in the header): nothing runs differently.
		script("comment-only.ps1", commentOnly),
		script("copyright.ps1", copyright),
		// The same in a file saved in an ANSI code page: every code page reads the code alike.
		script("copyright-ansi.ps1", Buffer.from(copyright, "latin1")),
		{ ...script("never-ok.ps1", accented), options: [{ bom: "never" }] },
		{ ...script("always-ok.ps1", BOM + ascii), options: [{ bom: "always" }] },
	],
	invalid: [
		{
			...script("utf8-no-bom.ps1", accented),
			output: BOM + accented,
			errors: [{ messageId: "missingBom", data: { character: "'é' (U+00E9)", place: "in a string" }, line: 2, column: 29, endLine: 2, endColumn: 30 }],
		},
		{
			// A narrow no-break space pasted after a parameter: 5.1 reads its three bytes as part of the parameter's name.
			...script("nnbsp.ps1", "Get-MigrationUser | Export-Csv users.csv -NoTypeInformation\u202f-Encoding UTF8\n"),
			output: `${BOM}Get-MigrationUser | Export-Csv users.csv -NoTypeInformation\u202f-Encoding UTF8\n`,
			errors: [
				{
					messageId: "missingBom",
					data: { character: "U+202F NARROW NO-BREAK SPACE", place: "between command arguments" },
					line: 1,
					column: 60,
					endLine: 1,
					endColumn: 61,
				},
			],
		},
		{
			// An en dash copied from a document as the dash of a parameter, after a header comment with a copyright sign.
			...script("en-dash.ps1", "# \u00a9 Contoso\nGet-MigrationBatch \u2013Identity Wave1\n"),
			output: `${BOM}# \u00a9 Contoso\nGet-MigrationBatch \u2013Identity Wave1\n`,
			errors: [
				{ messageId: "missingBom", data: { character: "U+2013 EN DASH", place: "in a parameter name" }, line: 2, column: 20, endLine: 2, endColumn: 21 },
			],
		},
		{
			...script("command-name.ps1", "Get-Migrati\u00f3nBatch\n"),
			output: `${BOM}Get-Migrati\u00f3nBatch\n`,
			errors: [{ messageId: "missingBom", data: { character: "'ó' (U+00F3)", place: "in a command name" }, line: 1, column: 12, endLine: 1, endColumn: 13 }],
		},
		{
			// Only in comments, with the opt-in option: reported, with a message saying so.
			...script("comment-only-reported.ps1", commentOnly),
			options: [{ comments: true }],
			output: BOM + commentOnly,
			errors: [{ messageId: "missingBomComments", data: { character: "U+2014 EM DASH" }, line: 1, column: 11, endLine: 1, endColumn: 12 }],
		},
		{
			// Desktop edition declared: reported as usual.
			...script("requires-desktop.ps1", `#Requires -PSEdition Desktop\n${accented}`),
			output: `${BOM}#Requires -PSEdition Desktop\n${accented}`,
			errors: [{ messageId: "missingBom", line: 3, column: 29 }],
		},
		{
			// #Requires -Version 5.1 is a minimum: Windows PowerShell 5.1 runs the script.
			...script("requires-5.ps1", `#Requires -Version 5.1\n${accented}`),
			output: `${BOM}#Requires -Version 5.1\n${accented}`,
			errors: [{ messageId: "missingBom", line: 3, column: 29 }],
		},
		{
			// A 7-only parameter inside a test of the version does not make the script PowerShell 7 only.
			...script(
				"version-test.ps1",
				`if ($PSVersionTable.PSVersion.Major -ge 6) { $b = Get-Content x.csv -AsByteStream } else { $b = Get-Content x.csv -Encoding Byte }\n${accented}`,
			),
			output: `${BOM}if ($PSVersionTable.PSVersion.Major -ge 6) { $b = Get-Content x.csv -AsByteStream } else { $b = Get-Content x.csv -Encoding Byte }\n${accented}`,
			errors: [{ messageId: "missingBom", line: 3, column: 29 }],
		},
		{
			// A character outside the BMP is reported whole.
			...script("emoji.ps1", "Write-Host 'Done \u2705'\n"),
			output: `${BOM}Write-Host 'Done \u2705'\n`,
			errors: [{ messageId: "missingBom", data: { character: "'\u2705' (U+2705)", place: "in a string" }, line: 1, column: 18, endColumn: 19 }],
		},
		{
			...script("always.ps1", ascii),
			options: [{ bom: "always" }],
			output: BOM + ascii,
			errors: [{ messageId: "missingBomAlways", line: 1, column: 1, endLine: 1, endColumn: 1 }],
		},
		{
			// Also for PowerShell 7 scripts when the option says always.
			...script("always-core.ps1", accented),
			options: [{ bom: "always" }],
			settings: { miglint: { powershell: { edition: "core" } } },
			output: BOM + accented,
			errors: [{ messageId: "missingBom", line: 2, column: 29 }],
		},
		{
			// An ASCII script: removing the BOM changes nothing for either edition, so --fix does it.
			...script("never-ascii.ps1", BOM + ascii),
			options: [{ bom: "never" }],
			output: ascii,
			errors: [{ messageId: "unexpectedBom", line: 1, column: 1, endLine: 1, endColumn: 1 }],
		},
		{
			// With non-ASCII characters, removing it changes how 5.1 reads them: a suggestion only.
			...script("never-accented.ps1", BOM + accented),
			options: [{ bom: "never" }],
			output: null,
			errors: [{ messageId: "unexpectedBom", line: 1, column: 1, suggestions: [{ messageId: "removeBom", output: accented }] }],
		},
		{
			...script("never-utf16.ps1", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ascii, "utf16le")])),
			options: [{ bom: "never" }],
			output: null,
			errors: [{ messageId: "notUtf8Never", data: { encoding: "UTF-16 LE" }, line: 1, column: 1 }],
		},
		{
			// ANSI (Windows-1252): not fixed, the text is not the file's UTF-8 reading.
			...script("ansi.ps1", Buffer.from(accented, "latin1")),
			output: null,
			errors: [
				{
					messageId: "notUtf8",
					data: { byte: "37", guess: " (it looks like Windows-1252 (ANSI, Western European))" },
					line: 1,
					column: 38,
					endLine: 1,
					endColumn: 39,
				},
			],
		},
		...[{ comments: true }, { bom: "always" }].map((options) => ({
			// Non-ASCII characters only in comments, in an ANSI file: reported when asked for comments, or a BOM everywhere.
			...script(`copyright-ansi-${Object.keys(options)[0]}.ps1`, Buffer.from(copyright, "latin1")),
			options: [options],
			output: null,
			errors: [{ messageId: "notUtf8", data: { byte: "14", guess: " (it looks like Windows-1252 (ANSI, Western European))" }, line: 3, column: 3 }],
		})),
		{
			// PSScriptAnalyzer's BOMAbsent_UTF16EncodedScript.ps1 is UTF-32 LE without BOM.
			...script("utf32-no-bom.ps1", Buffer.concat(Array.from("# T\u00feP IC\r\n").map((character) => Buffer.from([character.codePointAt(0)!, 0, 0, 0])))),
			output: null,
			errors: [{ messageId: "utf16WithoutBom", data: { encoding: "UTF-32 LE", byte: "1" }, line: 1, column: 1 }],
		},
		{
			// PSScriptAnalyzer's BOMAbsent_UnknownEncodedScript.ps1 is UTF-16 BE without BOM.
			...script("utf16be-no-bom.ps1", Buffer.from("# \u4f1a\u610f\u5b57 / \u6703\u610f\u5b57\r\n# Test Script\r\n", "utf16le").swap16()),
			output: null,
			errors: [{ messageId: "utf16WithoutBom", data: { encoding: "UTF-16 BE", byte: "0" }, line: 1, column: 1 }],
		},
		{
			// Cut off inside a character.
			...script("truncated.ps1", Buffer.concat([Buffer.from("# Jos"), Buffer.from([0xc3, 0xa9, 0xe2, 0x80])])),
			output: null,
			errors: [{ messageId: "truncated", data: { byte: "7" }, line: 1, column: 7, endColumn: 8 }],
		},
	],
});
