import rule from "../../src/rules/ps-migration-schedule.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("ps-migration-schedule", rule, {
	valid: [
		// Year first reads the same everywhere; so do a [datetime] cast (invariant culture) and Get-Date's objects.
		"New-MigrationBatch -Name W1 -CSVData $bytes -CompleteAfter '2026-02-01 19:00Z' -StartAfter 2026-01-30",
		"New-MigrationBatch -Name W1 -CSVData $bytes -CompleteAfter '2026/02/01 7:00 PM'",
		"New-MigrationBatch -Name W1 -CSVData $bytes -CompleteAfter ([datetime]'02/01/2026 19:00')",
		"New-MigrationBatch -Name W1 -CSVData $bytes -CompleteAfter (Get-Date).AddDays(2)",
		"$when = (Get-Date -Date '2026-02-01').ToUniversalTime()\nSet-MigrationBatch -Identity W1 -CompleteAfter $when",
		// Not known: a string built at run time.
		'Set-MigrationBatch -Identity W1 -CompleteAfter "$day 19:00"',
		// Windows time zone key names, in any case.
		"New-MigrationBatch -Name Cutover -SourceEndpoint $ep.Identity -TimeZone 'Pacific Standard Time' -AutoStart",
		"New-MigrationBatch -Name Cutover -SourceEndpoint $ep.Identity -TimeZone UTC",
		"New-MigrationBatch -Name Cutover -SourceEndpoint $ep.Identity -TimeZone 'w. europe standard time'",
		"New-MigrationBatch -Name Cutover -SourceEndpoint $ep.Identity -TimeZone $zone",
		// Other cmdlets with parameters of these names.
		"New-MoveRequest -Identity a@contoso.com -CompleteAfter '01/02/2026'",
		"Set-Date -Date '01/02/2026'",
	],
	invalid: [
		{
			code: "New-MigrationBatch -Name W1 -CSVData $bytes -CompleteAfter \"09/01/2026 7:00 PM\" -TimeZone 'Pacific Standard Time'",
			errors: [{ messageId: "machineDateFormat", line: 1, column: 60, endLine: 1, endColumn: 80 }],
		},
		{
			// Through a variable, a bare word, with dots and a two-digit year.
			code: "$start = '1.2.26'\nSet-MigrationBatch -Identity W1 -StartAfter $start -CompleteAfter 01/02/2026",
			errors: [
				{
					message: "'1.2.26' is read with the date format of the machine that runs the script; write the date year first, as in '2026-02-01 19:00Z'.",
					line: 2,
					column: 45,
					endLine: 2,
					endColumn: 51,
				},
				{ messageId: "machineDateFormat", line: 2, column: 67, endLine: 2, endColumn: 77 },
			],
		},
		{
			code: "$batch = @{ Name = 'W1'; CSVData = $bytes; StartAfter = '13-02-2026' }\nNew-MigrationBatch @batch",
			errors: [{ messageId: "machineDateFormat", line: 1, column: 57, endLine: 1, endColumn: 69 }],
		},
		{
			code: "New-MigrationBatch -Name W1 -CSVData $bytes -TimeZone 'Europe/Paris'",
			errors: [
				{
					message: "'Europe/Paris' is an IANA time zone name, but -TimeZone takes a Windows time zone key name; write 'Romance Standard Time'.",
					line: 1,
					column: 55,
					endLine: 1,
					endColumn: 69,
				},
			],
		},
		{
			code: "New-MigrationBatch -Name W1 -CSVData $bytes -TimeZone PST",
			errors: [{ messageId: "unknownTimeZone", line: 1, column: 55, endLine: 1, endColumn: 58 }],
		},
		{
			// GMT is not a key; "GMT Standard Time" is London's.
			code: "New-MigrationBatch -Name W1 -CSVData $bytes -TimeZone:'GMT'",
			errors: [{ messageId: "unknownTimeZone", line: 1, column: 55, endLine: 1, endColumn: 60 }],
		},
	],
});
