import rule from "../../src/rules/csv-max-size.js";
import { createRuleTester } from "../rule-tester.js";

const TEN_MB = 10 * 1024 * 1024;
const IMAP_HEADER = "EmailAddress,UserName,Password,UserRoot\n";

/** An IMAP batch of exactly `bytes` bytes: one row whose UserRoot is padded to fill the file. */
function imapOfSize(bytes: number): string {
	const row = "terry.adams@contoso.com,terry.adams,Tr4il-Mix-88,/users/";
	return `${IMAP_HEADER}${row}${"t".repeat(bytes - IMAP_HEADER.length - row.length - 1)}\n`;
}

createRuleTester().run("csv-max-size", rule, {
	valid: [
		// Large cases are named: RuleTester names a case by its code, which would fill the test log.
		{ name: "an IMAP batch of exactly 10 MB", code: imapOfSize(TEN_MB) },
		// Staged batches have a row limit but no documented size limit.
		{ name: "a staged batch over 10 MB", code: `EmailAddress,Password\nterry.adams@contoso.com,${"x".repeat(TEN_MB)}\n` },
		// A lone EmailAddress column fits several batch types; none of them has a size limit.
		`EmailAddress\n${"terry.adams@contoso.com\n".repeat(2)}`,
		{ code: "EmailAddress\nterry.adams@contoso.com\n", options: [{ max: 37 }] },
		// Unknown type and no option: no limit.
		{ name: "a file of unknown type over 10 MB", code: `Mail\n${"a".repeat(TEN_MB + 1)}\n` },
	],
	invalid: [
		{
			name: "an IMAP batch one byte over 10 MB",
			code: imapOfSize(TEN_MB + 1),
			errors: [
				{
					messageId: "tooLarge",
					data: { size: "10,485,761", limit: "an IMAP migration batch can be at most 10,485,760" },
					line: 1,
					column: 1,
					endLine: 1,
					endColumn: 1,
				},
			],
		},
		{
			code: "EmailAddress\nterry.adams@contoso.com\n",
			options: [{ max: 36 }],
			errors: [{ messageId: "tooLarge", data: { size: "37", limit: "the configured limit is 36" }, line: 1, column: 1, endLine: 1, endColumn: 1 }],
		},
		{
			// Multi-byte characters count by their UTF-8 bytes.
			code: "Mail\nJosé\n",
			languageOptions: { allFiles: true },
			options: [{ max: 10 }],
			errors: [{ messageId: "tooLarge", data: { size: "11", limit: "the configured limit is 10" }, line: 1, column: 1 }],
		},
	],
});
