import rule from "../../src/rules/config-sso-consistency.js";
import { createRuleTester } from "../rule-tester.js";

const migration = (facts: Record<string, unknown>) => ({ miglint: { migration: facts } });
const noSso = migration({ sso: false });
const sso = migration({ sso: true });

/** `Get-MgDomain | Select-Object Id, AuthenticationType, IsDefault, IsVerified | ConvertTo-Json` */
const GRAPH = `[
  {
    "Id": "contoso.com",
    "AuthenticationType": "Federated",
    "IsDefault": true,
    "IsVerified": true
  },
  {
    "Id": "contoso.onmicrosoft.com",
    "AuthenticationType": "Managed",
    "IsDefault": false,
    "IsVerified": true
  }
]
`;
const MANAGED = GRAPH.replace("Federated", "Managed");

createRuleTester().run("config-sso-consistency", rule, {
	valid: [
		// Without migration.sso there is nothing to contradict: the miglint command derives single sign-on from the exports.
		{ code: GRAPH, filename: "domains.json" },
		{ code: MANAGED, filename: "domains.json", settings: migration({ domains: { onPremises: ["contoso.com"] } }) },
		// Not tenant settings, other kinds of settings.
		{ code: '[{ "domain": "contoso.com", "auth": "Federated" }]', filename: "data.json", settings: noSso },
		{ code: "- name: contoso.com\n  mode: Managed\n", filename: "inventory.yaml", settings: sso },
		{ code: "Identity: Global\nSharedSipAddressSpace: true\n", filename: "federation.yaml", settings: noSso },
		// The list agrees with the configuration.
		{ code: MANAGED, filename: "domains.json", settings: noSso },
		{ code: GRAPH, filename: "domains.json", settings: sso },
		// Mixed: one federated domain is enough to show single sign-on.
		{
			code: "- Id: contoso.com\n  AuthenticationType: Federated\n- Id: fabrikam.com\n  AuthenticationType: Managed\n",
			filename: "domains.yaml",
			settings: sso,
		},
		// Only cloud domains are managed.
		{
			code: "- Id: contoso.onmicrosoft.com\n  AuthenticationType: Managed\n- Id: cloud.contoso.com\n  AuthenticationType: Managed\n",
			filename: "domains.yaml",
			settings: migration({ sso: true, domains: { cloud: ["cloud.contoso.com"] } }),
		},
		{
			code: "- Id: litware.com\n  AuthenticationType: Managed\n",
			filename: "domains.yaml",
			settings: migration({ sso: true, domains: { onPremises: ["contoso.com", "*.fabrikam.com"] } }),
		},
		// A value of the wrong type is config-schema's business.
		{ code: '[{ "Name": "contoso.com", "Authentication": 7, "Status": 1 }]', filename: "msol-domains.json", settings: noSso },
	],
	invalid: [
		{
			code: GRAPH,
			filename: "domains.json",
			settings: noSso,
			errors: [{ messageId: "federatedWithoutSso", data: { domain: "contoso.com" }, line: 4, column: 27, endLine: 4, endColumn: 38 }],
		},
		{
			// Get-MsolDomain | ConvertTo-Json writes the authentication as a number: 1 is Federated.
			code: '[\n  { "Name": "contoso.com", "Authentication": 1, "Status": 1, "IsDefault": true },\n  { "Name": "fabrikam.com", "Authentication": 1, "Status": 1, "IsDefault": false }\n]\n',
			filename: "msol-domains.json",
			settings: migration({ sso: false, domains: { onPremises: ["contoso.com"] } }),
			errors: [
				{ messageId: "federatedWithoutSso", data: { domain: "contoso.com" }, line: 2, column: 46, endLine: 2, endColumn: 47 },
				{ messageId: "federatedWithoutSso", data: { domain: "fabrikam.com" }, line: 3, column: 47, endLine: 3, endColumn: 48 },
			],
		},
		{
			code: MANAGED,
			filename: "domains.json",
			settings: sso,
			errors: [{ messageId: "managedWithSso", data: { domain: "contoso.com" }, line: 4, column: 27, endLine: 4, endColumn: 36 }],
		},
		{
			code: "# Get-MgDomain, before AD FS was deployed\n- Id: Contoso.com\n  AuthenticationType: managed\n- Id: eu.fabrikam.com\n  AuthenticationType: Managed\n- Id: litware.com\n  AuthenticationType: Managed\n- Id: contoso.onmicrosoft.com\n  AuthenticationType: Managed\n",
			filename: "domains.yaml",
			settings: migration({ sso: true, domains: { onPremises: ["contoso.com", "*.fabrikam.com"] } }),
			errors: [
				{ messageId: "managedWithSso", data: { domain: "Contoso.com" }, line: 3, column: 23, endLine: 3, endColumn: 30 },
				{ messageId: "managedWithSso", data: { domain: "eu.fabrikam.com" }, line: 5, column: 23, endLine: 5, endColumn: 30 },
			],
		},
	],
});
