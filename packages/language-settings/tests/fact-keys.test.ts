import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FACT_KEYS } from "../src/settings/fact-keys.js";
import { parseSettingsText } from "../src/settings/parse-settings.js";

/** The kinds whose values the project facts read. */
const FACT_KINDS = new Set(["domains", "tenant-federation", "access-edge", "allowed-federation-domains", "blocked-federation-domains"]);
const holdsFactKey = (text: string) => new RegExp(FACT_KEYS.join("|"), "iu").test(text);

/** The smallest export of each kind the facts read, each with one key of FACT_KEYS only. */
const SMALLEST = {
	"graph domain": ['[{"Id": "contoso.com", "AuthenticationType": "Federated"}]', "domains"],
	"msol domain": ['[{"Name": "contoso.com", "Authentication": 1}]', "domains"],
	"tenant federation": ['{"SharedSipAddressSpace": true}', "tenant-federation"],
	"tenant federation, allow": ['{"AllowFederatedUsers": true}', "tenant-federation"],
	"access edge": ['{"BeClearingHouse": false}', "access-edge"],
	"allowed domain": ['[{"Identity": "fabrikam.com", "Domain": "fabrikam.com", "ProxyFqdn": null}]', "allowed-federation-domains"],
	"blocked domain": ['[{"Identity": "fabrikam.com", "Domain": "fabrikam.com", "Comment": ""}]', "blocked-federation-domains"],
} as const;

function kindsOf(text: string, file: string): string[] {
	const parsed = parseSettingsText(text, file);
	return parsed.ok ? (parsed.settings?.sections.map((section) => section.kind) ?? []) : [];
}

function settingsFixtures(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.(json|ya?ml)$/u.test(entry.name))
		.map((entry) => path.join(entry.parentPath, entry.name));
}

describe("FACT_KEYS", () => {
	it.each(Object.entries(SMALLEST))("is in the smallest %s export", (_name, [text, kind]) => {
		expect(kindsOf(text, "export.json")).toEqual([kind]);
		expect(holdsFactKey(text)).toBe(true);
	});

	it("is in every fixture recognised as a kind the facts read, and not in an accepted-domain export", () => {
		const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures");
		const recognised = settingsFixtures(root).filter((file) => kindsOf(readFileSync(file, "utf8"), file).some((kind) => FACT_KINDS.has(kind)));
		expect(recognised.length).toBeGreaterThan(3);
		for (const file of recognised) expect([file, holdsFactKey(readFileSync(file, "utf8"))]).toEqual([file, true]);
		expect(holdsFactKey("Name: contoso.com\nDomainName: contoso.com\nDomainType: Authoritative\n")).toBe(false);
	});
});
