import rule from "../../src/rules/csv-empty.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("csv-empty", rule, {
	valid: [
		"EmailAddress\nuser@contoso.com\n",
		"Anything\nvalue",
		// A file without a header is no migration batch: it is left alone unless csv.allFiles is true.
		"",
		"#TYPE System.Object\n",
	],
	invalid: [
		{ code: "", languageOptions: { allFiles: true }, errors: [{ messageId: "emptyFile", line: 1, column: 1, endLine: 1, endColumn: 1 }] },
		{ code: "\r\n\r\n", languageOptions: { allFiles: true }, errors: [{ messageId: "emptyFile", line: 1, column: 1 }] },
		{ code: "#TYPE System.Object\n", languageOptions: { allFiles: true }, errors: [{ messageId: "emptyFile" }] },
		{ code: "", languageOptions: { csvType: "staged" }, errors: [{ messageId: "emptyFile" }] },
		{ code: "EmailAddress,Password\r\n", errors: [{ messageId: "noRows", line: 1, column: 1, endLine: 1, endColumn: 22 }] },
		{ code: "EmailAddress\n\n\n", errors: [{ messageId: "noRows", line: 1, column: 1, endColumn: 13 }] },
	],
});
