import rule from "../../src/rules/ps-migration-batch.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("ps-migration-batch", rule, {
	valid: [
		// A variable a common parameter writes is not the constant assigned before (-WarningVariable, -InformationVariable, any prefix or alias).
		"$path = '.\\wave1.csv'\nGet-ChildItem $BatchFolder -WarningVariable path\nNew-MigrationBatch -Name Wave1 -CSVData ([IO.File]::ReadAllBytes($path))",
		"$path = '.\\wave1.csv'\nGet-ChildItem $BatchFolder -iv path\nNew-MigrationBatch -Name Wave1 -CSVData ([IO.File]::ReadAllBytes($path))",
		// The documented form, directly, through a variable and through a splatted hashtable.
		"New-MigrationBatch -Name Wave1 -SourceEndpoint Staged -CSVData ([System.IO.File]::ReadAllBytes('C:\\Batches\\wave1.csv')) -AutoStart",
		'$bytes = [System.IO.File]::ReadAllBytes("$PSScriptRoot\\wave1.csv")\nNew-MigrationBatch -Name Wave1 -CSVData $bytes',
		"$csv = Join-Path (Resolve-Path $BatchFolder) 'wave1.csv'\n$batch = @{ Name = 'Wave1'; CSVData = [System.IO.File]::ReadAllBytes($csv) }\nNew-MigrationBatch @batch",
		"New-MigrationBatch -Name Wave1 -CSVData ([IO.File]::ReadAllBytes((Join-Path $PSScriptRoot 'wave1.csv')))",
		"New-MigrationBatch -Name Wave1 -CSVData ([IO.File]::ReadAllBytes('\\\\fs01\\migration\\wave1.csv'))",
		// Byte reads with Get-Content: -Encoding Byte (5.1) and -AsByteStream -Raw (7).
		"New-MigrationBatch -Name PFMigration -CSVData (Get-Content C:\\PFMigration\\map.csv -Encoding Byte)",
		"New-MigrationBatch -Name PFMigration -CSVData (Get-Content C:\\PFMigration\\map.csv -AsByteStream -Raw)",
		// Not known: a path in a variable assigned twice, a base that is a variable.
		"$p = 'a.csv'\n$p = \"$root\\a.csv\"\nNew-MigrationBatch -Name W -CSVData ([IO.File]::ReadAllBytes($p))",
		"New-MigrationBatch -Name W -CSVData ([IO.File]::ReadAllBytes((Join-Path $folder 'w.csv')))",
		// One cutover batch; a staged batch from the same Outlook Anywhere endpoint has a CSV file.
		"$oa = New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name Cutover -EmailAddress admin@contoso.com -Credentials $cred\nNew-MigrationBatch -Name Cutover1 -SourceEndpoint $oa.Identity\nNew-MigrationBatch -Name Staged1 -SourceEndpoint Cutover -CSVData $bytes",
		// The endpoint's type is not known: nothing is reported.
		"New-MigrationBatch -Name Wave1 -SourceEndpoint (Get-MigrationEndpoint -Identity 'Created elsewhere')",
		"$ep = Get-MigrationEndpoint Hybrid\nNew-MigrationBatch -Name Wave1 -SourceEndpoint $ep.Identity",
		"New-MigrationBatch @settings",
		// Exactly 64 characters, and the switch turned off.
		`New-MigrationBatch -Name '${"W".repeat(64)}' -CSVData $bytes`,
		"New-MigrationBatch -Name Wave1 -CSVData $bytes -AllowUnknownColumnsInCsv $false",
		"New-MigrationBatch -Name Wave1 -CSVData $bytes -AllowUnknownColumnsInCsv:$false",
		// Mentioned in a comment or a string only.
		"# New-MigrationBatch -Name Wave1 -CSVData 'C:\\wave1.csv' -AllowUnknownColumnsInCsv $true\nWrite-Host \"New-MigrationBatch -CSVData 'C:\\wave1.csv'\"",
		"Write-Output 'New-MigrationBatch -AllowUnknownColumnsInCsv $true'",
		// One public folder batch at a time: the first is removed before the second.
		"New-MigrationEndpoint -PublicFolder -Name PF -RemoteServer mail.contoso.com -Credentials $cred -PublicFolderDatabase PFDB\nNew-MigrationBatch -Name PF1 -SourceEndpoint PF -CSVData $map1\nRemove-MigrationBatch -Identity PF1 -Confirm:$false\nNew-MigrationBatch -Name PF2 -SourceEndpoint PF -CSVData $map2",
		// -AddUsers with its CSV file, turned off, or with a splat that may hold the file.
		"Set-MigrationBatch -Identity Wave1 -AddUsers -CSVData ([System.IO.File]::ReadAllBytes('C:\\Batches\\wave1-late.csv'))",
		"Set-MigrationBatch -Identity Wave1 -AddUsers:$false -NotificationEmails admin@contoso.com",
		"Set-MigrationBatch -Identity Wave1 -AddUsers @newUsers",
	],
	invalid: [
		{
			code: "New-MigrationBatch -Name Wave1 -CSVData 'C:\\Batches\\wave1.csv' -AutoStart",
			errors: [{ messageId: "csvDataPath", line: 1, column: 41, endLine: 1, endColumn: 63 }],
		},
		{
			code: 'New-MigrationBatch -Name Wave1 -CSVData:"$PSScriptRoot\\wave1.csv"',
			errors: [{ messageId: "csvDataPath", line: 1, column: 41, endLine: 1, endColumn: 66 }],
		},
		{
			code: "$users = Import-Csv -Path C:\\Batches\\wave1.csv\nNew-MigrationBatch -Name Wave1 -CSVData $users",
			errors: [{ messageId: "csvDataObjects", line: 2, column: 41, endLine: 2, endColumn: 47 }],
		},
		{
			code: "New-MigrationBatch -Name Wave1 -CSVData (Import-Csv C:\\Batches\\wave1.csv | Where-Object EmailAddress)",
			errors: [{ messageId: "csvDataObjects", line: 1, column: 41, endLine: 1, endColumn: 102 }],
		},
		{
			code: "New-MigrationBatch -Name Wave1 -CSVData (Get-Content -Path C:\\Batches\\wave1.csv -Raw)",
			errors: [{ messageId: "csvDataText", line: 1, column: 41, endLine: 1, endColumn: 86 }],
		},
		{
			// A unique prefix of -CSVData.
			code: "New-MigrationBatch -Name Wave1 -CSV ([System.IO.File]::ReadAllText('C:\\Batches\\wave1.csv'))",
			errors: [{ messageId: "csvDataText", line: 1, column: 37, endLine: 1, endColumn: 92 }],
		},
		{
			// Splatted.
			code: "$batch = @{ Name = 'Wave1'; CSVData = [System.IO.File]::ReadAllBytes('batches\\wave1.csv') }\nNew-MigrationBatch @batch",
			errors: [{ messageId: "relativePath", line: 1, column: 70, endLine: 1, endColumn: 89 }],
		},
		{
			// Module-qualified, the path in a variable assigned once.
			code: "$path = '.\\wave1.csv'\nExchangeOnlineManagement\\New-MigrationBatch -Name Wave1 -CSVData ([IO.File]::ReadAllBytes($path))",
			errors: [{ messageId: "relativePath", line: 2, column: 91, endLine: 2, endColumn: 96 }],
		},
		{
			// -OutVariable of another variable, and $script:, do not hide the constant.
			code: "$script:path = '.\\wave1.csv'\nGet-Mailbox -OutVariable mailboxes\nNew-MigrationBatch -Name Wave1 -CSVData ([IO.File]::ReadAllBytes($path))",
			errors: [{ messageId: "relativePath", line: 3, column: 66, endLine: 3, endColumn: 71 }],
		},
		{
			code: "New-MigrationBatch -Name Wave1 -CSVData ([IO.File]::ReadAllBytes((Join-Path 'batches' 'wave1.csv')))",
			errors: [{ messageId: "relativePath", line: 1, column: 66, endLine: 1, endColumn: 99 }],
		},
		{
			code: 'Set-MigrationBatch -Identity Wave1 -CSVData ([System.IO.File]::ReadAllBytes("batches\\$wave.csv"))',
			errors: [{ messageId: "relativePath", line: 1, column: 77, endLine: 1, endColumn: 96 }],
		},
		{
			code: "New-MigrationEndpoint -IMAP -Name 'Fabrikam IMAP' -RemoteServer imap.fabrikam.com -Port 993\nNew-MigrationBatch -Name Wave1 -SourceEndpoint 'Fabrikam IMAP' -AutoStart",
			errors: [{ messageId: "csvDataMissing", data: { name: "Fabrikam IMAP", switchName: "IMAP" }, line: 2, column: 1, endLine: 2, endColumn: 19 }],
		},
		{
			code: "$ep = New-MigrationEndpoint -ExchangeRemoteMove -Name Hybrid -RemoteServer mail.contoso.com -Credentials $cred\nNew-MigrationBatch -Name Wave1 -SourceEndpoint $ep.Identity -TargetDeliveryDomain contoso.mail.onmicrosoft.com",
			errors: [{ messageId: "csvDataMissing", data: { name: "Hybrid", switchName: "ExchangeRemoteMove" }, line: 2, column: 1, endLine: 2, endColumn: 19 }],
		},
		{
			code: "New-MigrationBatch -Name 'Contoso finance department wave one of the staged migration, second try' -CSVData $bytes",
			errors: [{ messageId: "nameTooLong", data: { length: "71" }, line: 1, column: 26, endLine: 1, endColumn: 99 }],
		},
		{
			code: "$oa = New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name Cutover -EmailAddress admin@contoso.com -Credentials $cred\nNew-MigrationBatch -Name Cutover1 -SourceEndpoint $oa.Identity\nNew-MigrationBatch -Name Cutover2 -SourceEndpoint Cutover",
			errors: [{ messageId: "secondCutover", data: { line: "2" }, line: 3, column: 1, endLine: 3, endColumn: 19 }],
		},
		{
			code: "New-MigrationBatch -Name Wave1 -CSVData $bytes -AllowUnknownColumnsInCsv $true",
			errors: [{ messageId: "unknownColumnsAllowed", line: 1, column: 48, endLine: 1, endColumn: 73 }],
		},
		{
			code: "New-MigrationBatch -Name Wave1 -CSVData $bytes -AllowUnknown:$true",
			errors: [{ messageId: "unknownColumnsAllowed", line: 1, column: 48, endLine: 1, endColumn: 67 }],
		},
		{
			// A key added to the splatted hashtable after its literal.
			code: "$p = @{ Name = 'Wave1'; CSVData = $bytes }\n$p.AllowUnknownColumnsInCsv = $true\nNew-MigrationBatch @p",
			errors: [{ messageId: "unknownColumnsAllowed", line: 2, column: 1, endLine: 2, endColumn: 36 }],
		},
		{
			code: "New-MigrationEndpoint -PublicFolder -Name PF -RemoteServer mail.contoso.com -Credentials $cred -PublicFolderDatabase PFDB\nNew-MigrationBatch -Name PF1 -SourceEndpoint PF -CSVData $map1\nNew-MigrationBatch -Name PF2 -PublicFolderToUnifiedGroup -CSVData $map2",
			errors: [{ messageId: "secondPublicFolderBatch", data: { line: "2" }, line: 3, column: 1, endLine: 3, endColumn: 19 }],
		},
		{
			code: "Set-MigrationBatch -Identity Wave1 -AddUsers",
			errors: [{ messageId: "addUsersWithoutCsvData", line: 1, column: 36, endLine: 1, endColumn: 45 }],
		},
		{
			code: "$p = @{ Identity = 'Wave1'; AddUsers = $true }\nSet-MigrationBatch @p",
			errors: [{ messageId: "addUsersWithoutCsvData", line: 1, column: 29, endLine: 1, endColumn: 37 }],
		},
	],
});
