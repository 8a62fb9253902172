import rule from "../../src/rules/config-duplicate-key.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("config-duplicate-key", rule, {
	valid: [
		{ code: '{ "a": 1, "b": { "a": 2 } }', filename: "settings.json" },
		{ code: "a: 1\nb:\n  a: 2\n", filename: "settings.yaml" },
		// JSON keys are case-sensitive: outside tenant settings these are two keys.
		{ code: '{ "Name": "x", "name": "y" }', filename: "data.json" },
		{ code: "Name: x\nname: y\n", filename: "data.yaml" },
		{ code: "base: &b { k: 1 }\ncopy: *b\n", filename: "anchors.yaml" },
	],
	invalid: [
		{
			code: '{\n\t"Identity": "Global",\n\t"Identity": "Tenant"\n}\n',
			filename: "settings.json",
			errors: [{ messageId: "duplicate", data: { key: "Identity", first: "Identity", line: "2" }, line: 3, column: 2, endLine: 3, endColumn: 12 }],
		},
		{
			code: "settings:\n  a: 1\n  b: 2\n  a: 3\n",
			filename: "settings.yml",
			errors: [{ messageId: "duplicate", data: { key: "a", first: "a", line: "2" }, line: 4, column: 3, endLine: 4, endColumn: 4 }],
		},
		{
			// In a file that is not tenant settings, only exact repetitions count; each names the first.
			code: "a: 1\na: 2\nA: 3\na: 4\n",
			filename: "other.yaml",
			errors: [
				{ messageId: "duplicate", data: { key: "a", first: "a", line: "1" }, line: 2, column: 1, endLine: 2, endColumn: 2 },
				{ messageId: "duplicate", data: { key: "a", first: "a", line: "1" }, line: 4, column: 1, endLine: 4, endColumn: 2 },
			],
		},
		{
			code: '{\r\n  "SharedSipAddressSpace": true,\r\n  "sharedSipAddressSpace": false\r\n}\r\n',
			filename: "federation.json",
			errors: [
				{
					messageId: "caseDuplicate",
					data: { key: "sharedSipAddressSpace", first: "SharedSipAddressSpace", line: "2" },
					line: 3,
					column: 3,
					endLine: 3,
					endColumn: 26,
				},
			],
		},
		{
			code: "- Id: contoso.com\n  AuthenticationType: Federated\n  authenticationtype: Managed\n",
			filename: "domains.yaml",
			errors: [
				{
					messageId: "caseDuplicate",
					data: { key: "authenticationtype", first: "AuthenticationType", line: "2" },
					line: 3,
					column: 3,
					endLine: 3,
					endColumn: 21,
				},
			],
		},
	],
});
