import rule from "../../src/rules/config-schema.js";
import { createRuleTester } from "../rule-tester.js";

const FEDERATION = "https://learn.microsoft.com/powershell/module/microsoftteams/set-cstenantfederationconfiguration";
const ENDPOINT = "https://learn.microsoft.com/powershell/module/exchangepowershell/new-migrationendpoint";
const GRAPH_DOMAIN = "https://learn.microsoft.com/graph/api/resources/domain";
const MSOL_DOMAIN = "https://learn.microsoft.com/powershell/module/msonline/get-msoldomain";

createRuleTester().run("config-schema", rule, {
	valid: [
		// Not tenant settings: nothing is checked.
		{ code: '{ "name": "wave1", "version": 2, "SharedSip": "x" }', filename: "data.json" },
		{ code: "steps:\n  - run: echo\n", filename: "pipeline.yml" },
		{
			code: '{\n  "Identity": "Global",\n  "SharedSipAddressSpace": true,\n  "AllowFederatedUsers": true,\n  "BlockedDomains": [],\n  "AllowedDomains": {},\n  "ExternalAccessWithTrialTenants": "Blocked"\n}\n',
			filename: "federation.json",
		},
		// Keys and enumeration values in any letter case, as PowerShell binds them; null is "not set".
		{ code: "sharedsipaddressspace: true\nexternalAccessWithTrialTenants: allowed\nTenant: null\n", filename: "federation.yaml" },
		{
			code: '{ "value": [ { "id": "contoso.com", "authenticationType": "Federated", "isDefault": true, "supportedServices": ["Email"] } ] }',
			filename: "domains.json",
		},
		{ code: '[ { "Name": "contoso.com", "Authentication": 1, "Status": 1, "Capabilities": 5 } ]', filename: "msol-domains.json" },
		{
			code: "Name: IMAP\nIMAP: true\nRemoteServer: imap.contoso.com\nPort: 993\nSecurity: Ssl\nMaxConcurrentMigrations: Unlimited\n",
			filename: "endpoint.yaml",
		},
		{ code: "- type: CNAME\n  name: autodiscover\n  target: autodiscover.outlook.com\n  ttl: 3600\n", filename: "dns.yaml" },
	],
	invalid: [
		{
			code: '{\n  "Identity": "Global",\n  "SharedSipAddressSpace": "false",\n  "AllowFederatedUsers": true\n}\n',
			filename: "federation.json",
			errors: [
				{
					messageId: "invalidValue",
					data: {
						path: "SharedSipAddressSpace",
						expected: "true or false",
						found: 'the string "false"',
						shape: "a tenant federation configuration",
						source: FEDERATION,
					},
					line: 3,
					column: 28,
					endLine: 3,
					endColumn: 35,
				},
			],
		},
		{
			code: "SharedSipAddressSpace: true\nBlockedDomains:\n  - contoso.com\n  - 42\n",
			filename: "federation.yaml",
			errors: [
				{
					messageId: "invalidValue",
					data: {
						path: "BlockedDomains[1]",
						expected: "a string or an object",
						found: "the number 42",
						shape: "a tenant federation configuration",
						source: FEDERATION,
					},
					line: 4,
					column: 5,
					endLine: 4,
					endColumn: 7,
				},
			],
		},
		{
			code: "Name: IMAP endpoint\nIMAP: true\nRemoteServer: imap.contoso.com\nPort: 99999\nsecurity: SSL3\n",
			filename: "endpoint.yaml",
			errors: [
				{
					messageId: "invalidValue",
					data: { path: "Port", expected: "a port number from 1 to 65535", found: "the number 99999", shape: "a migration endpoint", source: ENDPOINT },
					line: 4,
					column: 7,
					endLine: 4,
					endColumn: 12,
				},
				{
					messageId: "invalidValue",
					data: { path: "security", expected: 'one of "None", "Ssl", "Tls"', found: 'the string "SSL3"', shape: "a migration endpoint", source: ENDPOINT },
					line: 5,
					column: 11,
					endLine: 5,
					endColumn: 15,
				},
			],
		},
		{
			code: '[\n  { "Id": "contoso.com", "AuthenticationType": "Federated" },\n  { "AuthenticationType": "Managed" }\n]\n',
			filename: "domains.json",
			errors: [
				{
					messageId: "missingKey",
					data: { name: "Id", shape: "a Microsoft Graph domain", source: GRAPH_DOMAIN },
					line: 3,
					column: 3,
					endLine: 3,
					endColumn: 38,
				},
			],
		},
		{
			code: '[{ "Name": "contoso.com", "Authentication": 2, "IsDefault": "True" }]',
			filename: "msol-domains.json",
			errors: [
				{
					messageId: "invalidValue",
					data: {
						path: "Authentication",
						expected: 'one of "Managed", "Federated", 0, 1',
						found: "the number 2",
						shape: "a domain from Get-MsolDomain",
						source: MSOL_DOMAIN,
					},
					line: 1,
					column: 45,
					endLine: 1,
					endColumn: 46,
				},
				{
					messageId: "invalidValue",
					data: { path: "IsDefault", expected: "true or false", found: 'the string "True"', shape: "a domain from Get-MsolDomain", source: MSOL_DOMAIN },
					line: 1,
					column: 61,
					endLine: 1,
					endColumn: 67,
				},
			],
		},
		{
			// An alias is reported where it is used.
			code: "- &contoso\n  Id: contoso.com\n  AuthenticationType: Federated\n  IsVerified: yes\n- Id: fabrikam.com\n  AuthenticationType: Managed\n  IsVerified: *contoso\n",
			filename: "domains.yaml",
			errors: [
				{
					messageId: "invalidValue",
					data: { path: "IsVerified", expected: "true or false", found: 'the string "yes"', shape: "a Microsoft Graph domain", source: GRAPH_DOMAIN },
					line: 4,
					column: 15,
					endLine: 4,
					endColumn: 18,
				},
				{
					messageId: "invalidValue",
					data: { path: "IsVerified", expected: "true or false", found: "an object", shape: "a Microsoft Graph domain", source: GRAPH_DOMAIN },
					line: 7,
					column: 15,
					endLine: 7,
					endColumn: 23,
				},
			],
		},
	],
});
