import type { FederationFacts } from "@miglint/core";
import rule from "../../src/rules/config-federation-parity.js";
import { createRuleTester } from "../rule-tester.js";

const project = (federation: FederationFacts) => ({ miglint: { project: { federation } } });

/** The on-premises side as the project's exports tell it: Access Edge with partner discovery, one blocked domain. */
const ON_PREMISES = {
	allowFederatedUsers: { value: true, file: "settings/access-edge.json" },
	partnerDiscovery: { value: true, file: "settings/access-edge.json" },
	blockedDomains: { value: ["litware.com"], file: "settings/blocked-domains.json" },
};
/** The online side: open federation, the same blocked domain. */
const ONLINE = {
	allowFederatedUsers: { value: true, file: "settings/tenant-federation.json" },
	partnerDiscovery: { value: true, file: "settings/tenant-federation.json" },
	blockedDomains: { value: ["litware.com"], file: "settings/tenant-federation.json" },
};
const matching = project({ onPremises: ON_PREMISES, online: ONLINE });

/** Get-CsTenantFederationConfiguration | ConvertTo-Json, shortened. */
const TENANT = `{
  "Identity": "Global",
  "AllowedDomains": {},
  "BlockedDomains": [
    {
      "Domain": "litware.com"
    }
  ],
  "AllowFederatedUsers": true,
  "SharedSipAddressSpace": true
}
`;
/** Get-CsAccessEdgeConfiguration | ConvertTo-Json, shortened. */
const ACCESS_EDGE = `{
  "Identity": "Global",
  "AllowFederatedUsers": true,
  "AllowOutsideUsers": true,
  "EnablePartnerDiscovery": true,
  "RoutingMethod": 1
}
`;
/** Get-CsBlockedDomain | ConvertTo-Json */
const BLOCKED = `[
  {
    "Identity": "Litware.com",
    "Domain": "Litware.com",
    "Comment": null
  }
]
`;
/** Get-CsAllowedDomain | ConvertTo-Json */
const ALLOWED = `- Identity: fabrikam.com
  Domain: fabrikam.com
  ProxyFqdn: sip.fabrikam.com
  Comment: null
  MarkForMonitoring: false
  VerificationLevel: 2
- Identity: tailspintoys.com
  Domain: tailspintoys.com
  ProxyFqdn: null
  Comment: null
  MarkForMonitoring: false
  VerificationLevel: 2
`;
const closedOnline = (allowed: string[]) =>
	project({
		onPremises: { ...ON_PREMISES, partnerDiscovery: { value: false, file: "settings/access-edge.json" } },
		online: { ...ONLINE, partnerDiscovery: { value: false, file: "t.json" }, allowedDomains: { value: allowed, file: "t.json" } },
	});

createRuleTester().run("config-federation-parity", rule, {
	valid: [
		// Both sides match.
		{ code: TENANT, filename: "settings.json", settings: matching },
		{ code: ACCESS_EDGE, filename: "settings.json", settings: matching },
		{ code: BLOCKED, filename: "settings.json", settings: matching },
		// Only one side in the project: nothing to compare, whatever the file says.
		{ code: TENANT.replace('"AllowFederatedUsers": true', '"AllowFederatedUsers": false'), filename: "settings.json" },
		{ code: ACCESS_EDGE.replace('"EnablePartnerDiscovery": true', '"EnablePartnerDiscovery": false'), filename: "settings.json" },
		// A part the other side's exports do not tell (or disagree on) is not compared.
		{
			code: TENANT.replace("litware.com", "adatum.com"),
			filename: "settings.json",
			settings: project({ onPremises: { allowFederatedUsers: ON_PREMISES.allowFederatedUsers }, online: ONLINE }),
		},
		{
			code: ACCESS_EDGE.replace('"EnablePartnerDiscovery": true', '"EnablePartnerDiscovery": false'),
			filename: "settings.json",
			settings: project({ onPremises: ON_PREMISES, online: { blockedDomains: ONLINE.blockedDomains } }),
		},
		// A value this file does not tell: default routing has no EnablePartnerDiscovery, an AllowedDomains of another form.
		{ code: '{ "AllowFederatedUsers": true, "DefaultRouteFqdn": "edge.contoso.com" }', filename: "settings.json", settings: matching },
		{ code: "AllowFederatedUsers: true\nAllowedDomains: 7\n", filename: "tenant.yaml", settings: matching },
		// Domains compare in any letter case and as Domain= text.
		{ code: "AllowFederatedUsers: true\nBlockedDomains: [Domain=LITWARE.com]\n", filename: "tenant.yaml", settings: matching },
		// Open federation online has no allow list to match: the on-premises allowed domains are not compared.
		{ code: ALLOWED, filename: "allowed.yaml", settings: matching },
		{ code: ALLOWED, filename: "allowed.yaml", settings: closedOnline(["tailspintoys.com", "fabrikam.com"]) },
		// Not federation settings.
		{ code: '[{ "Id": "contoso.com", "AuthenticationType": "Federated" }]', filename: "settings.json", settings: matching },
		{ code: '{ "federation": false, "blocked": ["adatum.com"] }', filename: "settings.json", settings: matching },
	],
	invalid: [
		{
			code: TENANT.replace('"AllowFederatedUsers": true', '"AllowFederatedUsers": false'),
			filename: "settings.json",
			settings: matching,
			errors: [
				{
					messageId: "federationOff",
					data: { key: "AllowFederatedUsers", other: "settings/access-edge.json" },
					line: 9,
					column: 26,
					endLine: 9,
					endColumn: 31,
				},
			],
		},
		{
			code: ACCESS_EDGE.replace('"AllowFederatedUsers": true', '"allowFederatedUsers": false'),
			filename: "settings.json",
			settings: matching,
			errors: [
				{
					messageId: "federationOff",
					data: { key: "allowFederatedUsers", other: "settings/tenant-federation.json" },
					line: 3,
					column: 26,
					endLine: 3,
					endColumn: 31,
				},
			],
		},
		{
			// Partner discovery on premises, closed federation online.
			code: ACCESS_EDGE,
			filename: "settings.json",
			settings: project({ onPremises: ON_PREMISES, online: { ...ONLINE, partnerDiscovery: { value: false, file: "t.json" } } }),
			errors: [{ messageId: "discoveryWithClosedFederation", data: { other: "t.json" }, line: 5, column: 29, endLine: 5, endColumn: 33 }],
		},
		{
			code: "AllowFederatedUsers: true\nEnablePartnerDiscovery: false\n",
			filename: "edge.yaml",
			settings: matching,
			errors: [
				{ messageId: "noDiscoveryWithOpenFederation", data: { other: "settings/tenant-federation.json" }, line: 2, column: 25, endLine: 2, endColumn: 30 },
			],
		},
		{
			code: TENANT,
			filename: "settings.json",
			settings: project({ onPremises: { ...ON_PREMISES, partnerDiscovery: { value: false, file: "e.json" } }, online: ONLINE }),
			errors: [{ messageId: "openFederationWithoutDiscovery", data: { other: "e.json" }, line: 3, column: 21, endLine: 3, endColumn: 23 }],
		},
		{
			// An allow list online, partner discovery on premises; and the two allow lists differ.
			code: "AllowFederatedUsers: true\nAllowedDomains:\n  AllowedDomain:\n    - Domain=fabrikam.com\n    - Domain=adatum.com\nBlockedDomains: [litware.com]\n",
			filename: "tenant.yaml",
			settings: project({ onPremises: { ...ON_PREMISES, allowedDomains: { value: ["fabrikam.com"], file: "a.json" } }, online: ONLINE }),
			errors: [
				{ messageId: "closedFederationWithDiscovery", data: { other: "settings/access-edge.json" }, line: 3, column: 3, endLine: 5, endColumn: 24 },
				{ messageId: "domainOnlyHere", data: { domain: "adatum.com", list: "allowed", other: "a.json" }, line: 5, column: 7, endLine: 5, endColumn: 24 },
			],
		},
		{
			// Blocked online, not on premises; on premises, the other way round.
			code: TENANT.replace("litware.com", "adatum.com"),
			filename: "settings.json",
			settings: matching,
			errors: [
				{
					messageId: "domainOnlyHere",
					data: { domain: "adatum.com", list: "blocked", other: "settings/blocked-domains.json" },
					line: 6,
					column: 17,
					endLine: 6,
					endColumn: 29,
				},
			],
		},
		{
			code: BLOCKED.replaceAll("Litware.com", "Fabrikam.com"),
			filename: "settings.json",
			settings: matching,
			errors: [
				{
					messageId: "domainOnlyHere",
					data: { domain: "fabrikam.com", list: "blocked", other: "settings/tenant-federation.json" },
					line: 4,
					column: 15,
					endLine: 4,
					endColumn: 29,
				},
			],
		},
		{
			code: ALLOWED,
			filename: "allowed.yaml",
			settings: closedOnline(["fabrikam.com"]),
			errors: [
				{ messageId: "domainOnlyHere", data: { domain: "tailspintoys.com", list: "allowed", other: "t.json" }, line: 8, column: 11, endLine: 8, endColumn: 27 },
			],
		},
		{
			// A section of a combined runbook, compared with the other side's exports.
			code: "skypeHybrid:\n  accessEdge:\n    AllowFederatedUsers: true\n    EnablePartnerDiscovery: false\n  tenantFederation:\n    AllowFederatedUsers: true\n    AllowedDomains: AllowAllKnownDomains\n",
			filename: "runbook.yaml",
			settings: matching,
			errors: [{ messageId: "noDiscoveryWithOpenFederation", line: 4, column: 29, endLine: 4, endColumn: 34 }],
		},
	],
});
