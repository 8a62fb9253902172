import rule from "../../src/rules/csv-distinct-limit.js";
import { createRuleTester } from "../rule-tester.js";

/** A public folder map with the root and one folder for each mailbox name. */
function publicFolderMap(mailboxes: readonly string[]): string {
	const rows = mailboxes.map((mailbox, index) => `\\Projects\\P${index + 1},${mailbox}`);
	return `FolderPath,TargetMailbox\n\\,${mailboxes[0]}\n${rows.join("\n")}\n`;
}

const numbered = (count: number) => Array.from({ length: count }, (_, index) => `PFMailbox${index + 1}`);

createRuleTester().run("csv-distinct-limit", rule, {
	valid: [
		publicFolderMap(numbered(100)),
		// Names differing only in letter case or blanks are the same mailbox.
		publicFolderMap([...numbered(100), "pfmailbox1", " PFMAILBOX2 "]),
		// Empty values are csv-required-value's business.
		publicFolderMap([...numbered(100), ""]),
		{ code: publicFolderMap(numbered(3)), options: [{ max: 3 }] },
		{ code: publicFolderMap(numbered(100)), languageOptions: { csvType: "public-folder-map" } },
		// No other type limits how many different values a column holds.
		`EmailAddress\n${numbered(150)
			.map((name) => `${name}@contoso.com`)
			.join("\n")}\n`,
		{ code: "FolderPath,TargetGroupMailbox\n\\A,a@contoso.com\n\\B,b@contoso.com\n", options: [{ max: 1 }] },
	],
	invalid: [
		{
			code: publicFolderMap(numbered(101)),
			errors: [
				{
					messageId: "tooManyDistinct",
					data: { count: "101", column: "TargetMailbox", limit: "a public folder to mailbox map takes at most 100", value: "'PFMailbox101'" },
					line: 103,
					column: 16,
					endLine: 103,
					endColumn: 28,
				},
			],
		},
		{
			// Reported once, at the first value over the limit, with the total.
			code: publicFolderMap([...numbered(100), "pfmailbox7", "Archive", "PFMailbox3", "Legal", "Legal"]),
			languageOptions: { csvType: "public-folder-map" },
			errors: [
				{
					messageId: "tooManyDistinct",
					data: { count: "102", column: "TargetMailbox", limit: "a public folder to mailbox map takes at most 100", value: "'Archive'" },
					line: 104,
					column: 16,
					endColumn: 23,
				},
			],
		},
		{
			code: publicFolderMap(numbered(4)),
			options: [{ max: 3 }],
			errors: [
				{
					messageId: "tooManyDistinct",
					data: { count: "4", column: "TargetMailbox", limit: "the configured limit is 3", value: "'PFMailbox4'" },
					line: 6,
					column: 14,
					endColumn: 24,
				},
			],
		},
	],
});
