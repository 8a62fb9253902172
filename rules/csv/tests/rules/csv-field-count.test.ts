import rule from "../../src/rules/csv-field-count.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("csv-field-count", rule, {
	valid: [
		"EmailAddress,Password,ForceChangePassword\nuser@contoso.com,,False\n",
		"EmailAddress,Password\r\nuser@contoso.com,\"a,b\"\r\n",
		"EmailAddress,Password\rone@contoso.com,x\rtwo@contoso.com,y",
		'EmailAddress,Password\n"user@contoso.com","multi\nline"\nb@contoso.com,x\n',
		"",
	],
	invalid: [
		{
			code: "EmailAddress,Password\nuser@contoso.com,Adams, Terry\n",
			errors: [
				{ messageId: "tooMany", data: { row: "2", actual: "3 fields", expected: "2" }, line: 2, column: 24, endLine: 2, endColumn: 30 },
			],
		},
		{
			code: "EmailAddress,Password,ForceChangePassword\nuser@contoso.com,x\n",
			errors: [
				{
					messageId: "tooFew",
					data: { row: "2", actual: "2 fields", expected: "3" },
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
			errors: [{ messageId: "tooFew", data: { row: "3", actual: "1 field", expected: "2" }, line: 4, column: 1, endLine: 4, endColumn: 14, suggestions: 1 }],
		},
		{
			code: "EmailAddress,Password\r\na@contoso.com,x\r\n\r\nb@contoso.com,y\r\n",
			output: "EmailAddress,Password\r\na@contoso.com,x\r\nb@contoso.com,y\r\n",
			errors: [{ messageId: "blankLine", data: { row: "3" }, line: 3, column: 1, endLine: 3, endColumn: 1 }],
		},
		{
			code: "\nEmailAddress\na@contoso.com\n   \n",
			output: "EmailAddress\na@contoso.com\n",
			errors: [
				{ messageId: "blankLine", data: { row: "1" }, line: 1, column: 1 },
				{ messageId: "blankLine", data: { row: "4" }, line: 4, column: 1, endColumn: 4 },
			],
		},
	],
});
