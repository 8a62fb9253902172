import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { emptyConfig } from "@miglint/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collectProjectFacts, factsFingerprints, projectFactsSource, type LanguageOfFile } from "../src/index.js";

const languageOf: LanguageOfFile = (file) => (file.endsWith(".json") || file.endsWith(".yaml") ? "settings" : undefined);

/** Get-CsAccessEdgeConfiguration | ConvertTo-Json, shortened. */
const ACCESS_EDGE = JSON.stringify({ Identity: "Global", AllowFederatedUsers: true, AllowOutsideUsers: true, EnablePartnerDiscovery: true });
/** Get-CsBlockedDomain | ConvertTo-Json */
const BLOCKED = JSON.stringify([
	{ Identity: "Litware.com", Domain: "Litware.com", Comment: null },
	{ Identity: "adatum.com", Domain: "adatum.com", Comment: "spam" },
]);
/** Get-CsTenantFederationConfiguration | ConvertTo-Json, shortened. */
const tenant = (blocked: string) =>
	`{ "Identity": "Global", "AllowFederatedUsers": true, "AllowedDomains": {}, "BlockedDomains": [${blocked}], "SharedSipAddressSpace": true }`;

let root = "";
const file = (name: string) => path.join(root, name);

beforeEach(() => {
	root = mkdtempSync(path.join(tmpdir(), "miglint-federation-"));
	writeFileSync(file("access-edge.json"), ACCESS_EDGE);
	writeFileSync(file("blocked.json"), BLOCKED);
	writeFileSync(file("tenant.json"), tenant('{ "Domain": "adatum.com" }, { "Domain": "litware.com" }'));
	writeFileSync(file("domains.json"), JSON.stringify([{ Id: "contoso.com", AuthenticationType: "Federated" }]));
});
afterEach(() => {
	rmSync(root, { recursive: true, force: true });
});

async function collect(files: readonly string[], previous = {}) {
	return collectProjectFacts(root, files.map(file), [], emptyConfig(root), languageOf, previous);
}

describe("federation from the exports of both sides", () => {
	it("joins the on-premises exports and the tenant's, and gives them to each file that holds federation settings", async () => {
		const { report } = await collect(["access-edge.json", "blocked.json", "domains.json", "tenant.json"]);
		const sides = { onPremises: report.federation?.onPremises, online: report.federation?.online };
		expect(sides).toEqual({
			onPremises: {
				allowFederatedUsers: { value: true, file: "access-edge.json" },
				partnerDiscovery: { value: true, file: "access-edge.json" },
				blockedDomains: { value: ["litware.com", "adatum.com"], file: "blocked.json" },
			},
			online: {
				allowFederatedUsers: { value: true, file: "tenant.json" },
				partnerDiscovery: { value: true, file: "tenant.json" },
				blockedDomains: { value: ["adatum.com", "litware.com"], file: "tenant.json" },
			},
		});
		const source = projectFactsSource(report, emptyConfig(root));
		expect(source(file("blocked.json")).federation).toEqual(sides);
		expect(source(file("tenant.json")).federation).toEqual(sides);
		expect(source(file("domains.json")).federation).toBeUndefined();
	});

	it("is absent with one side only", async () => {
		expect((await collect(["tenant.json", "domains.json"])).report.federation).toBeNull();
		expect((await collect(["access-edge.json", "blocked.json"])).report.federation).toBeNull();
	});

	it("leaves out a part two exports of one side disagree on, and names the first of those that agree", async () => {
		writeFileSync(file("tenant-copy.json"), tenant('"Domain=LITWARE.com", "adatum.com"'));
		const agreeing = await collect(["access-edge.json", "tenant.json", "tenant-copy.json"]);
		expect(agreeing.report.federation?.online.blockedDomains).toEqual({ value: ["adatum.com", "litware.com"], file: "tenant.json" });
		writeFileSync(file("tenant-copy.json"), tenant('"litware.com"'));
		const disagreeing = await collect(["access-edge.json", "tenant.json", "tenant-copy.json"]);
		expect(disagreeing.report.federation?.online).toEqual({
			allowFederatedUsers: { value: true, file: "tenant.json" },
			partnerDiscovery: { value: true, file: "tenant.json" },
		});
	});

	it("makes a settings file's cached result stale when the other side's export changes, from the facts index", async () => {
		const files = ["access-edge.json", "blocked.json", "tenant.json"];
		const cold = await collect(files);
		const fingerprint = (report: typeof cold.report) => factsFingerprints(report, projectFactsSource(report, emptyConfig(root)))(file("tenant.json"));
		const warm = await collect(files, cold.summaries.entries);
		expect(warm.summaries.read).toEqual([]);
		expect(fingerprint(warm.report)).toBe(fingerprint(cold.report));
		writeFileSync(file("blocked.json"), BLOCKED.replace(/adatum/gu, "fabrikam"));
		const edited = await collect(files, warm.summaries.entries);
		expect(edited.summaries.read).toEqual([file("blocked.json")]);
		expect(fingerprint(edited.report)).not.toBe(fingerprint(cold.report));
		expect(fingerprint(cold.report)).not.toBe("");
	});
});
