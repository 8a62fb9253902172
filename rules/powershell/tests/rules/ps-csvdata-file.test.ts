import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import rule from "../../src/rules/ps-csvdata-file.js";
import { createRuleTester } from "../rule-tester.js";
import { temporaryFolder } from "../../../../test/helpers/temporary-folder.js";

const project = temporaryFolder("csvdata");
mkdirSync(path.join(project, "scripts"));
mkdirSync(path.join(project, "batches"));
mkdirSync(path.join(project, "old"));
for (const file of ["batches/wave1.csv", "batches/wave2.csv", "old/wave2.csv"]) {
	writeFileSync(path.join(project, file), "EmailAddress\na@contoso.com\n");
}
const script = path.join(project, "scripts", "run.ps1");
const csvFiles = ["batches/wave1.csv", "batches/wave2.csv", "old/wave2.csv"].map((file) => path.join(project, file));
const facts = (csvSources: Record<string, string> = {}) => ({ miglint: { project: { csvFiles, csvSources } } });
const batch = (csvData: string) => `New-MigrationBatch -Name Wave -SourceEndpoint IMAP -CSVData ${csvData}\n`;

createRuleTester().run("ps-csvdata-file", rule, {
	valid: [
		{ code: batch(`([System.IO.File]::ReadAllBytes("$PSScriptRoot\\..\\batches\\wave1.csv"))`), filename: script },
		{ code: batch(`([IO.File]::ReadAllBytes((Join-Path $PSScriptRoot '..\\batches\\wave2.csv')))`), filename: script },
		// $PSScriptRoot has no separator at its end: the string added starts with one.
		{ code: batch(`([System.IO.File]::ReadAllBytes($PSScriptRoot + '\\..\\batches\\wave1.csv'))`), filename: script },
		{ code: `$bytes = Get-Content -Path "$PSScriptRoot/../batches/wave1.csv" -Encoding Byte -ReadCount 0\n${batch("$bytes")}`, filename: script },
		{ code: batch("([System.IO.File]::ReadAllBytes('..\\batches\\WAVE1.CSV'))"), filename: script, settings: facts() },
		// Absolute paths are looked for by file name among the project's CSV files...
		{ code: batch("([System.IO.File]::ReadAllBytes('C:\\Migration\\wave1.csv'))"), filename: script, settings: facts() },
		// ... or mapped with csv.sources; without project facts they cannot be told.
		{
			code: batch("([System.IO.File]::ReadAllBytes('C:\\Migration\\wave2.csv'))"),
			filename: script,
			settings: facts({ "c:/migration/wave2.csv": csvFiles[1]! }),
		},
		{ code: batch("([System.IO.File]::ReadAllBytes('C:\\Migration\\missing.csv'))"), filename: script },
		// A value miglint cannot follow is left alone.
		{ code: batch("([System.IO.File]::ReadAllBytes($path))"), filename: script, settings: facts() },
		{ code: "New-MigrationBatch -Name Cutover -SourceEndpoint OA -AutoStart\n", filename: script, settings: facts() },
		// .csv and .txt are batch files in any case; a path without a readable extension is left alone.
		{ code: batch("([System.IO.File]::ReadAllBytes('C:\\Migration\\WAVE1.TXT'))"), filename: script },
		{ code: "Set-MigrationBatch -Identity Wave -CSVData ([System.IO.File]::ReadAllBytes('C:\\Migration\\wave1.Csv'))\n", filename: script },
		{ code: batch("([System.IO.File]::ReadAllBytes('C:\\Migration.2024\\wave1'))"), filename: script },
		{ code: batch('([System.IO.File]::ReadAllBytes("C:\\Migration\\$name"))'), filename: script },
		{ code: "Set-MigrationBatch -Identity Wave -CSVData ([System.IO.File]::ReadAllBytes($args[0]))\n", filename: script },
	],
	invalid: [
		{
			code: batch(`([System.IO.File]::ReadAllBytes("$PSScriptRoot\\batches\\wave1.csv"))`),
			filename: script,
			errors: [
				{
					messageId: "notFound",
					data: { path: "$PSScriptRoot\\batches\\wave1.csv", why: "there is no such file relative to the script" },
					line: 1,
					column: 93,
					endLine: 1,
					endColumn: 126,
				},
			],
		},
		{
			// A long path is shown by its file name, so that the message stays on one line.
			code: batch(`([System.IO.File]::ReadAllBytes("$PSScriptRoot\\..\\..\\migration\\batches\\wave1.csv"))`),
			filename: script,
			errors: [{ messageId: "notFound", data: { path: "…\\wave1.csv", why: "there is no such file relative to the script" } }],
		},
		{
			code: `$file = 'C:\\Migration\\wave9.csv'\n${batch("([System.IO.File]::ReadAllBytes($file))")}`,
			filename: script,
			settings: facts(),
			errors: [
				{
					messageId: "notFound",
					data: { path: "C:\\Migration\\wave9.csv", why: "there is no CSV file named wave9.csv in the project" },
					line: 2,
					column: 93,
					endColumn: 98,
				},
			],
		},
		{
			code: batch("([System.IO.File]::ReadAllBytes('C:\\Migration\\wave3.csv'))"),
			filename: script,
			settings: facts({ "C:\\Migration\\wave3.csv": path.join(project, "batches/wave3.csv") }),
			errors: [
				{
					messageId: "notFound",
					data: {
						path: "C:\\Migration\\wave3.csv",
						why: `csv.sources maps it to ${path.join(project, "batches/wave3.csv")}, which is not a CSV file of the project`,
					},
				},
			],
		},
		{
			code: batch("([System.IO.File]::ReadAllBytes('D:\\Waves\\wave2.csv'))"),
			filename: script,
			settings: facts(),
			errors: [{ messageId: "notFound", data: { path: "D:\\Waves\\wave2.csv", why: "2 CSV files are named wave2.csv" } }],
		},
		{
			code: batch('(Get-Content "$env:TEMP\\\\wave7.csv" -Encoding Byte)'),
			filename: script,
			settings: facts(),
			errors: [
				{ messageId: "notFound", data: { path: "…\\wave7.csv", why: "there is no CSV file named wave7.csv in the project" }, column: 74, endColumn: 96 },
			],
		},
		{
			code: batch("([System.IO.File]::ReadAllBytes('C:\\Migration\\wave1.xlsx'))"),
			filename: script,
			errors: [
				{
					messageId: "extension",
					data: { cmdlet: "New-MigrationBatch", path: "C:\\Migration\\wave1.xlsx", extension: "xlsx" },
					line: 1,
					column: 93,
					endLine: 1,
					endColumn: 118,
				},
			],
		},
		{
			code: `$file = "$PSScriptRoot\\..\\batches\\wave1.CSV.bak"\nSet-MigrationBatch -Identity Wave -CSVData (Get-Content -Path $file -AsByteStream)\n`,
			filename: script,
			errors: [
				{
					messageId: "extension",
					data: { cmdlet: "Set-MigrationBatch", path: "$PSScriptRoot\\..\\batches\\wave1.CSV.bak", extension: "bak" },
					line: 2,
					column: 63,
					endLine: 2,
					endColumn: 68,
				},
			],
		},
	],
});
