import rule from "../../src/rules/csv-public-folder-size.js";
import { createRuleTester } from "../rule-tester.js";

/** 25 GB in bytes, as Exchange counts them. */
const LIMIT = 25 * 1024 ** 3;

createRuleTester().run("csv-public-folder-size", rule, {
	valid: [
		`FolderName,FolderSize\n\\,0\n\\Sales,${LIMIT}\n`,
		`FolderName,FolderSize,DeletedItemSize\n\\Sales,1048576,${LIMIT + 1}\n`,
		// Not a size in bytes: csv-value-format reports it.
		"FolderName,FolderSize\n\\Sales,30 GB\n",
		// Another type.
		{ code: `FolderPath,TargetMailbox\n\\,${LIMIT + 1}\n`, languageOptions: { csvType: "public-folder-map" } },
	],
	invalid: [
		{
			code: `FolderName,FolderSize\n\\Sales,${LIMIT + 1}\n\\Archive,"${40 * 1024 ** 3}"\n`,
			errors: [
				{ messageId: "folderTooLarge", data: { size: "25.0" }, line: 2, column: 8, endLine: 2, endColumn: 19 },
				{ messageId: "folderTooLarge", data: { size: "40.0" }, line: 3, column: 10, endLine: 3, endColumn: 23 },
			],
		},
	],
});
