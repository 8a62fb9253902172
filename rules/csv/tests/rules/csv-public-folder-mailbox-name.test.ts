import rule from "../../src/rules/csv-public-folder-mailbox-name.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("csv-public-folder-mailbox-name", rule, {
	valid: [
		"FolderPath,TargetMailbox\n\\,PFMailbox1\n\\Sales,PFMailbox2\n",
		"FolderPath,TargetMailbox\n\\,PF-Hierarchy\n\\Sales,PF-Sales\n",
		// Names that only contain the generic one.
		"FolderPath,TargetMailbox\n\\,SalesMailbox1\n\\HR,Mailbox1-HR\n\\IT,Mailbox\n",
		// Another type: a Microsoft 365 Groups map, a staged batch.
		"FolderPath,TargetGroupMailbox\n\\Sales,mailbox1@contoso.com\n",
		{ code: "EmailAddress,Password\nmailbox1@contoso.com,Mailbox1\n", languageOptions: { csvType: "staged" } },
	],
	invalid: [
		{
			// One finding per name, at its first row.
			code: "FolderPath,TargetMailbox\n\\,Mailbox1\n\\Sales,Mailbox2\n\\Sales\\2024,Mailbox2\n\\HR,mailbox1\n",
			errors: [
				{ messageId: "genericName", data: { name: "'Mailbox1'" }, line: 2, column: 3, endLine: 2, endColumn: 11 },
				{ messageId: "genericName", data: { name: "'Mailbox2'" }, line: 3, column: 8, endLine: 3, endColumn: 16 },
			],
		},
		{
			code: 'TargetMailbox,FolderPath\n"Mailbox12",\\\n',
			languageOptions: { csvType: "public-folder-map" },
			errors: [{ messageId: "genericName", data: { name: "'Mailbox12'" }, line: 2, column: 1, endColumn: 12 }],
		},
	],
});
