import rule from "../../src/rules/csv-assumed-type.js";
import { createRuleTester } from "../rule-tester.js";

/** A batch of `rows` addresses under `header` (each row repeats `fields` after the address). */
function batch(header: string, rows: number, fields = ""): string {
	const lines = [header];
	for (let index = 1; index <= rows; index++) {
		lines.push(`user${index}@contoso.com${fields}`);
	}
	return `${lines.join("\n")}\n`;
}

createRuleTester().run("csv-assumed-type", rule, {
	valid: [
		// Fits several types, but each of them takes 2,000 rows: nothing goes unchecked.
		batch("EmailAddress", 2000),
		// The header says staged: csv-max-rows applies the limit.
		batch("EmailAddress,Password,ForceChangePassword", 2500, ",Tr4il-Mix-88,False"),
		// Declared in csv.types: csv-max-rows applies the limit.
		{ code: batch("EmailAddress", 2500), languageOptions: { csvType: "staged" } },
		{ code: batch("EmailAddress", 2500), languageOptions: { csvType: "cross-tenant" } },
		// A script creates a remote move batch from it: that type has no row limit.
		{ code: batch("EmailAddress", 2500), languageOptions: { scriptBatch: { type: "remote-move-onboarding", script: "scripts/wave1.ps1:3:1" } } },
		// Not a migration batch.
		batch("Mail", 2500),
		// An empty file has no header to report at.
		"",
	],
	invalid: [
		{
			code: batch("EmailAddress", 2001),
			errors: [
				{
					messageId: "limitNotApplied",
					data: { count: "2,001", type: "a staged migration batch", max: "2,000" },
					line: 1,
					column: 1,
					endLine: 1,
					endColumn: 13,
				},
			],
		},
		{
			// Blank lines are not rows, and a #TYPE line is no header.
			code: `#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox\n${batch("EmailAddress", 2001)}\n\n`,
			errors: [
				{
					messageId: "limitNotApplied",
					data: { count: "2,001", type: "a staged migration batch", max: "2,000" },
					line: 2,
					column: 1,
					endLine: 2,
					endColumn: 13,
				},
			],
		},
	],
});
