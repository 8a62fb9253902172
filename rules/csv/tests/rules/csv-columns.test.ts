import rule from "../../src/rules/csv-columns.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("csv-columns", rule, {
	valid: [
		"EmailAddress,Password,ForceChangePassword\nuser@contoso.com,Pa$$w0rd1,False\n",
		"EmailAddress\nuser@contoso.com\n",
		// Spelling variants are csv-header's business: the column is present.
		"emailaddress, Password\nuser@contoso.com,x\n",
		// A file of unknown type gets only the generic rules.
		"Name,Department\nTerry,Sales\n",
		{ code: "EmailAddress,Department\nuser@contoso.com,Sales\n", options: [{ allowUnknownColumns: true }] },
	],
	invalid: [
		{
			code: "EmailAddress,Password,ForcePasswordChange\nuser@contoso.com,x,False\n",
			errors: [
				{
					messageId: "notAllowed",
					data: {
						name: "'ForcePasswordChange'",
						type: "a staged migration batch",
						fix: "rename or remove it.",
					},
					line: 1,
					column: 23,
					endLine: 1,
					endColumn: 42,
				},
			],
		},
		{
			code: "EmailAddress,Pasword\nuser@contoso.com,x\n",
			errors: [
				{
					messageId: "notAllowed",
					data: {
						name: "'Pasword'",
						type: "a staged migration batch",
						fix: "did you mean 'Password'?",
					},
					column: 14,
					endColumn: 21,
				},
			],
		},
		{
			// A type with many columns: the message does not list them (the rule's page does).
			code: "EmailAddress,TargetDb\nuser@contoso.com,DB1\n",
			languageOptions: { csvType: "remote-move-offboarding" },
			errors: [
				{
					messageId: "notAllowed",
					data: { name: "'TargetDb'", type: "a remote move offboarding or cross-forest batch", fix: "rename or remove it." },
					column: 14,
					endColumn: 22,
				},
			],
		},
		{
			// A header that names a password column may hold a password anywhere: an unknown name is not shown.
			code: "EmailAddress,Password,Xq7!zz\nuser@contoso.com,x,y\n",
			errors: [
				{
					messageId: "notAllowed",
					data: { name: "in column 3 (not shown: it may be a password)", type: "a staged migration batch", fix: "rename or remove it." },
					column: 23,
					endColumn: 29,
				},
			],
		},
		{
			// A hidden name gets no did-you-mean either: 'Password' would tell how close the hidden cell is to a password.
			code: "EmailAddress,Password,Passw0rdd\nuser@contoso.com,x,y\n",
			errors: [
				{
					messageId: "notAllowed",
					data: { name: "in column 3 (not shown: it may be a password)", type: "a staged migration batch", fix: "rename or remove it." },
					column: 23,
					endColumn: 32,
				},
			],
		},
		{
			// A long name is cut, so that the message stays one line.
			code: `EmailAddress,${"ArchiveDestinationDatabaseForTheMailbox".repeat(3)}\nuser@contoso.com,y\n`,
			languageOptions: { csvType: "remote-move-offboarding" },
			errors: [
				{
					messageId: "notAllowed",
					data: {
						name: "'ArchiveDestinationDatabaseForTheMailboxArchiveDestinationDa…'",
						type: "a remote move offboarding or cross-forest batch",
						fix: "rename or remove it.",
					},
					column: 14,
					endColumn: 131,
				},
			],
		},
		{
			// The type comes from the configuration (csv.types), so a missing required column is reported.
			code: "Mail,Password\nuser@contoso.com,x\n",
			languageOptions: { csvType: "staged" },
			errors: [
				{ messageId: "notAllowed", column: 1, endColumn: 5 },
				{
					messageId: "missingRequired",
					data: { column: "EmailAddress", type: "a staged migration batch", reason: "csv.types maps this file to staged" },
					line: 1,
					column: 1,
					endLine: 1,
					endColumn: 14,
				},
			],
		},
		{
			// A script creates an IMAP batch from the file (miglint's project facts): it is checked as one.
			code: "EmailAddress,Password,ForceChangePassword\nuser@contoso.com,x,False\n",
			languageOptions: { scriptBatch: { type: "imap", script: "scripts/start-imap.ps1:14:5" } },
			errors: [
				{
					messageId: "missingRequired",
					data: {
						column: "UserName",
						type: "an IMAP migration batch",
						reason: "scripts/start-imap.ps1:14:5 creates an IMAP migration batch from it",
					},
					column: 1,
					endColumn: 42,
				},
				{
					messageId: "notAllowed",
					data: {
						name: "'ForceChangePassword'",
						type: "an IMAP migration batch",
						fix: "rename or remove it.",
					},
					line: 1,
					column: 23,
					endColumn: 42,
				},
			],
		},
	],
});
