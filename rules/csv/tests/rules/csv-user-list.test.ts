import { Linter } from "eslint";
import { CsvLanguage } from "@miglint/language-csv";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/index.js";
import rule from "../../src/rules/csv-user-list.js";
import { createRuleTester } from "../rule-tester.js";

const userList = { csvType: "skype-user-list" };

createRuleTester().run("csv-user-list", rule, {
	valid: [
		{ code: "sip:user1@contoso.com,sip:user2@contoso.com,sip:user3@contoso.com", languageOptions: userList },
		// One per line, blanks around entries, an empty entry, the scheme in capitals: the documentation does not say the cmdlet refuses them.
		{ code: "sip:user1@contoso.com\r\nsip:user2@contoso.com, SIP:user3@contoso.com,\r\n\r\n", languageOptions: userList },
		{ code: "", languageOptions: userList },
		// A batch is no user list, whatever its cells hold.
		"EmailAddress\nuser1@contoso.com\n",
		{ code: "EmailAddress\nuser1@contoso.com\n", languageOptions: { csvType: "staged" } },
		// Its first line is no header: it is never recognised as a user list.
		"sip:user1@contoso.com,sip:user2@contoso.com\nterry@contoso.com\n",
	],
	invalid: [
		{
			code: "sip:user1@contoso.com,user2@contoso.com,sip:user3@contoso.com\n",
			languageOptions: userList,
			errors: [
				{
					messageId: "missingPrefix",
					data: { address: "user2@contoso.com" },
					line: 1,
					column: 23,
					endLine: 1,
					endColumn: 40,
					suggestions: [{ messageId: "addPrefix", output: "sip:user1@contoso.com,sip:user2@contoso.com,sip:user3@contoso.com\n" }],
				},
			],
		},
		{
			// The suggestion writes the prefix before the address, inside blanks and quotes.
			code: 'sip:user1@contoso.com\n" user2@contoso.com"\n',
			languageOptions: userList,
			errors: [
				{
					messageId: "missingPrefix",
					line: 2,
					column: 1,
					endLine: 2,
					endColumn: 21,
					suggestions: [{ messageId: "addPrefix", output: 'sip:user1@contoso.com\n" sip:user2@contoso.com"\n' }],
				},
			],
		},
		{
			// A display name, a user without a domain, a #TYPE line and a list separated by semicolons are no SIP URIs.
			code: "#TYPE Selected.System.String\nTerry Adams,sip:terry\nsip:user1@contoso.com;sip:user2@contoso.com\n",
			languageOptions: userList,
			errors: [
				{ messageId: "notSipUri", line: 1, column: 1, endLine: 1, endColumn: 29 },
				{ messageId: "notSipUri", line: 2, column: 1, endLine: 2, endColumn: 12 },
				{ messageId: "notSipUri", line: 2, column: 13, endLine: 2, endColumn: 22 },
				{ messageId: "notSipUri", line: 3, column: 1, endLine: 3, endColumn: 44 },
			],
		},
	],
});

describe("the other CSV rules on a headerless user list", () => {
	const linter = new Linter({ configType: "flat" });
	const config = [
		{
			files: ["**/*.csv"],
			plugins: { miglint: { languages: { csv: new CsvLanguage() }, rules } },
			language: "miglint/csv",
			languageOptions: userList,
			rules: Object.fromEntries(Object.keys(rules).map((id) => [`miglint/${id}`, "error"])),
		},
	] as Linter.Config[];
	const ruleIds = (code: string) => linter.verify(code, config, "users.csv").map((message) => message.ruleId);

	it("read no header in row 1 and report nothing on a correct list, one line or one entry a line, blank lines included", () => {
		expect(ruleIds("sip:user1@contoso.com,sip:user2@contoso.com,sip:user3@contoso.com\r\n")).toEqual([]);
		expect(ruleIds("sip:user1@contoso.com\n\nsip:user2@contoso.com,sip:user3@contoso.com\n")).toEqual([]);
		expect(ruleIds("")).toEqual([]);
	});

	it("leave a list's bad entries to csv-user-list", () => {
		expect(ruleIds("EmailAddress,Password\nterry@contoso.com,Pa55word!\n")).toEqual(Array(4).fill("miglint/csv-user-list"));
	});
});
