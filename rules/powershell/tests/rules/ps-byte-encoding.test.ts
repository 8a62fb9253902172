import rule from "../../src/rules/ps-byte-encoding.js";
import { createRuleTester } from "../rule-tester.js";

const desktop = { miglint: { powershell: { edition: "desktop" } } };
const core = { miglint: { powershell: { edition: "core" } } };
/** The public folder migration guide's way of reading a batch file, as written there. */
const readBytes =
	"New-MigrationBatch -Name PFMigration -SourcePublicFolderDatabase PFDB01 -CSVData (Get-Content C:\\PFMigration\\mapping.csv -Encoding Byte) -NotificationEmails admin@contoso.com";

createRuleTester().run("ps-byte-encoding", rule, {
	valid: [
		// The form that works on both editions.
		"New-MigrationBatch -Name Wave1 -CSVData ([System.IO.File]::ReadAllBytes('C:\\Batches\\wave1.csv'))",
		// The edition is fixed and the form fits it.
		{ code: readBytes, settings: desktop },
		`#Requires -PSEdition Desktop\n${readBytes}`,
		"Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn\n$data = Get-Content C:\\certs\\mail.pfx -Encoding Byte -ReadCount 0",
		{ code: "$bytes = Get-Content C:\\Batches\\wave1.csv -AsByteStream -Raw", settings: core },
		"#Requires -Version 7.2\n$bytes = Get-Content C:\\Batches\\wave1.csv -AsByteStream -Raw",
		// -AsByteStream alone says the script runs on PowerShell 7.
		"$bytes = Get-Content C:\\Batches\\wave1.csv -AsByteStream -Raw",
		// The script chooses per edition.
		"if ($PSVersionTable.PSVersion.Major -ge 6) {\n    $bytes = Get-Content $path -AsByteStream -Raw\n} else {\n    $bytes = Get-Content $path -Encoding Byte -ReadCount 0\n}",
		"if ($PSEdition -eq 'Desktop') { Set-Content $path -Value $bytes -Encoding Byte } else { Set-Content $path -Value $bytes -AsByteStream }",
		// Other encodings, and an encoding miglint cannot know.
		"Get-Content C:\\Batches\\wave1.csv -Encoding UTF8",
		"Get-Content C:\\Batches\\wave1.csv -Encoding $encoding",
		// -Encoding of a command that is not a FileSystem provider cmdlet.
		"Get-Bytes -Encoding Byte",
	],
	invalid: [
		{
			// Nothing says which edition runs the script: suggest the form that works on both.
			code: readBytes,
			errors: [{ messageId: "encodingBytePortable", data: { portable: "[System.IO.File]::ReadAllBytes(path)" }, line: 1, column: 132, endColumn: 136 }],
		},
		{
			// #Requires -Version 5.1 is a minimum: PowerShell 7 may run the script too.
			code: "#Requires -Version 5.1\n$bytes = [byte[]](Get-Content -Path $file -Encoding byte -ReadCount 0)\nSet-Content -Path $copy -Value $bytes -Encoding Byte\nAdd-Content -Path $copy -Value $bytes -Enc:Byte",
			errors: [
				{ messageId: "encodingBytePortable", data: { portable: "[System.IO.File]::ReadAllBytes(path)" }, line: 2, column: 53, endColumn: 57 },
				{ messageId: "encodingBytePortable", data: { portable: "[System.IO.File]::WriteAllBytes(path, bytes)" }, line: 3, column: 49, endColumn: 53 },
				{ messageId: "encodingBytePortable", data: { portable: "a [System.IO.FileStream] opened with FileMode Append" }, line: 4, column: 44, endColumn: 48 },
			],
		},
		{
			// PowerShell 7 only: -AsByteStream replaces it.
			code: `#Requires -PSEdition Core\n${readBytes}`,
			errors: [
				{
					messageId: "encodingByte",
					data: { reason: "which this script's #Requires asks for" },
					line: 2,
					column: 132,
					endColumn: 136,
					suggestions: [{ messageId: "useAsByteStream", output: `#Requires -PSEdition Core\n${readBytes.replace("-Encoding Byte", "-AsByteStream")}` }],
				},
			],
		},
		{
			// 7-only syntax elsewhere in the script; colon syntax; splatted (no suggestion).
			code: "$path = $args[0] ?? 'C:\\Batches\\wave1.csv'\n$bytes = Get-Content $path -Encoding:Byte\n$read = @{ Path = $path; Encoding = 'Byte' }\n$same = Get-Content @read",
			errors: [
				{
					messageId: "encodingByte",
					data: { reason: "which this script's other commands need" },
					line: 2,
					column: 38,
					endColumn: 42,
					suggestions: [
						{
							messageId: "useAsByteStream",
							output:
								"$path = $args[0] ?? 'C:\\Batches\\wave1.csv'\n$bytes = Get-Content $path -AsByteStream\n$read = @{ Path = $path; Encoding = 'Byte' }\n$same = Get-Content @read",
						},
					],
				},
				{ messageId: "encodingByte", line: 3, column: 37, endColumn: 43, suggestions: [] },
			],
		},
		{
			code: "$bytes = Get-Content C:\\Batches\\wave1.csv -Encoding Byte",
			settings: core,
			errors: [
				{
					messageId: "encodingByte",
					data: { reason: "the edition the configuration sets" },
					line: 1,
					column: 53,
					endColumn: 57,
					suggestions: [{ messageId: "useAsByteStream", output: "$bytes = Get-Content C:\\Batches\\wave1.csv -AsByteStream" }],
				},
			],
		},
		{
			// Windows PowerShell 5.1 declared: -AsByteStream does not exist there.
			code: "#Requires -PSEdition Desktop\n$bytes = Get-Content C:\\Batches\\wave1.csv -AsByteStream -Raw",
			errors: [{ messageId: "asByteStream", data: { reason: "which this script's #Requires asks for" }, line: 2, column: 43, endColumn: 56 }],
		},
		{
			code: "$bytes = Get-Content C:\\Batches\\wave1.csv -AsByteStream",
			settings: desktop,
			errors: [{ messageId: "asByteStream", data: { reason: "the edition the configuration sets" }, line: 1, column: 43, endColumn: 56 }],
		},
		{
			// #Requires -Version 5.1: both editions may run it.
			code: "#Requires -Version 5.1\nSet-Content -Path $out -Value $bytes -AsByteStream",
			errors: [{ messageId: "asByteStreamPortable", data: { portable: "[System.IO.File]::WriteAllBytes(path, bytes)" }, line: 2, column: 38, endColumn: 51 }],
		},
	],
});
