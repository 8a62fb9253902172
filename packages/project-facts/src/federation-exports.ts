import { relativePath, type FederationFacts, type FederationPart, type FederationSideFacts } from "@miglint/core";
import type { FederationSummary, FileSummary } from "./file-summaries.js";

/** The federation of both sides of a Skype for Business hybrid deployment, and the settings files that hold some of it. */
export interface FederationFact extends FederationFacts {
	files: string[];
}

type PartName = keyof FederationSideFacts;
const PARTS: readonly PartName[] = ["allowFederatedUsers", "partnerDiscovery", "allowedDomains", "blockedDomains"];

/** A value as compared between files: a domain list as a set. */
function comparable(value: boolean | string[]): string {
	return Array.isArray(value) ? JSON.stringify([...new Set(value)].sort()) : String(value);
}

/** A part of one side: the value every file that tells it agrees on, with the first of them; absent when none tells it or two disagree. */
function joinPart(places: readonly { summary: FederationSummary; file: string }[], part: PartName): FederationPart<boolean | string[]> | undefined {
	const told = places.flatMap(({ summary, file }) => {
		const value = summary[part];
		return value === undefined ? [] : [{ value, file }];
	});
	const [first] = told;
	return first && told.every(({ value }) => comparable(value) === comparable(first.value)) ? first : undefined;
}

function joinSide(places: readonly { summary: FederationSummary; file: string }[]): FederationSideFacts {
	return Object.fromEntries(
		PARTS.flatMap((part) => {
			const joined = joinPart(places, part);
			return joined ? [[part, joined]] : [];
		}),
	);
}

/**
 * The federation settings of both sides from the settings files of the project
 * (Get-CsTenantFederationConfiguration online; Get-CsAccessEdgeConfiguration,
 * Get-CsAllowedDomain and Get-CsBlockedDomain on premises), files named
 * relative to `root`. Null unless both sides are in the project.
 */
export function federationFromExports(settingsFiles: readonly string[], summaries: ReadonlyMap<string, FileSummary>, root: string): FederationFact | null {
	const places = settingsFiles.flatMap((file) => {
		const summary = summaries.get(file);
		return summary?.kind === "settings" ? summary.federation.map((federation) => ({ summary: federation, file })) : [];
	});
	const onPremises = places.filter(({ summary }) => summary.side === "onPremises");
	const online = places.filter(({ summary }) => summary.side === "online");
	if (onPremises.length === 0 || online.length === 0) return null;
	const relative = (side: typeof places) => side.map(({ summary, file }) => ({ summary, file: relativePath(root, file) }));
	return {
		onPremises: joinSide(relative(onPremises)),
		online: joinSide(relative(online)),
		files: [...new Set(places.map(({ file }) => file))],
	};
}
