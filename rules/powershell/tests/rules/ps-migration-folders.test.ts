import rule from "../../src/rules/ps-migration-folders.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("ps-migration-folders", rule, {
	valid: [
		// The reference's example: folder names relative to the IMAP root.
		'New-MigrationBatch -Name I1 -CSVData $bytes -SourceEndpoint IMAP1 -ExcludeFolders "Deleted Items","Junk Email"',
		// The documented forms: a personal folder, its subfolders, a well-known folder, with its subfolders, and the escape.
		"New-MigrationBatch -Name G1 -CSVData $bytes -IncludeFolders 'MyProjects', 'MyProjects/FY2010', 'Payment/*', '#Inbox#', '#sentitems#/*', '\\#Notes\\#'",
		"$folders = @('#JunkEmail#', '#DeletedItems#')\nNew-MigrationBatch -Name G1 -CSVData $bytes -ExcludeFolders $folders",
		// A `#...#` name that looks like no well-known folder: a personal folder, as far as the rule can tell.
		"New-MigrationBatch -Name G1 -CSVData $bytes -ExcludeFolders '#Projects#'",
		// Not known, and not this cmdlet.
		"New-MigrationBatch -Name G1 -CSVData $bytes -ExcludeFolders $excluded",
		"New-MailboxExportRequest -Mailbox a -FilePath \\\\s\\a.pst -ExcludeFolders '#Inbox#/*', 'Archive*'",
	],
	invalid: [
		{
			code: "New-MigrationBatch -Name G1 -CSVData $bytes -ExcludeFolders 'Archive*', 'Old/*/2019'",
			errors: [
				{
					message: "'Archive*' has a wildcard, which folder names cannot have; list each folder, and end one with '/*' to take its subfolders.",
					line: 1,
					column: 61,
					endLine: 1,
					endColumn: 71,
				},
				{ messageId: "wildcard", line: 1, column: 73, endLine: 1, endColumn: 85 },
			],
		},
		{
			code: "$folders = '#Sent Items#', '#Junk E-mail#/*'\nNew-MigrationBatch -Name G1 -CSVData $bytes -IncludeFolders:$folders",
			errors: [
				{
					message: "'#Sent Items#' is not a well-known folder name; write '#SentItems#' to mean that folder in any language.",
					line: 1,
					column: 12,
					endLine: 1,
					endColumn: 26,
				},
				{
					message: "'#Junk E-mail#/*' is not a well-known folder name; write '#JunkEmail#/*' to mean that folder in any language.",
					line: 1,
					column: 28,
					endLine: 1,
					endColumn: 45,
				},
			],
		},
		{
			code: "$batch = @{ Name = 'G1'; CSVData = $bytes; ExcludeFolders = @('#deleted items#') }\nNew-MigrationBatch @batch",
			errors: [{ messageId: "wellKnownName", line: 1, column: 63, endLine: 1, endColumn: 80 }],
		},
	],
});
