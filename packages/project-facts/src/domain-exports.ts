import { relativePath } from "@miglint/core";
import type { FileSummary } from "./file-summaries.js";

/** Single sign-on as the project's domain exports show it. */
export interface SsoFact {
	federated: boolean;
	/** Where it comes from, for messages: "settings/domains.json:4:27 (contoso.com is Federated)". */
	source: string;
	domains: { name: string; authentication: string; file: string; line: number; column: number }[];
}

/**
 * SSO from the domain exports of the project (Get-MgDomain / Get-MsolDomain),
 * from the summaries of its settings files: federated when one lists a
 * Federated domain. Null without domain exports.
 */
export function ssoFromDomainExports(settingsFiles: readonly string[], summaries: ReadonlyMap<string, FileSummary>, root: string): SsoFact | null {
	const domains = settingsFiles.flatMap((file) => {
		const summary = summaries.get(file);
		return summary?.kind === "settings" ? summary.domains.map(({ name, authentication, line, column }) => ({ name, authentication, file, line, column })) : [];
	});
	if (domains.length === 0) return null;
	const federated = domains.find((domain) => domain.authentication.toLowerCase() === "federated");
	const where = (domain: SsoFact["domains"][number]) => `${relativePath(root, domain.file)}:${domain.line}:${domain.column}`;
	return federated
		? { federated: true, source: `${where(federated)} says ${federated.name} is Federated`, domains }
		: { federated: false, source: `${domains.length} domains in the domain exports, none Federated`, domains };
}
