import rule from "../../src/rules/config-shared-sip-address-space.js";
import { createRuleTester } from "../rule-tester.js";

const final = (value: boolean) => ({ miglint: { migration: { skypeHybrid: { final: value } } } });
const EXPORT = '{\n  "Identity": "Global",\n  "AllowFederatedUsers": true,\n  "SharedSipAddressSpace": false\n}\n';

createRuleTester().run("config-shared-sip-address-space", rule, {
	valid: [
		// Not tenant settings.
		{ code: '{ "name": "wave1", "sharedSip": false }', filename: "data.json" },
		{ code: "steps:\n  - run: echo\nSharedSip: false\n", filename: "pipeline.yml" },
		// Other kinds of settings.
		{ code: '[{ "Id": "contoso.com", "AuthenticationType": "Managed" }]', filename: "domains.json" },
		{ code: "Name: IMAP\nIMAP: true\nRemoteServer: imap.contoso.com\nAcceptUntrustedCertificates: false\n", filename: "endpoint.yaml" },
		// The good value, a missing key, a value of the wrong type (config-schema's), null.
		{ code: EXPORT.replace("false", "true"), filename: "federation.json" },
		{ code: "Identity: Global\nSharedSipAddressSpace: true\n", filename: "federation.yaml" },
		{ code: "Identity: Global\nAllowFederatedUsers: false\n", filename: "federation.yaml" },
		{ code: '{ "SharedSipAddressSpace": "false" }', filename: "federation.json" },
		{ code: "SharedSipAddressSpace: no\nAllowFederatedUsers: true\n", filename: "federation.yaml" },
		{ code: "SharedSipAddressSpace: null\nAllowFederatedUsers: true\n", filename: "federation.yaml" },
		// The move is final: switching the shared address space off is the documented last step.
		{ code: EXPORT, filename: "federation.json", settings: final(true) },
		{ code: "SharedSipAddressSpace: false\n", filename: "federation.yaml", settings: final(true) },
	],
	invalid: [
		// A runbook that combines sections, with the federation settings nested under a wave.
		{
			code: '{\n  "wave": 3,\n  "skype": {\n    "TenantFederation": { "Identity": "Global", "SharedSipAddressSpace": false }\n  },\n  "Domains": [{ "Id": "contoso.com", "AuthenticationType": "Managed" }]\n}\n',
			filename: "runbook.json",
			errors: [{ messageId: "notFinal", data: { key: "SharedSipAddressSpace" }, line: 4, column: 74, endLine: 4, endColumn: 79, suggestions: 1 }],
		},
		{
			code: EXPORT,
			filename: "federation.json",
			errors: [
				{
					messageId: "notFinal",
					data: { key: "SharedSipAddressSpace" },
					line: 4,
					column: 28,
					endLine: 4,
					endColumn: 33,
					suggestions: [{ messageId: "setTrue", data: { key: "SharedSipAddressSpace", value: "true" }, output: EXPORT.replace("false", "true") }],
				},
			],
		},
		{
			code: "# Get-CsTenantFederationConfiguration, 2024-03-01\nIdentity: Global\nsharedSipAddressSpace: False\n",
			filename: "federation.yaml",
			settings: final(false),
			errors: [
				{
					messageId: "notFinal",
					data: { key: "sharedSipAddressSpace" },
					line: 3,
					column: 24,
					endLine: 3,
					endColumn: 29,
					suggestions: [
						{
							messageId: "setTrue",
							data: { key: "sharedSipAddressSpace", value: "true" },
							output: "# Get-CsTenantFederationConfiguration, 2024-03-01\nIdentity: Global\nsharedSipAddressSpace: true\n",
						},
					],
				},
			],
		},
		{
			// Through an alias the value belongs to its anchor, which AllowFederatedUsers shares: no suggestion.
			code: "Identity: Global\nAllowFederatedUsers: &off false\nSharedSipAddressSpace: *off\n",
			filename: "federation.yml",
			errors: [{ messageId: "notFinal", line: 3, column: 24, endLine: 3, endColumn: 28, suggestions: [] }],
		},
		{
			code: '[\n  { "Identity": "Global", "SharedSipAddressSpace": false },\n  { "Identity": "Tag:Contoso", "SharedSipAddressSpace": true }\n]\n',
			filename: "federation.json",
			errors: [
				{
					messageId: "notFinal",
					line: 2,
					column: 52,
					endLine: 2,
					endColumn: 57,
					suggestions: [
						{
							messageId: "setTrue",
							output: '[\n  { "Identity": "Global", "SharedSipAddressSpace": true },\n  { "Identity": "Tag:Contoso", "SharedSipAddressSpace": true }\n]\n',
						},
					],
				},
			],
		},
	],
});
