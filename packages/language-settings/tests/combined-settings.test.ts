import { describe, expect, it } from "vitest";
import { dnsRecords, domainEntries, migrationEndpoints, tenantFederationEntries } from "../src/settings/accessors.js";
import { parseSettingsText } from "../src/settings/parse-settings.js";
import { validateSettings } from "../src/settings/validate.js";

function settingsOf(text: string, fileName = "runbook.yaml") {
	const result = parseSettingsText(text, fileName);
	if (!result.ok) throw new Error(`unexpected syntax error: ${result.message}`);
	return result.settings;
}

/** Each section's kind with the line of its first object. */
function sectionsOf(text: string, fileName?: string): string[] | null {
	return settingsOf(text, fileName)?.sections.map((section) => `${section.kind}@${section.objects[0]!.node.loc.start.line}`) ?? null;
}

/** A hand-written runbook with the four kinds of settings under one root. */
const RUNBOOK = `project: Contoso wave 2
owner: it-messaging@contoso.com
tenantFederation:
  Identity: Global
  AllowFederatedUsers: true
  SharedSipAddressSpace: false
dnsRecords:
  - type: CNAME
    name: autodiscover.contoso.com
    target: autodiscover.outlook.com
domains:
  - Id: contoso.com
    AuthenticationType: Federated
endpoints:
  - Name: OA-Staged
    EndpointType: ExchangeOutlookAnywhere
    AcceptUntrustedCertificates: true
`;

describe("settings sections of a combined file", () => {
	it("recognises each section under the root, in document order, and the accessors read them", () => {
		expect(sectionsOf(RUNBOOK)).toEqual(["tenant-federation@4", "dns-records@8", "domains@12", "migration-endpoints@15"]);
		const settings = settingsOf(RUNBOOK);
		expect(tenantFederationEntries(settings).map((entry) => entry.sharedSipAddressSpace?.value)).toEqual([false]);
		expect(dnsRecords(settings).map((record) => record.target)).toEqual(["autodiscover.outlook.com"]);
		expect(domainEntries(settings).map((domain) => `${domain.name} ${domain.authentication}`)).toEqual(["contoso.com Federated"]);
		expect(migrationEndpoints(settings).map((endpoint) => endpoint.acceptUntrustedCertificates?.value)).toEqual([true]);
	});

	it("reads the section keys as PowerShell exports them or people write them", () => {
		const exported = JSON.stringify({
			TenantFederationConfiguration: { Identity: "Global", AllowFederatedUsers: true, SharedSipAddressSpace: true },
			Domains: { value: [{ id: "contoso.com", authenticationType: "Managed" }] },
			MigrationEndpoints: [{ Identity: "IMAP", EndpointType: "IMAP", RemoteServer: "imap.contoso.com", Port: 993 }],
			ServiceConfigurationRecords: [{ Label: "contoso.com", RecordType: "Mx", MailExchange: "contoso-com.mail.protection.outlook.com" }],
		});
		expect(sectionsOf(exported, "export.json")).toEqual(["tenant-federation@1", "domains@1", "migration-endpoints@1", "dns-records@1"]);
		expect(
			sectionsOf(
				"tenant_federation:\n  sharedSipAddressSpace: true\nDNS-Records:\n  - Type: MX\n    Name: contoso.com\n    Value: contoso-com.mail.protection.outlook.com\n",
			),
		).toEqual(["tenant-federation@2", "dns-records@4"]);
	});

	it("finds sections at any depth and in lists, and a section repeated through a YAML alias once", () => {
		const nested =
			"waves:\n  - name: wave 1\n    skype:\n      federation: &fed\n        SharedSipAddressSpace: true\n  - name: wave 2\n    skype:\n      federation: *fed\n    dns:\n      - type: CNAME\n        name: lyncdiscover.contoso.com\n        target: webdir.online.lync.com\n";
		expect(sectionsOf(nested)).toEqual(["tenant-federation@5", "dns-records@10"]);
	});

	it("checks the objects of a section against their kind's schema, located in the combined file", () => {
		const settings = settingsOf("runbook: wave 3\ntenantFederation:\n  AllowFederatedUsers: true\n  SharedSipAddressSpace: 'false'\n");
		expect(
			validateSettings(settings!).map((problem) => `${problem.kind} ${problem.path} ${problem.node.loc.start.line}:${problem.node.loc.start.column}`),
		).toEqual(["invalid-value SharedSipAddressSpace 4:25"]);
	});

	it("keeps the whole-document reading when the root itself is settings", () => {
		expect(sectionsOf("Identity: Global\nSharedSipAddressSpace: true\ndomains:\n  - Id: contoso.com\n    AuthenticationType: Managed\n")).toEqual([
			"tenant-federation@1",
		]);
	});

	it("recognises nothing in JSON and YAML that is not settings, even with section-like keys", () => {
		const unrelated: [string, string][] = [
			['{ "name": "miglint-demo", "version": "1.0.0", "dependencies": { "yaml": "^2.9.1" } }', "package.json"],
			["on: push\njobs:\n  lint:\n    runs-on: windows-latest\n    steps:\n      - run: npx miglint .\n", "ci.yml"],
			["domains:\n  - contoso.com\n  - fabrikam.com\nendpoints: [https://outlook.office.com]\n", "inventory.yaml"],
			["dns:\n  servers: [192.0.2.53]\n  search: [contoso.local]\nfederation:\n  enabled: true\n", "network.yaml"],
			["endpoints:\n  - name: api\n    url: https://api.contoso.com\n    port: 443\nrecords:\n  - name: wave1\n    type: staged\n", "services.yaml"],
			["apiVersion: v1\nkind: Service\nmetadata:\n  name: mail\nspec:\n  ports:\n    - port: 25\n", "service.yaml"],
		];
		for (const [text, fileName] of unrelated) {
			expect(sectionsOf(text, fileName), fileName).toBeNull();
		}
	});
});
