import rule from "../../src/rules/csv-staged-source-version.js";
import { createRuleTester } from "../rule-tester.js";

const from = (version: string) => ({ miglint: { migration: { sourceExchangeVersion: version } } });
const STAGED = "EmailAddress,Password,ForceChangePassword\nterry@contoso.com,Pa55-word-1,False\n";

createRuleTester().run("csv-staged-source-version", rule, {
	valid: [
		{ code: STAGED, settings: from("2003") },
		{ code: STAGED, settings: from("2007") },
		// Without the fact the rule cannot tell.
		STAGED,
		// A lone EmailAddress column fits other batch types too: only csv.types or a script makes it staged.
		{ code: "EmailAddress\nterry@contoso.com\n", settings: from("2016") },
		// Other batch types from Exchange 2016.
		{ code: "EmailAddress,UserName,Password\nterry@contoso.com,terry,Pa55-word-1\n", settings: from("2016") },
	],
	invalid: [
		{
			code: STAGED,
			settings: from("2010"),
			errors: [{ messageId: "unsupportedSource", data: { version: "2010" }, line: 1, column: 1, endLine: 1, endColumn: 42 }],
		},
		{
			// Declared staged by csv.types.
			code: "EmailAddress\nterry@contoso.com\n",
			languageOptions: { csvType: "staged" },
			settings: from("SE"),
			errors: [{ messageId: "unsupportedSource", data: { version: "SE" }, line: 1, column: 1, endColumn: 13 }],
		},
	],
});
