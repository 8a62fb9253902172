import rule from "../../src/rules/csv-max-rows.js";
import { createRuleTester } from "../rule-tester.js";

function staged(rows: number, blankLines = 0): string {
	const lines = ["EmailAddress,ForceChangePassword"];
	for (let index = 1; index <= rows; index++) {
		lines.push(`user${index}@contoso.com,False`);
	}
	return `${lines.join("\n")}\n${"\n".repeat(blankLines)}`;
}

function groupsMap(rows: number): string {
	const lines = ["FolderPath,TargetGroupMailbox"];
	for (let index = 1; index <= rows; index++) {
		lines.push(`\\Projects\\P${index},p${index}@contoso.com`);
	}
	return `${lines.join("\n")}\n`;
}

const imap = (rows: number) => `EmailAddress,UserName,Password\n${"terry@contoso.com,terry,Tr4il-Mix-88\n".repeat(rows)}`;

createRuleTester().run("csv-max-rows", rule, {
	valid: [
		staged(2000),
		// Blank lines are not rows (csv-field-count reports them).
		staged(2000, 3),
		{ code: staged(3), options: [{ max: 3 }] },
		// Unknown type and no option: no limit.
		"Mail\na\nb\nc\n",
		// A lone EmailAddress column also fits remote move and other batches, which have no documented limit.
		`EmailAddress\n${"user@contoso.com\n".repeat(2001)}`,
		imap(50_000),
		groupsMap(500),
	],
	invalid: [
		{
			code: imap(50_001),
			errors: [{ messageId: "tooManyRows", data: { count: "50,001", limit: "an IMAP migration batch takes at most 50,000" }, line: 50_002, column: 1 }],
		},
		{
			code: groupsMap(501),
			errors: [
				{
					messageId: "tooManyRows",
					data: { count: "501", limit: "a public folder to Microsoft 365 Groups map takes at most 500" },
					line: 502,
					column: 1,
				},
			],
		},
		{
			code: staged(2001),
			errors: [
				{
					messageId: "tooManyRows",
					data: { count: "2,001", limit: "a staged migration batch takes at most 2,000" },
					line: 2002,
					column: 1,
					endLine: 2002,
					endColumn: 27,
				},
			],
		},
		{
			code: staged(5),
			options: [{ max: 3 }],
			errors: [{ messageId: "tooManyRows", data: { count: "5", limit: "the configured limit is 3" }, line: 5 }],
		},
		{
			code: `EmailAddress\n${"user@contoso.com\n".repeat(4)}`,
			options: [{ max: 3 }],
			errors: [{ messageId: "tooManyRows", line: 5 }],
		},
		{
			code: "Mail\na\nb\nc\n",
			languageOptions: { allFiles: true },
			options: [{ max: 2 }],
			errors: [{ messageId: "tooManyRows", line: 4 }],
		},
	],
});
