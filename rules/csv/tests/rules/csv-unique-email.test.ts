import rule from "../../src/rules/csv-unique-email.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("csv-unique-email", rule, {
	valid: ["EmailAddress\na@contoso.com\nb@contoso.com\n", "EmailAddress\n\n\n", "EmailAddress,Password\n,x\n,y\n", "Mail\na@contoso.com\na@contoso.com\n"],
	invalid: [
		{
			code: "EmailAddress,Password\na@contoso.com,x\nb@contoso.com,y\nA@Contoso.com ,z\na@contoso.com,w\n",
			errors: [
				{ messageId: "duplicated", data: { column: "EmailAddress", value: "'a@contoso.com'", other: "4" }, line: 2, column: 1, endLine: 2, endColumn: 14 },
				{
					messageId: "duplicate",
					data: { column: "EmailAddress", value: "(value not shown: it could be a misplaced password)", first: "2" },
					line: 4,
					column: 1,
					endLine: 4,
					endColumn: 15,
				},
				{ messageId: "duplicate", data: { column: "EmailAddress", value: "'a@contoso.com'", first: "2" }, line: 5, column: 1, endLine: 5, endColumn: 14 },
			],
		},
		{
			// A shared first-login password shifted into EmailAddress by a missing comma is never quoted.
			code: "EmailAddress,Password\nWelcome2024!\nWelcome2024!\n",
			errors: [
				{ messageId: "duplicated", data: { column: "EmailAddress", value: "(value not shown: the row has misplaced fields)", other: "3" } },
				{ messageId: "duplicate", data: { column: "EmailAddress", value: "(value not shown: the row has misplaced fields)", first: "2" } },
			],
		},
		{
			code: "EmailAddress\nTerry@contoso.com \nterry@contoso.com\n",
			errors: [
				{ messageId: "duplicated", data: { column: "EmailAddress", value: "'Terry@contoso.com '", other: "3" } },
				{ messageId: "duplicate", data: { column: "EmailAddress", value: "'terry@contoso.com'", first: "2" } },
			],
		},
	],
});
