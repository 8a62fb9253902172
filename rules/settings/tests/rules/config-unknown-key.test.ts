import rule from "../../src/rules/config-unknown-key.js";
import { createRuleTester } from "../rule-tester.js";

const FEDERATION = "https://learn.microsoft.com/powershell/module/microsoftteams/set-cstenantfederationconfiguration";
const DNS = "https://learn.microsoft.com/microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider";

createRuleTester().run("config-unknown-key", rule, {
	valid: [
		{ code: '{ "name": "wave1", "colour": "blue" }', filename: "data.json" },
		{ code: "sharedsipaddressspace: true\nALLOWFEDERATEDUSERS: false\n", filename: "federation.yaml" },
		// What exports add: Graph annotations, remoting properties.
		{
			code: '{ "@odata.context": "x", "value": [ { "@odata.type": "#microsoft.graph.domain", "id": "contoso.com", "authenticationType": "Managed" } ] }',
			filename: "domains.json",
		},
		{
			code: '{ "Identity": "Global", "SharedSipAddressSpace": true, "PSComputerName": "api.interfaces.records.teams.microsoft.com", "RunspaceId": "3f0c", "PSShowComputerName": false }',
			filename: "federation.json",
		},
	],
	invalid: [
		{
			code: '{\n  "Identity": "Global",\n  "SharedSipAdressSpace": true,\n  "AllowFederatedUsers": true\n}\n',
			filename: "federation.json",
			errors: [
				{
					messageId: "unknownKeySuggestion",
					data: { name: "SharedSipAdressSpace", shape: "a tenant federation configuration", source: FEDERATION, suggestion: "SharedSipAddressSpace" },
					line: 3,
					column: 3,
					endLine: 3,
					endColumn: 25,
					suggestions: [
						{
							messageId: "rename",
							data: { name: "SharedSipAdressSpace", shape: "a tenant federation configuration", source: FEDERATION, suggestion: "SharedSipAddressSpace" },
							output: '{\n  "Identity": "Global",\n  "SharedSipAddressSpace": true,\n  "AllowFederatedUsers": true\n}\n',
						},
					],
				},
			],
		},
		{
			code: "- type: CNAME\n  name: autodiscover\n  target: autodiscover.outlook.com\n  owner: messaging team\n",
			filename: "dns.yaml",
			errors: [
				{ messageId: "unknownKey", data: { name: "owner", shape: "a DNS record", source: DNS, suggestion: "" }, line: 4, column: 3, endLine: 4, endColumn: 8 },
			],
		},
		{
			code: "Name: IMAP\nIMAP: true\nRemoteServer: imap.contoso.com\nAcceptUntrustedCertificate: true\n",
			filename: "endpoint.yaml",
			errors: [
				{
					messageId: "unknownKeySuggestion",
					line: 4,
					column: 1,
					endLine: 4,
					endColumn: 27,
					suggestions: [{ messageId: "rename", output: "Name: IMAP\nIMAP: true\nRemoteServer: imap.contoso.com\nAcceptUntrustedCertificates: true\n" }],
				},
			],
		},
	],
});
