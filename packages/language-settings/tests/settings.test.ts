import { describe, expect, it } from "vitest";
import type { SettingsNode, ValueNode } from "../src/ast.js";
import { recogniseSettings } from "../src/settings/kinds.js";
import {
	accessEdgeEntries,
	dnsRecords,
	domainEntries,
	migrationEndpoints,
	onPremisesFederationDomains,
	tenantFederationEntries,
} from "../src/settings/accessors.js";
import { getMember, getValue, stringValue } from "../src/settings/members.js";
import { parseSettingsText } from "../src/settings/parse-settings.js";
import { validateSettings } from "../src/settings/validate.js";

function settingsOf(text: string, fileName: string) {
	const result = parseSettingsText(text, fileName);
	if (!result.ok) throw new Error(`unexpected syntax error: ${result.message}`);
	return result.settings;
}

/** The kinds of the document's settings sections, in document order ("dns-records,domains"), or null. */
function kindOf(text: string, fileName = "settings.yaml") {
	return (
		settingsOf(text, fileName)
			?.sections.map((section) => section.kind)
			.join(",") ?? null
	);
}

function where(node: SettingsNode | undefined): string {
	if (!node) return "none";
	const { start, end } = node.loc;
	return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

describe("recognising settings documents", () => {
	it("looks through an array of 2,000,000 elements without overflowing the stack", () => {
		const loc = { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } };
		const element: ValueNode = { type: "Null", value: null, range: [1, 5], loc };
		const array: ValueNode = { type: "Array", elements: Array<ValueNode>(2_000_000).fill(element), range: [0, 7], loc };
		// Not a list of settings objects: every element is looked at for sections of a combined file.
		expect(recogniseSettings(array)).toBeNull();
	});

	it("recognises a tenant federation configuration, exported or written by hand, in any letter case", () => {
		expect(kindOf('{ "Identity": "Global", "AllowFederatedUsers": true, "SharedSipAddressSpace": false }', "federation.json")).toBe("tenant-federation");
		expect(kindOf("sharedSipAddressSpace: true\n")).toBe("tenant-federation");
		expect(kindOf("- Identity: Global\n  ALLOWFEDERATEDUSERS: true\n")).toBe("tenant-federation");
	});

	it("recognises the on-premises Access Edge configuration, which has AllowFederatedUsers too, as its own kind", () => {
		const exported = '{ "Identity": "Global", "AllowFederatedUsers": true, "AllowOutsideUsers": true, "EnablePartnerDiscovery": false, "RoutingMethod": 1 }';
		expect(kindOf(exported, "edge.json")).toBe("access-edge");
		expect(settingsOf(exported, "edge.json")?.sections[0]!.objects.map((object) => object.shape.name)).toEqual(["access-edge"]);
		expect(kindOf("AllowFederatedUsers: true\nEnablePartnerDiscovery: true\n")).toBe("access-edge");
		expect(kindOf("runbook:\n  accessEdge:\n    enablePartnerDiscovery: true\n  tenantFederation:\n    allowFederatedUsers: true\n")).toBe(
			"access-edge,tenant-federation",
		);
	});

	it("recognises the on-premises allowed and blocked domain lists only in the shape Get-CsAllowedDomain and Get-CsBlockedDomain export", () => {
		const allowed =
			'[{ "Identity": "fabrikam.com", "Domain": "fabrikam.com", "ProxyFqdn": null, "Comment": null, "MarkForMonitoring": false, "VerificationLevel": 2 }]';
		expect(kindOf(allowed, "allowed.json")).toBe("allowed-federation-domains");
		expect(kindOf('[{ "Identity": "litware.com", "Domain": "litware.com", "Comment": "spam" }]', "blocked.json")).toBe("blocked-federation-domains");
		// A trimmed allowed list could be either; a domain whose identity is something else is not one of these.
		expect(kindOf('[{ "Identity": "fabrikam.com", "Domain": "fabrikam.com" }]', "trimmed.json")).toBeNull();
		expect(kindOf('[{ "Identity": "fabrikam.com", "Domain": "fabrikam.com", "Comment": null, "Owner": "Ann" }]', "other.json")).toBeNull();
		expect(kindOf('[{ "Identity": "42", "Domain": "litware.com", "Comment": null }]', "other.json")).toBeNull();
		// Online entries have a Domain alone.
		expect(kindOf('[{ "Domain": "fabrikam.com" }]', "online.json")).toBeNull();
	});

	it("recognises domain lists from Get-MgDomain, Graph's JSON and Get-MsolDomain", () => {
		expect(kindOf('[{ "Id": "contoso.com", "AuthenticationType": "Federated" }]', "domains.json")).toBe("domains");
		expect(
			kindOf(
				'{ "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#domains", "value": [{ "id": "contoso.com", "authenticationType": "Managed" }] }',
				"domains.json",
			),
		).toBe("domains");
		expect(kindOf('[{ "Name": "contoso.com", "Authentication": 1, "Status": 1 }]', "msol.json")).toBe("domains");
		expect(settingsOf('[{ "Name": "contoso.com", "Authentication": 0 }]', "msol.json")?.sections[0]!.objects.map((object) => object.shape.name)).toEqual([
			"msol-domain",
		]);
	});

	it("recognises DNS record lists: Graph's records, Resolve-DnsName's and hand-written ones", () => {
		expect(
			kindOf('{ "value": [{ "recordType": "CName", "label": "autodiscover.contoso.com", "canonicalName": "autodiscover.outlook.com" }] }', "dns.json"),
		).toBe("dns-records");
		expect(kindOf('[{ "Name": "autodiscover.contoso.com", "Type": 5, "TTL": 3600, "NameHost": "autodiscover.outlook.com" }]', "dns.json")).toBe("dns-records");
		expect(kindOf("- type: cname\n  name: autodiscover\n  target: autodiscover.outlook.com\n")).toBe("dns-records");
	});

	it("recognises migration endpoints by their type, their parameter set switch, or a remote server with endpoint settings", () => {
		expect(kindOf('{ "Identity": "IMAP", "EndpointType": "IMAP", "RemoteServer": "imap.contoso.com", "Port": 993 }', "endpoint.json")).toBe(
			"migration-endpoints",
		);
		expect(kindOf("Name: Hybrid\nExchangeRemoteMove: true\nRemoteServer: mail.contoso.com\n")).toBe("migration-endpoints");
		expect(kindOf("Name: OA\nRemoteServer: mail.contoso.com\nAuthentication: Basic\n")).toBe("migration-endpoints");
	});

	it("checks every object of a recognised list, even one that does not look like the others", () => {
		const settings = settingsOf("- Id: contoso.com\n  AuthenticationType: Federated\n- Id: fabrikam.com\n  AuthentcationType: Managed\n", "domains.yaml");
		expect(settings?.sections[0]!.objects.map((object) => object.shape.name)).toEqual(["graph-domain", "graph-domain"]);
	});

	it("does not recognise tool files, pipelines, or arbitrary data", () => {
		expect(kindOf('{ "name": "migration-scripts", "version": "1.0.0", "dependencies": { "yaml": "^2" } }', "package.json")).toBeNull();
		expect(kindOf('{ "compilerOptions": { "strict": true } }', "tsconfig.json")).toBeNull();
		expect(kindOf("on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx miglint\n")).toBeNull();
		expect(kindOf('[{ "name": "Terry", "type": "user" }, { "name": "Ann", "type": "admin" }]', "people.json")).toBeNull();
		// An endpoint's Authentication is not a domain's.
		expect(kindOf('{ "Name": "x", "Authentication": "Basic" }', "x.json")).toBeNull();
		expect(kindOf("[1, 2, 3]", "numbers.json")).toBeNull();
		expect(kindOf('[{ "Id": "contoso.com", "AuthenticationType": "Federated" }, 3]', "mixed.json")).toBeNull();
		expect(kindOf('"just a string"', "string.json")).toBeNull();
		expect(kindOf("", "empty.yaml")).toBeNull();
		expect(kindOf('{ "value": [] }', "empty-list.json")).toBeNull();
	});
});

describe("settings accessors", () => {
	it("reads members in any letter case, the last one when repeated, through aliases", () => {
		const result = parseSettingsText("base: &b Federated\nAuthenticationType: Managed\nauthenticationtype: *b\n", "x.yaml");
		const object = result.ok && result.ast.body?.type === "Object" ? result.ast.body : undefined;
		expect(getMember(object!, "AUTHENTICATIONTYPE")?.name.value).toBe("authenticationtype");
		expect(stringValue(getValue(object!, "AuthenticationType"))).toBe("Federated");
		expect(getMember(object!, "missing")).toBeUndefined();
	});

	it("gives the tenant federation settings with their nodes", () => {
		const [entry, ...others] = tenantFederationEntries(
			settingsOf('{\n  "SharedSipAddressSpace": false,\n  "AllowFederatedUsers": "yes"\n}', "federation.json"),
		);
		expect(others).toEqual([]);
		expect(entry?.sharedSipAddressSpace?.value).toBe(false);
		expect(where(entry?.sharedSipAddressSpace?.node)).toBe("2:27-2:32");
		expect(where(entry?.sharedSipAddressSpace?.key)).toBe("2:2-2:25");
		// A value of the wrong type reads as undefined; its node is still there to report.
		expect(entry?.allowFederatedUsers?.value).toBeUndefined();
		expect(where(entry?.allowFederatedUsers?.node)).toBe("3:25-3:30");
		expect(tenantFederationEntries(settingsOf('[{ "Id": "contoso.com", "AuthenticationType": "Federated" }]', "domains.json"))).toEqual([]);
		expect(tenantFederationEntries(null)).toEqual([]);
	});

	it("gives the tenant's open or closed federation and its domain lists, in every form ConvertTo-Json writes them", () => {
		const open = tenantFederationEntries(
			settingsOf(
				'{\n  "AllowFederatedUsers": true,\n  "AllowedDomains": {},\n  "BlockedDomains": [{ "Domain": "Litware.com" }, "Domain=adatum.com"]\n}',
				"f.json",
			),
		)[0];
		expect([open?.openFederation?.value, where(open?.openFederation?.node), open?.allowedDomains]).toEqual([true, "3:20-3:22", undefined]);
		expect(open?.blockedDomains?.map(({ name, node }) => [name, where(node)])).toEqual([
			["litware.com", "4:33-4:46"],
			["adatum.com", "4:50-4:69"],
		]);
		const closed = tenantFederationEntries(
			settingsOf('{ "AllowFederatedUsers": true, "AllowedDomains": { "AllowedDomain": ["Domain=fabrikam.com"] } }', "f.json"),
		)[0];
		expect([closed?.openFederation?.value, closed?.allowedDomains?.map(({ name }) => name), closed?.blockedDomains]).toEqual([
			false,
			["fabrikam.com"],
			undefined,
		]);
		const written = tenantFederationEntries(settingsOf("AllowFederatedUsers: true\nAllowedDomains: AllowAllKnownDomains\nBlockedDomains: []\n", "f.yaml"))[0];
		expect([written?.openFederation?.value, written?.blockedDomains]).toEqual([true, []]);
		const asAList = tenantFederationEntries(
			settingsOf("AllowFederatedUsers: true\nAllowedDomains:\n  AllowedDomain: 3\nAllowedDomainsAsAList: [Fabrikam.com]\n", "f.yaml"),
		)[0];
		expect(asAList?.allowedDomains?.map(({ name }) => name)).toEqual(["fabrikam.com"]);
		// A value that tells neither, a list with an entry that names no domain: nothing is known.
		const unknown = tenantFederationEntries(settingsOf("AllowFederatedUsers: true\nAllowedDomains: 7\nBlockedDomains: [contoso.com, 3]\n", "f.yaml"))[0];
		expect([unknown?.openFederation?.value, unknown?.blockedDomains]).toEqual([undefined, undefined]);
	});

	it("gives the Access Edge switches and the on-premises domain lists with their nodes", () => {
		const [edge] = accessEdgeEntries(settingsOf("AllowFederatedUsers: false\nEnablePartnerDiscovery: true\n", "edge.yaml"));
		expect([edge?.allowFederatedUsers?.value, edge?.enablePartnerDiscovery?.value, where(edge?.enablePartnerDiscovery?.node)]).toEqual([
			false,
			true,
			"2:24-2:28",
		]);
		const blocked = settingsOf("- Identity: Litware.com\n  Domain: Litware.com\n  Comment: null\n", "blocked.yaml");
		expect(onPremisesFederationDomains(blocked, "blocked-federation-domains")?.map(({ name, node }) => [name, where(node)])).toEqual([
			["litware.com", "2:10-2:21"],
		]);
		expect(onPremisesFederationDomains(blocked, "allowed-federation-domains")).toBeUndefined();
		expect(accessEdgeEntries(blocked)).toEqual([]);
	});

	it("gives each domain's name and authentication, MSOnline numbers and letter case normalised", () => {
		const graph = domainEntries(
			settingsOf(
				"- Id: contoso.com\n  AuthenticationType: federated\n  IsVerified: true\n  IsDefault: false\n- Id: fabrikam.com\n  AuthenticationType: Managed\n",
				"d.yaml",
			),
		);
		expect(graph.map(({ name, authentication, isDefault, isVerified }) => ({ name, authentication, isDefault, isVerified }))).toEqual([
			{ name: "contoso.com", authentication: "Federated", isDefault: false, isVerified: true },
			{ name: "fabrikam.com", authentication: "Managed", isDefault: undefined, isVerified: undefined },
		]);
		expect(where(graph[0]?.nameNode)).toBe("1:6-1:17");
		expect(where(graph[0]?.authenticationNode)).toBe("2:22-2:31");
		const msol = domainEntries(
			settingsOf(
				'[{ "Name": "contoso.com", "Authentication": 1, "Status": "Verified" }, { "Name": "fabrikam.com", "Authentication": 0, "Status": "Unverified" }]',
				"m.json",
			),
		);
		expect(msol.map(({ name, authentication, isVerified }) => [name, authentication, isVerified])).toEqual([
			["contoso.com", "Federated", true],
			["fabrikam.com", "Managed", false],
		]);
	});

	it("gives each DNS record's type, name, target and TTL, wherever the export put them", () => {
		const records = dnsRecords(
			settingsOf(
				'{ "value": [\n  { "RecordType": "CName", "Label": "autodiscover.contoso.com", "Ttl": 3600, "AdditionalProperties": { "canonicalName": "autodiscover.outlook.com" } },\n  { "RecordType": "Txt", "Label": "contoso.com", "Ttl": 3600, "Text": "v=spf1 include:spf.protection.outlook.com -all" }\n] }',
				"dns.json",
			),
		);
		expect(records.map(({ type, name, target, ttl }) => [type, name, target, ttl])).toEqual([
			["CNAME", "autodiscover.contoso.com", "autodiscover.outlook.com", 3600],
			["TXT", "contoso.com", "v=spf1 include:spf.protection.outlook.com -all", 3600],
		]);
		expect(where(records[0]?.targetNode)).toBe("2:120-2:146");
		const resolved = dnsRecords(settingsOf('[{ "Name": "contoso.com", "Type": 16, "TTL": 300, "Strings": ["v=spf1 ", "-all"] }]', "resolve.json"));
		expect(resolved.map(({ type, target, ttl }) => [type, target, ttl])).toEqual([["TXT", "v=spf1 -all", 300]]);
		const written = dnsRecords(settingsOf("- type: cname\n  name: autodiscover\n  target: autodiscover.outlook.com\n", "dns.yaml"));
		expect(written.map(({ type, name, target, ttl }) => [type, name, target, ttl])).toEqual([["CNAME", "autodiscover", "autodiscover.outlook.com", undefined]]);
		expect(where(written[0]?.typeNode)).toBe("1:8-1:13");
	});

	it("gives each migration endpoint's name, type, server and certificate setting", () => {
		const [exported] = migrationEndpoints(
			settingsOf(
				'{ "Identity": "IMAP", "EndpointType": "IMAP", "RemoteServer": "imap.contoso.com", "Port": 993, "Security": "Ssl", "AcceptUntrustedCertificates": true }',
				"e.json",
			),
		);
		expect([
			exported?.name?.value,
			exported?.endpointType,
			exported?.remoteServer?.value,
			exported?.port?.value,
			exported?.security?.value,
			exported?.acceptUntrustedCertificates?.value,
		]).toEqual(["IMAP", "IMAP", "imap.contoso.com", 993, "Ssl", true]);
		const [written] = migrationEndpoints(settingsOf("Name: Hybrid\nExchangeRemoteMove: true\nRemoteServer: mail.contoso.com\n", "e.yaml"));
		expect([written?.name?.value, written?.endpointType, where(written?.endpointTypeNode), written?.acceptUntrustedCertificates]).toEqual([
			"Hybrid",
			"ExchangeRemoteMove",
			"2:20-2:24",
			undefined,
		]);
	});
});

describe("schema problems", () => {
	function problems(text: string, fileName: string) {
		return validateSettings(settingsOf(text, fileName)!).map((problem) => ({
			kind: problem.kind,
			at: where(problem.node),
			path: problem.path,
			...(problem.kind === "invalid-value"
				? { found: problem.found, expected: problem.expected }
				: problem.kind === "unknown-key"
					? { suggestion: problem.suggestion }
					: { name: problem.name }),
		}));
	}

	it("are located at the value for types and enumerations, at the key for unknown keys, at the object for missing keys", () => {
		expect(
			problems(
				'[\n  { "Id": "contoso.com", "AuthenticationType": "Federate", "IsDefualt": true },\n  { "AuthenticationType": "Managed", "PasswordValidityPeriodInDays": 90.5 }\n]',
				"d.json",
			),
		).toEqual([
			{ kind: "invalid-value", at: "2:47-2:57", path: "AuthenticationType", found: 'the string "Federate"', expected: 'one of "Managed", "Federated"' },
			{ kind: "unknown-key", at: "2:59-2:70", path: "IsDefualt", suggestion: "IsDefault" },
			{ kind: "missing-key", at: "3:2-3:75", path: "", name: "Id" },
			{ kind: "invalid-value", at: "3:69-3:73", path: "PasswordValidityPeriodInDays", found: "the number 90.5", expected: "a whole number" },
		]);
	});

	it("name nested values by their path, keys as written", () => {
		expect(problems("sharedSipAddressSpace: true\nblockedDomains:\n  - contoso.com\n  - [fabrikam.com]\n", "f.yaml")).toEqual([
			{ kind: "invalid-value", at: "4:4-4:18", path: "blockedDomains[1]", found: "a list", expected: "a string or an object" },
		]);
	});

	it("report a value that fits none of the alternatives once", () => {
		expect(problems("Name: x\nIMAP: true\nRemoteServer: imap.contoso.com\nMaxConcurrentMigrations: lots\n", "e.yaml")).toEqual([
			{ kind: "invalid-value", at: "4:25-4:29", path: "MaxConcurrentMigrations", found: 'the string "lots"', expected: 'a whole number or "Unlimited"' },
		]);
	});

	it("find nothing wrong with a complete export", () => {
		const federation = JSON.stringify({
			Identity: "Global",
			AllowedDomains: {},
			BlockedDomains: [{ Domain: "fabrikam.com" }],
			AllowedTrialTenantDomains: [],
			AllowFederatedUsers: true,
			AllowTeamsConsumer: true,
			AllowTeamsConsumerInbound: true,
			TreatDiscoveredPartnersAsUnverified: false,
			SharedSipAddressSpace: true,
			RestrictTeamsConsumerToExternalUserProfiles: false,
			BlockAllSubdomains: false,
			ExternalAccessWithTrialTenants: "Blocked",
			AllowPublicUsers: false,
			PSComputerName: "api.interfaces.records.teams.microsoft.com",
			RunspaceId: "5e0c2f0c-6b4a-4a57-9b1f-2f5ad0e1c0aa",
			PSShowComputerName: false,
		});
		expect(problems(federation, "federation.json")).toEqual([]);
		// Get-CsAccessEdgeConfiguration with DNS SRV routing; Windows PowerShell writes enumerations as numbers.
		const accessEdge = JSON.stringify({
			Identity: "Global",
			AllowAnonymousUsers: true,
			AllowFederatedUsers: true,
			AllowOutsideUsers: true,
			BeClearingHouse: false,
			EnablePartnerDiscovery: true,
			DiscoveredPartnerVerificationLevel: 2,
			EnableArchivingDisclaimer: false,
			KeepCrlsUpToDateForPeers: true,
			MarkSourceVerifiableOnOutgoingMessages: true,
			OutgoingTlsCountForFederatedPartners: 4,
			RoutingMethod: "UseDnsSrvRouting",
			DiscoveredPartnerReportPeriodMinutes: 60,
			DiscoveredPartnerStandardRate: 20,
			EnableDiscoveredPartnerContactsLimit: true,
			EnableUserReplicator: false,
			MaxAcceptedCertificatesStored: 1000,
			MaxRejectedCertificatesStored: 500,
			CertificatesDeletedPercentage: 20,
			MaxContactsPerDiscoveredPartner: 1000,
			DnsSrvCacheRecordCount: 131072,
			SkypeSearchUrl: null,
		});
		expect(problems(accessEdge, "access-edge.json")).toEqual([]);
		expect(problems('{ "AllowFederatedUsers": true, "EnablePartnerDiscovery": "yes", "EnablePartnerDiscover": true }', "edge.json")).toEqual([
			{ kind: "invalid-value", at: "1:57-1:62", path: "EnablePartnerDiscovery", found: 'the string "yes"', expected: "true or false" },
			{ kind: "unknown-key", at: "1:64-1:87", path: "EnablePartnerDiscover", suggestion: "EnablePartnerDiscovery" },
		]);
	});
});
