import rule from "../../src/rules/csv-value-format.js";
import { createRuleTester } from "../rule-tester.js";

const MAILBOX_TYPES = "one of PrimaryOnly, ArchiveOnly or PrimaryAndArchive";
const ITEM_LIMIT = "Unlimited or a whole number from 0 to 2147483647";
const FOLDER_PATH = "a public folder path starting with \\, such as \\Sales\\2024";
const BYTES = "a size in bytes: digits only, without a unit or separators";

createRuleTester().run("csv-value-format", rule, {
	valid: [
		"EmailAddress,BadItemLimit,LargeItemLimit,MailboxType\nterry@contoso.com,Unlimited,0,primaryonly\nann@contoso.com,,,\nken@contoso.com,2147483647,007,PrimaryAndArchive\n",
		{ code: "EmailAddress,BadItemLimit,MailboxType\nterry@contoso.com,unlimited,ArchiveOnly\n", languageOptions: { csvType: "local-move" } },
		"FolderPath,TargetMailbox\n\\,PFMailbox1\n\\Sales\\2024,PFMailbox1\n",
		"FolderName,FolderSize,DeletedItemSize\n\\,0,0\n\\Sales,1048576,\n",
		// Addresses, passwords and ForceChangePassword belong to csv-email-address, csv-password-policy and csv-force-change-password.
		"EmailAddress,Password,ForceChangePassword\nnot-an-address,short,Yes\n",
		"EmailAddress,UserName,Password\nnot-an-address,terry,x\n",
		"EmailAddress,Username\nterry@contoso.com,terry\n",
		"FolderPath,TargetGroupMailbox\n\\Sales,sales-team\n",
		// Unknown type: no column has a documented format.
		"Mail,Size\nx,1 MB\n",
	],
	invalid: [
		{
			// Inferred from the header: fits several remote move types, whose MailboxType values are the same.
			code: "EmailAddress,MailboxType\nterry@contoso.com,Primary\n",
			errors: [
				{
					messageId: "invalidValue",
					data: { column: "MailboxType", value: "'Primary'", expected: MAILBOX_TYPES },
					line: 2,
					column: 19,
					endLine: 2,
					endColumn: 26,
				},
			],
		},
		{
			code: "EmailAddress,BadItemLimit,LargeItemLimit\nterry@contoso.com,-1,2147483648\nann@contoso.com,10,none\n",
			errors: [
				{ messageId: "invalidValue", data: { column: "BadItemLimit", value: "'-1'", expected: ITEM_LIMIT }, line: 2, column: 19, endLine: 2, endColumn: 21 },
				{
					messageId: "invalidValue",
					data: { column: "LargeItemLimit", value: "'2147483648'", expected: ITEM_LIMIT },
					line: 2,
					column: 22,
					endLine: 2,
					endColumn: 32,
				},
				{
					messageId: "invalidValue",
					data: { column: "LargeItemLimit", value: "'none'", expected: ITEM_LIMIT },
					line: 3,
					column: 20,
					endLine: 3,
					endColumn: 24,
				},
			],
		},
		{
			code: "EmailAddress,BadItemLimit\nterry@contoso.com,ten\n",
			languageOptions: { csvType: "local-move" },
			errors: [
				{ messageId: "invalidValue", data: { column: "BadItemLimit", value: "'ten'", expected: ITEM_LIMIT }, line: 2, column: 19, endLine: 2, endColumn: 22 },
			],
		},
		{
			// The location is the cell, quotes included.
			code: 'FolderPath,TargetMailbox\n\\,PFMailbox1\n"Sales\\2024",PFMailbox1\n',
			errors: [
				{
					messageId: "invalidValue",
					data: { column: "FolderPath", value: "'Sales\\2024'", expected: FOLDER_PATH },
					line: 3,
					column: 1,
					endLine: 3,
					endColumn: 13,
				},
			],
		},
		{
			code: "FolderPath,TargetGroupMailbox\r\n/Sales,sales@contoso.com\r\n",
			languageOptions: { csvType: "public-folder-groups" },
			errors: [
				{ messageId: "invalidValue", data: { column: "FolderPath", value: "'/Sales'", expected: FOLDER_PATH }, line: 2, column: 1, endLine: 2, endColumn: 7 },
			],
		},
		{
			code: "FolderName,FolderSize,DeletedItemSize\n\\Sales,1 MB,0\n\\HR,2048,-5\n",
			errors: [
				{ messageId: "invalidValue", data: { column: "FolderSize", value: "'1 MB'", expected: BYTES }, line: 2, column: 8, endLine: 2, endColumn: 12 },
				{ messageId: "invalidValue", data: { column: "DeletedItemSize", value: "'-5'", expected: BYTES }, line: 3, column: 10, endLine: 3, endColumn: 12 },
			],
		},
		{
			// A row with misplaced fields may carry anything, a password included: its value is not shown.
			code: "EmailAddress,MailboxType\nterry@contoso.com,Primary,extra\n",
			errors: [
				{
					messageId: "invalidValue",
					data: { column: "MailboxType", value: "(value not shown: the row has misplaced fields)", expected: MAILBOX_TYPES },
					line: 2,
					column: 19,
				},
			],
		},
	],
});
