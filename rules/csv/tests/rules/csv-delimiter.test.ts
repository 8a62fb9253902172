import rule from "../../src/rules/csv-delimiter.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("csv-delimiter", rule, {
	valid: ["EmailAddress,Password\nuser@contoso.com,a;b\n", "EmailAddress\nuser@contoso.com\n", '"Email;Address",Password\nuser@contoso.com,x\n', ""],
	invalid: [
		{
			code: "EmailAddress;Password;ForceChangePassword\r\nuser@contoso.com;Pa,ss;False\r\n",
			output: 'EmailAddress,Password,ForceChangePassword\r\nuser@contoso.com,"Pa,ss",False\r\n',
			errors: [{ messageId: "notComma", data: { separator: "semicolons (;)" }, line: 1, column: 13, endLine: 1, endColumn: 14 }],
		},
		{
			code: '#TYPE System.Object\nEmailAddress\tPassword\n"user@contoso.com"\tx\n',
			output: '#TYPE System.Object\nEmailAddress,Password\n"user@contoso.com",x\n',
			errors: [{ messageId: "notComma", data: { separator: "tabs" }, line: 2, column: 13 }],
		},
	],
});
