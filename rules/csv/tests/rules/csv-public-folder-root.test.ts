import rule from "../../src/rules/csv-public-folder-root.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("csv-public-folder-root", rule, {
	valid: [
		"FolderPath,TargetMailbox\n\\,PFMailbox1\n\\Sales,PFMailbox2\n",
		// The root need not come first.
		"FolderPath,TargetMailbox\n\\Sales,PFMailbox2\n\\,PFMailbox1\n",
		{ code: "FolderPath,TargetMailbox\n\\,PFMailbox1\n", languageOptions: { csvType: "public-folder-map" } },
		// A Microsoft 365 Groups map has no root row.
		"FolderPath,TargetGroupMailbox\n\\Sales,sales@contoso.com\n",
		// No rows: csv-empty reports the file. No FolderPath column: csv-columns reports the header.
		"FolderPath,TargetMailbox\n",
		{ code: "TargetMailbox\nPFMailbox1\n", languageOptions: { csvType: "public-folder-map" } },
		// Other types are not checked.
		{ code: "EmailAddress\nterry@contoso.com\n", languageOptions: { csvType: "staged" } },
	],
	invalid: [
		{
			code: "FolderPath,TargetMailbox\n\\Sales,PFMailbox1\n\\HR,PFMailbox2\n",
			errors: [{ messageId: "missingRoot", line: 1, column: 1, endLine: 1, endColumn: 11 }],
		},
		{
			// The root must be exactly \, without blanks.
			code: 'TargetMailbox,"FolderPath"\nPFMailbox1,\\ \n',
			languageOptions: { csvType: "public-folder-map" },
			errors: [{ messageId: "missingRoot", line: 1, column: 15, endLine: 1, endColumn: 27 }],
		},
		{
			code: 'FolderPath,TargetMailbox\n\\,PFMailbox1\n\\Sales,PFMailbox1\n\\,PFMailbox2\n"\\",PFMailbox3\n',
			errors: [
				{ messageId: "extraRoot", data: { first: "2" }, line: 4, column: 1, endLine: 4, endColumn: 2 },
				{ messageId: "extraRoot", data: { first: "2" }, line: 5, column: 1, endLine: 5, endColumn: 4 },
			],
		},
	],
});
