import rule from "../../src/rules/csv-password-policy.js";
import { createRuleTester } from "../rule-tester.js";

const header = "EmailAddress,Password\n";

createRuleTester().run("csv-password-policy", rule, {
	valid: [
		`${header}a@contoso.com,Pa$$w0rd\nb@contoso.com,correct horse Battery\nc@contoso.com,\n`,
		`${header}a@contoso.com,"Quote""d1x"\n`,
		// Unknown type: nothing is known to be a password.
		"Mail,Secret\na@contoso.com,x\n",
	],
	invalid: [
		{
			code: `${header}a@contoso.com,Pa$$w0\n`,
			errors: [{ messageId: "tooShort", data: { column: "Password", limit: "8" }, line: 2, column: 15, endLine: 2, endColumn: 21 }],
		},
		{
			code: `${header}a@contoso.com,${"Aa1!".repeat(65)}\n`,
			errors: [{ messageId: "tooLong", data: { column: "Password", limit: "256" }, line: 2, column: 15, endColumn: 275 }],
		},
		{
			code: `${header}a@contoso.com,passwordonly\n`,
			errors: [{ messageId: "tooFewClasses", data: { column: "Password", found: "1", min: "3" } }],
		},
		{
			code: `${header}a@contoso.com,Pässw0rd!\n`,
			errors: [{ messageId: "disallowedCharacter", data: { column: "Password" }, line: 2, column: 16, endLine: 2, endColumn: 17 }],
		},
		{
			// Several problems with one password are all reported, none with its value.
			code: `${header}a@contoso.com,"ab""é"\n`,
			errors: [
				{ messageId: "tooShort", column: 15, endColumn: 22 },
				{ messageId: "tooFewClasses", column: 15 },
				{ messageId: "disallowedCharacter", column: 20, endColumn: 21 },
			],
		},
	],
});
