import rule from "../../src/rules/csv-required-value.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("csv-required-value", rule, {
	valid: [
		"EmailAddress,Password,ForceChangePassword\nuser@contoso.com,,\n",
		// Unknown type: no attribute is known to be required.
		"Name,Mail\n,\n",
		// A row too short to reach the column is csv-field-count's business.
		"Password,EmailAddress\nx\n",
	],
	invalid: [
		{
			code: 'EmailAddress,Password\n,x\n  ,y\n"",z\n',
			errors: [
				{ messageId: "missingValue", data: { column: "EmailAddress", type: "a staged migration batch" }, line: 2, column: 1, endLine: 2, endColumn: 1 },
				{ messageId: "missingValue", line: 3, column: 1, endLine: 3, endColumn: 3 },
				{ messageId: "missingValue", line: 4, column: 1, endLine: 4, endColumn: 3 },
			],
		},
		{
			code: "Password,EmailAddress\nx,\n",
			errors: [{ messageId: "missingValue", line: 2, column: 3, endColumn: 3 }],
		},
	],
});
