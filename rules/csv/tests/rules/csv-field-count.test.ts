import rule from "../../src/rules/csv-field-count.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("csv-field-count", rule, {
	valid: [
		"EmailAddress,Password,ForceChangePassword\nuser@contoso.com,,False\n",
		'EmailAddress,Password\r\nuser@contoso.com,"a,b"\r\n',
		"EmailAddress,Password\rone@contoso.com,x\rtwo@contoso.com,y",
		'EmailAddress,Password\n"user@contoso.com","multi\nline"\nb@contoso.com,x\n',
		"",
	],
	invalid: [
		{
			// A stray line above the header: one finding at the line taken for the header, none per row.
			code: "Wave 3 users\nEmailAddress,Password\na@contoso.com,x\nb@contoso.com,y\n",
			errors: [{ messageId: "notHeader", data: { expected: "1 field", actual: "2", count: "3" }, line: 1, column: 1, endLine: 1, endColumn: 13 }],
		},
		{
			// Rows that disagree with one another are checked one by one.
			code: "EmailAddress\na@contoso.com,x\nb@contoso.com,y,z\n",
			errors: [
				{ messageId: "tooMany", line: 2 },
				{ messageId: "tooMany", line: 3 },
			],
		},
		{
			code: "EmailAddress,Password\nuser@contoso.com,Adams, Terry\n",
			errors: [{ messageId: "tooMany", data: { actual: "3 fields", expected: "2" }, line: 2, column: 24, endLine: 2, endColumn: 30 }],
		},
		{
			code: "EmailAddress,Password,ForceChangePassword\nuser@contoso.com,x\n",
			errors: [
				{
					messageId: "tooFew",
					data: { actual: "2 fields", expected: "3" },
					line: 2,
					column: 1,
					endLine: 2,
					endColumn: 19,
					suggestions: [
						{
							messageId: "addEmptyValues",
							data: { count: "1 empty value" },
							output: "EmailAddress,Password,ForceChangePassword\nuser@contoso.com,x,\n",
						},
					],
				},
			],
		},
		{
			// Quoted newlines: row 3 starts on line 4.
			code: 'EmailAddress,Password\n"a@contoso.com","x\ny"\nb@contoso.com\n',
			errors: [{ messageId: "tooFew", data: { actual: "1 field", expected: "2" }, line: 4, column: 1, endLine: 4, endColumn: 14, suggestions: 1 }],
		},
		{
			code: "EmailAddress,Password\r\na@contoso.com,x\r\n\r\nb@contoso.com,y\r\n",
			output: "EmailAddress,Password\r\na@contoso.com,x\r\nb@contoso.com,y\r\n",
			errors: [{ messageId: "blankLine", line: 3, column: 1, endLine: 3, endColumn: 1 }],
		},
		{
			code: "\nEmailAddress\na@contoso.com\n   \n",
			output: "EmailAddress\na@contoso.com\n",
			errors: [
				{ messageId: "blankLine", line: 1, column: 1 },
				{ messageId: "blankLine", line: 4, column: 1, endColumn: 4 },
			],
		},
		{
			// Adjacent blank lines go in one pass: ESLint applies no two fixes that touch in the same pass.
			code: "EmailAddress\r\n\r\n  \r\n\r\na@contoso.com\r\n\r\n\r\n",
			output: "EmailAddress\r\na@contoso.com\r\n",
			errors: [
				{ messageId: "blankLine", line: 2, column: 1, endLine: 2, endColumn: 1 },
				{ messageId: "blankLine", line: 3, column: 1, endLine: 3, endColumn: 3 },
				{ messageId: "blankLine", line: 4, column: 1, endLine: 4, endColumn: 1 },
				{ messageId: "blankLine", line: 6, column: 1, endLine: 6, endColumn: 1 },
				{ messageId: "blankLine", line: 7, column: 1, endLine: 7, endColumn: 1 },
			],
		},
	],
});
