import rule from "../../src/rules/csv-unique-email-across-batches.js";
import { createRuleTester } from "../rule-tester.js";

const otherBatches = (entries: Record<string, string[]>) => ({ miglint: { project: { otherBatches: entries } } });

createRuleTester().run("csv-unique-email-across-batches", rule, {
	valid: [
		// Without project facts (plain ESLint, one file at a time) the rule has nothing to compare with.
		"EmailAddress\na@contoso.com\n",
		{ code: "EmailAddress\na@contoso.com\n", settings: otherBatches({ "b@contoso.com": ["batches/wave2.csv row 2"] }) },
		// Only columns that name a mailbox are compared.
		{ code: "FolderPath,TargetMailbox\n\\,a@contoso.com\n", settings: otherBatches({ "a@contoso.com": ["batches/wave2.csv row 2"] }) },
		// Values that name what every object inherits are looked up as addresses like any other.
		{ code: "EmailAddress\nconstructor\n__proto__\ntoString\n", settings: otherBatches({ "a@contoso.com": ["batches/wave2.csv row 2"] }) },
	],
	invalid: [
		{
			code: "EmailAddress,Password\r\nc@contoso.com,Secret-1\r\nA@Contoso.com,Secret-2\r\n",
			settings: otherBatches({ "a@contoso.com": ["batches/wave2.csv row 2", "batches/wave3.csv row 7"] }),
			errors: [
				{
					messageId: "inOtherBatch",
					data: { column: "EmailAddress", value: "'A@Contoso.com'", places: "batches/wave2.csv row 2 and 1 other batch" },
					line: 3,
					column: 1,
					endLine: 3,
					endColumn: 14,
				},
			],
		},
		{
			// In many batches: the first place, and how many others.
			code: "EmailAddress\na@contoso.com\n",
			settings: otherBatches({ "a@contoso.com": ["batches/wave2.csv row 2", "batches/wave3.csv row 7", "batches/wave4.csv row 3", "batches/wave5.csv row 9"] }),
			errors: [
				{
					messageId: "inOtherBatch",
					data: { column: "EmailAddress", value: "'a@contoso.com'", places: "batches/wave2.csv row 2 and 3 other batches" },
					line: 2,
					column: 1,
				},
			],
		},
	],
});
