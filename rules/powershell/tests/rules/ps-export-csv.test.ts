import rule from "../../src/rules/ps-export-csv.js";
import { createRuleTester } from "../rule-tester.js";

const desktop = { miglint: { powershell: { edition: "desktop" } } };
const core = { miglint: { powershell: { edition: "core" } } };

createRuleTester().run("ps-export-csv", rule, {
	valid: [
		"Get-Mailbox | Select-Object PrimarySmtpAddress | Export-Csv -Path C:\\Batches\\wave1.csv -NoTypeInformation -Encoding UTF8",
		// Aliases, prefixes, colon syntax, splatting, module-qualified names.
		"$users | epcsv C:\\Batches\\wave1.csv -NTI -Enc utf8",
		"$users | Microsoft.PowerShell.Utility\\Export-Csv -Path C:\\Batches\\wave1.csv -NoType:$true -Encoding:UTF8 -Delimiter ','",
		"$csv = @{ Path = 'C:\\Batches\\wave1.csv'; NoTypeInformation = $true; Encoding = 'utf8BOM' }\n$users | Export-Csv @csv",
		// Appending without -Encoding keeps the BOM of the file, or writes UTF-8.
		"$users | Export-Csv C:\\Batches\\wave1.csv -NoTypeInformation -Append",
		// The script sets a default encoding for every cmdlet.
		"$PSDefaultParameterValues['*:Encoding'] = 'utf8'\n$users | Export-Csv C:\\Batches\\wave1.csv -NoTypeInformation\n$lines | Out-File C:\\Batches\\wave2.csv",
		// Other Unicode encodings are accepted; an encoding in a variable is not known.
		"$users | Export-Csv C:\\Batches\\wave1.csv -NoTypeInformation -Encoding Unicode",
		"$users | Export-Csv C:\\Batches\\wave1.csv -NoTypeInformation -Encoding $encoding",
		// PowerShell 7: no #TYPE line and UTF-8 by default.
		{ code: "$users | Export-Csv C:\\Batches\\wave1.csv -UseQuotes AsNeeded", settings: core },
		"#Requires -Version 7.2\n$users | Export-Csv C:\\Batches\\wave1.csv",
		"#Requires -PSEdition Core\n$lines | Out-File C:\\Batches\\wave1.csv",
		"$users | Export-Csv C:\\Batches\\wave1.csv -QuoteFields EmailAddress",
		"$name = $args[0] ?? 'wave1'\n$users | Export-Csv C:\\Batches\\$name.csv",
		// ForEach-Object -Parallel exists only in PowerShell 7 (the edition detection ps-file-encoding shares).
		"$waves | ForEach-Object -Parallel { Get-MigrationUser -BatchId $_ }\n$users | Export-Csv C:\\Batches\\wave1.csv",
		// ConvertTo-Csv whose output is not written to a file; files on Pester's TestDrive.
		"$text = $users | ConvertTo-Csv",
		"$users | Export-Csv -Path TestDrive:\\wave1.csv",
		"$file = Join-Path $TestDrive 'wave1.csv'\n$users | Export-Csv -Path $file",
		// Files that are not CSV files, and explicit encodings.
		"$lines | Out-File C:\\Logs\\run.log",
		"$lines | Out-File C:\\Batches\\wave1.csv -Encoding utf8",
		"Set-Content -Path C:\\Batches\\wave1.csv -Value $lines -Encoding UTF8",
		"$lines > C:\\Logs\\run.log",
		// ASCII text is the same in the ANSI code page and in UTF-8.
		"Set-Content -Path C:\\Batches\\wave1.csv -Value 'EmailAddress,Password,ForceChangePassword'",
		// Written in comments or strings only.
		"# $users | Export-Csv C:\\Batches\\wave1.csv -UseCulture\nWrite-Host '$users | Export-Csv C:\\Batches\\wave1.csv'",
		// A semicolon-separated report for Excel, in a script that makes no migration batch, is a deliberate choice.
		"$report | Export-Csv -NoTypeInformation $CSVOutputFile -Encoding UTF8 -Delimiter ';'",
		"$out | Export-Csv -Path 'removed.csv' -NoTypeInformation -Encoding UTF8 -UseCulture",
		"Get-Mailbox | Select-Object DisplayName, PrimarySmtpAddress | Export-Csv report.csv -NoTypeInformation -Encoding UTF8 -Delimiter ';'",
	],
	invalid: [
		{
			code: "Get-Mailbox -ResultSize Unlimited | Select-Object PrimarySmtpAddress | Export-Csv -Path C:\\Batches\\wave1.csv",
			// Both 5.1 defaults on one command: one finding, one fix.
			errors: [
				{
					messageId: "typeInformationAndEncoding",
					line: 1,
					column: 72,
					endLine: 1,
					endColumn: 82,
					suggestions: [
						{
							messageId: "addNoTypeInformationAndEncoding",
							output:
								"Get-Mailbox -ResultSize Unlimited | Select-Object PrimarySmtpAddress | Export-Csv -Path C:\\Batches\\wave1.csv -NoTypeInformation -Encoding UTF8",
						},
					],
				},
			],
		},
		{
			// The alias epcsv, with -NoType resolved as -NoTypeInformation.
			code: "$users | epcsv C:\\Batches\\wave1.csv -NoType",
			errors: [
				{
					messageId: "noEncoding",
					line: 1,
					column: 10,
					endLine: 1,
					endColumn: 15,
					suggestions: [{ messageId: "addEncoding", output: "$users | epcsv C:\\Batches\\wave1.csv -NoType -Encoding UTF8" }],
				},
			],
		},
		{
			code: "$users | Export-Csv C:\\Batches\\wave1.csv -NTI -Encoding:ASCII",
			errors: [
				{
					messageId: "notUtf8",
					data: { value: "ASCII" },
					line: 1,
					column: 57,
					endLine: 1,
					endColumn: 62,
					suggestions: [{ messageId: "useUtf8", output: "$users | Export-Csv C:\\Batches\\wave1.csv -NTI -Encoding:UTF8" }],
				},
			],
		},
		{
			// No batch is made here, but the columns written are a batch's header.
			code: "$rows = Get-Mailbox | Select-Object @{ Name = 'EmailAddress'; Expression = { $_.PrimarySmtpAddress } }\n$rows | Export-Csv wave3.csv -NoTypeInformation -Encoding UTF8 -UseCulture",
			errors: [{ messageId: "useCulture", line: 2, column: 64, endLine: 2, endColumn: 75 }],
		},
		{
			code: "Get-Mailbox | Select-Object EmailAddress | Export-Csv wave3.csv -NoTypeInformation -Encoding UTF8 -Delimiter ';'",
			errors: [{ messageId: "notCommaDelimited", data: { value: "';'" }, line: 1, column: 110, endLine: 1, endColumn: 113 }],
		},
		{
			// The separator matters in a script that makes migration batches.
			code: "$users | Export-Csv C:\\Batches\\wave1.csv -NoTypeInformation -Encoding UTF8 -UseCulture\nNew-MigrationBatch -Name wave1 -CSVData ([IO.File]::ReadAllBytes('C:\\Batches\\wave1.csv'))",
			errors: [{ messageId: "useCulture", line: 1, column: 76, endLine: 1, endColumn: 87 }],
		},
		{
			code: "$csv = @{ Path = 'C:\\Batches\\wave1.csv'; NoTypeInformation = $true; Encoding = 'UTF8'; Delimiter = ';' }\n$users | Export-Csv @csv\nSet-MigrationBatch -Identity wave1 -CSVData ([IO.File]::ReadAllBytes('C:\\Batches\\wave1.csv'))",
			errors: [{ messageId: "notCommaDelimited", data: { value: "';'" }, line: 1, column: 100, endLine: 1, endColumn: 103 }],
		},
		{
			code: "#Requires -Version 5.1\n$users | Export-Csv C:\\Batches\\wave1.csv -NoTypeInformation -Encoding UTF8 -UseQuotes AsNeeded",
			errors: [{ messageId: "coreOnlyParameter", data: { name: "UseQuotes", edition: " (#Requires)" }, line: 2, column: 76, endLine: 2, endColumn: 86 }],
		},
		{
			code: "#Requires -PSEdition Desktop\n$users | Export-Csv C:\\Batches\\wave1.csv -NoTypeInformation -Encoding utf8NoBOM",
			errors: [
				{
					messageId: "coreOnlyEncoding",
					line: 2,
					column: 71,
					endLine: 2,
					endColumn: 80,
					suggestions: [
						{ messageId: "useUtf8", output: "#Requires -PSEdition Desktop\n$users | Export-Csv C:\\Batches\\wave1.csv -NoTypeInformation -Encoding UTF8" },
					],
				},
			],
		},
		{
			code: "$users | Export-Csv C:\\Batches\\wave1.csv -NoTypeInformation -Encoding UTF8 -QuoteFields EmailAddress",
			settings: desktop,
			errors: [
				{
					messageId: "coreOnlyParameter",
					data: { name: "QuoteFields", edition: " (powershell.edition: desktop)" },
					line: 1,
					column: 76,
					endLine: 1,
					endColumn: 88,
				},
			],
		},
		{
			code: "$users | Export-Csv C:\\Batches\\wave1.csv -NoTypeInformation -Encoding UTF8 -IncludeTypeInformation",
			settings: core,
			errors: [{ messageId: "includeTypeInformation", line: 1, column: 76, endLine: 1, endColumn: 99 }],
		},
		{
			code: "$users | ConvertTo-Csv | Set-Content -Path C:\\Batches\\wave1.csv -Encoding UTF8",
			errors: [
				{
					messageId: "typeInformation",
					line: 1,
					column: 10,
					endLine: 1,
					endColumn: 23,
					suggestions: [
						{
							messageId: "addNoTypeInformation",
							output: "$users | ConvertTo-Csv -NoTypeInformation | Set-Content -Path C:\\Batches\\wave1.csv -Encoding UTF8",
						},
					],
				},
			],
		},
		{
			code: '$lines | Out-File "$PSScriptRoot\\wave1.csv"',
			errors: [
				{
					messageId: "fileWithoutEncoding",
					line: 1,
					column: 10,
					endLine: 1,
					endColumn: 18,
					suggestions: [{ messageId: "addEncoding", output: '$lines | Out-File "$PSScriptRoot\\wave1.csv" -Encoding UTF8' }],
				},
			],
		},
		{
			code: "Add-Content -Path (Join-Path $PSScriptRoot 'wave1.csv') -Value 'zoë.bäcker@contoso.com'",
			settings: desktop,
			errors: [
				{
					messageId: "fileWithoutEncoding",
					line: 1,
					column: 1,
					endLine: 1,
					endColumn: 12,
					suggestions: [
						{ messageId: "addEncoding", output: "Add-Content -Path (Join-Path $PSScriptRoot 'wave1.csv') -Value 'zoë.bäcker@contoso.com' -Encoding UTF8" },
					],
				},
			],
		},
		{
			code: "$lines > C:\\Batches\\wave1.csv",
			errors: [{ messageId: "redirection", line: 1, column: 8, endLine: 1, endColumn: 30 }],
		},
		{
			code: "$lines >> .\\wave1.csv",
			errors: [{ messageId: "redirection", line: 1, column: 8, endLine: 1, endColumn: 22 }],
		},
	],
});
