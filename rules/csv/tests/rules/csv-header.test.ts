import rule from "../../src/rules/csv-header.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("csv-header", rule, {
	valid: [
		"EmailAddress,Password,ForceChangePassword\nuser@contoso.com,Pa$$w0rd1,False\n",
		"EmailAddress\r\nuser@contoso.com\r\n",
		'"EmailAddress","Password"\nuser@contoso.com,x\n',
		// Unknown names are csv-columns' business, not this rule's.
		"EmailAddress,Department\nuser@contoso.com,Sales\n",
		// A header name that merely starts with #TYPE is not Export-Csv's type line.
		"#Typewriter,EmailAddress\nx,user@contoso.com\n",
		"",
	],
	invalid: [
		{
			code: "#TYPE System.Management.Automation.PSCustomObject\r\nEmailAddress\r\nuser@contoso.com\r\n",
			output: "EmailAddress\r\nuser@contoso.com\r\n",
			errors: [{ messageId: "typeInformation", line: 1, column: 1, endLine: 1, endColumn: 50 }],
		},
		{
			code: '#TYPE Selected.System.Management.Automation.PSCustomObject\n"EmailAddress","Password"\n',
			output: '"EmailAddress","Password"\n',
			errors: [{ messageId: "typeInformation", data: { typeName: "Selected.System.Management.Automation.PSCustomObject" } }],
		},
		{
			// Get-Mailbox | Export-Csv on premises: a long type name is shown by its last part.
			code: "#TYPE Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox\nEmailAddress\nuser@contoso.com\n",
			output: "EmailAddress\nuser@contoso.com\n",
			errors: [{ messageId: "typeInformation", data: { typeName: "…Mailbox" } }],
		},
		{
			code: "EmailAddress ,Password\nuser@contoso.com,x\n",
			output: "EmailAddress,Password\nuser@contoso.com,x\n",
			errors: [{ messageId: "surroundingWhitespace", line: 1, column: 1, endLine: 1, endColumn: 14 }],
		},
		{
			code: 'EmailAddress," Password "\nuser@contoso.com,x\n',
			output: 'EmailAddress,"Password"\nuser@contoso.com,x\n',
			errors: [{ messageId: "surroundingWhitespace", line: 1, column: 14, endLine: 1, endColumn: 26 }],
		},
		{
			code: "emailaddress,Password\nuser@contoso.com,x\n",
			output: "EmailAddress,Password\nuser@contoso.com,x\n",
			errors: [{ messageId: "wrongCase", data: { name: "emailaddress", expected: "EmailAddress" }, line: 1, column: 1, endLine: 1, endColumn: 13 }],
		},
		{
			// Blanks and case together: the overlapping fixes take two passes; RuleTester shows the first.
			code: "EmailAddress, forcechangepassword\nuser@contoso.com,False\n",
			output: "EmailAddress,forcechangepassword\nuser@contoso.com,False\n",
			errors: [
				{ messageId: "surroundingWhitespace", line: 1, column: 14, endColumn: 34 },
				{ messageId: "wrongCase", line: 1, column: 14, endColumn: 34 },
			],
		},
		{
			code: "Email Address,Password\nuser@contoso.com,x\n",
			output: null,
			errors: [
				{
					messageId: "multiWord",
					data: { name: "'Email Address'", suggestion: " (did you mean 'EmailAddress'?)" },
					line: 1,
					column: 1,
					endLine: 1,
					endColumn: 14,
					suggestions: [{ messageId: "useKnownName", output: "EmailAddress,Password\nuser@contoso.com,x\n" }],
				},
			],
		},
		{
			code: "EmailAddress,Display Name\nuser@contoso.com,Terry\n",
			output: null,
			errors: [{ messageId: "multiWord", data: { name: "'Display Name'", suggestion: "" }, column: 14, suggestions: [] }],
		},
		{
			code: "EmailAddress,Password,\nuser@contoso.com,x,\n",
			output: null,
			errors: [{ messageId: "emptyName", data: { column: "3", hint: " (a comma at the end of the header line?)" }, line: 1, column: 23, endColumn: 23 }],
		},
		{
			code: "EmailAddress,,Password\nuser@contoso.com,,x\n",
			output: null,
			errors: [{ messageId: "emptyName", data: { column: "2", hint: "" }, column: 14 }],
		},
		{
			code: "EmailAddress,Password,emailaddress\nuser@contoso.com,x,y\n",
			output: "EmailAddress,Password,EmailAddress\nuser@contoso.com,x,y\n",
			errors: [
				{ messageId: "duplicateName", data: { name: "'emailaddress'", first: "1", column: "3" }, column: 23 },
				{ messageId: "wrongCase", column: 23 },
			],
		},
		{
			// A header cell on a second physical line (quoted newline) is located there.
			code: 'EmailAddress,"Pass\nword"\nuser@contoso.com,x\n',
			output: null,
			errors: [
				{
					messageId: "multiWord",
					line: 1,
					column: 14,
					endLine: 2,
					endColumn: 6,
					suggestions: [{ messageId: "useKnownName", output: 'EmailAddress,"Password"\nuser@contoso.com,x\n' }],
				},
			],
		},
	],
});
