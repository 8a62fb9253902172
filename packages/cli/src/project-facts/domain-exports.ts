import { readFileSync } from "node:fs";
import { decodeBytes } from "@miglint/core";
import { relativePath } from "../paths.js";

/** Single sign-on as the project's domain exports show it. */
export interface SsoFact {
	federated: boolean;
	/** Where it comes from, for messages: "settings/domains.json:4:27 (contoso.com is Federated)". */
	source: string;
	domains: { name: string; authentication: string; file: string; line: number; column: number }[];
}

/** Domain exports are the only settings documents with this key (Get-MgDomain: AuthenticationType, Get-MsolDomain: Authentication). */
const MENTIONS_AUTHENTICATION = /authentication/iu;

/**
 * SSO from the domain exports of the project (Get-MgDomain / Get-MsolDomain):
 * federated when one lists a Federated domain. Null without domain exports.
 */
export async function ssoFromDomainExports(settingsFiles: readonly string[], root: string): Promise<SsoFact | null> {
	const texts = settingsFiles.flatMap((file) => {
		try {
			const decoded = decodeBytes(readFileSync(file));
			return !decoded.binary && MENTIONS_AUTHENTICATION.test(decoded.text) ? [{ file, text: decoded.text }] : [];
		} catch {
			return [];
		}
	});
	if (texts.length === 0) return null;
	const { parseSettingsText, domainEntries } = await import("@miglint/language-settings");
	const domains: SsoFact["domains"] = [];
	for (const { file, text } of texts) {
		const parsed = parseSettingsText(text, file);
		if (!parsed.ok) continue;
		for (const entry of domainEntries(parsed.settings)) {
			const { name, authentication, authenticationNode } = entry;
			if (name === undefined || authentication === undefined || authenticationNode === undefined) continue;
			const { line, column } = authenticationNode.loc.start;
			domains.push({ name, authentication, file, line, column: column + 1 });
		}
	}
	if (domains.length === 0) return null;
	const federated = domains.find((domain) => domain.authentication.toLowerCase() === "federated");
	const where = (domain: SsoFact["domains"][number]) => `${relativePath(root, domain.file)}:${domain.line}:${domain.column}`;
	return federated
		? { federated: true, source: `${where(federated)} says ${federated.name} is Federated`, domains }
		: { federated: false, source: `${domains.length} domains in the domain exports, none Federated`, domains };
}
