import rule from "../../src/rules/csv-force-change-password.js";
import { createRuleTester } from "../rule-tester.js";

const sso = { miglint: { migration: { sso: true } } };
const federatedExport = { miglint: { project: { sso: { federated: true, source: "settings/domains.json:4:27 says contoso.com is Federated" } } } };
const managedExport = { miglint: { project: { sso: { federated: false, source: "settings/domains.json:4:27" } } } };

createRuleTester().run("csv-force-change-password", rule, {
	valid: [
		"EmailAddress,ForceChangePassword\na@contoso.com,True\nb@contoso.com,false\nc@contoso.com, FALSE \nd@contoso.com,\n",
		{ code: "EmailAddress,ForceChangePassword\na@contoso.com,False\n", settings: sso },
		{ code: "EmailAddress,ForceChangePassword\na@contoso.com,True\n", settings: { miglint: { migration: { sso: false } } } },
		{ code: "EmailAddress,Password\na@contoso.com,x\n", settings: sso },
		{ code: "EmailAddress,ForceChangePassword\na@contoso.com,True\n", settings: managedExport },
	],
	invalid: [
		{
			code: "EmailAddress,ForceChangePassword\na@contoso.com,Yes\nb@contoso.com,1\n",
			errors: [
				{ messageId: "notBoolean", data: { value: "'Yes'" }, line: 2, column: 15, endLine: 2, endColumn: 18 },
				{ messageId: "notBoolean", data: { value: "'1'" }, line: 3, column: 15, endLine: 3, endColumn: 16 },
			],
		},
		{
			// Swapped columns put a password under ForceChangePassword: it is not shown.
			code: "EmailAddress,Password,ForceChangePassword\na@contoso.com,False,Sw4pped#Columns\n",
			errors: [{ messageId: "notBoolean", data: { value: "(value not shown: it could be a misplaced password)" }, line: 2, column: 21 }],
		},
		{
			code: 'EmailAddress,ForceChangePassword\r\na@contoso.com,True\r\nb@contoso.com,"true"\r\n',
			settings: sso,
			errors: [
				{
					messageId: "trueWithSso",
					data: { source: "migration.sso" },
					line: 2,
					column: 15,
					endLine: 2,
					endColumn: 19,
					suggestions: [{ messageId: "setFalse", output: 'EmailAddress,ForceChangePassword\r\na@contoso.com,False\r\nb@contoso.com,"true"\r\n' }],
				},
				{
					messageId: "trueWithSso",
					line: 3,
					column: 15,
					endColumn: 21,
					suggestions: [{ messageId: "setFalse", output: 'EmailAddress,ForceChangePassword\r\na@contoso.com,True\r\nb@contoso.com,"False"\r\n' }],
				},
			],
		},
		{
			code: "EmailAddress,ForceChangePassword\na@contoso.com,True\n",
			settings: federatedExport,
			errors: [
				{
					messageId: "trueWithSso",
					data: { source: "settings/domains.json:4:27 says contoso.com is Federated" },
					line: 2,
					column: 15,
					endColumn: 19,
					suggestions: [{ messageId: "setFalse", output: "EmailAddress,ForceChangePassword\na@contoso.com,False\n" }],
				},
			],
		},
	],
});
