import { readRegularFile, unusableFileProblem } from "@miglint/core";
import type { FileSummary, Summaries } from "@miglint/project-facts";
import { writeFileAtomically } from "../atomic-write.js";
import { besideCache } from "./cached-facts.js";

/**
 * The facts index: the summary of each project file the facts read (CSV
 * header and addresses, a script's batches, a module manifest's PowerShell,
 * a domain export's domains, a settings file's federation), kept
 * beside the cache file (`.miglintcache.index`) by runs with --cache (a plain
 * run writes nothing) and read by every run. A summary is reused while the file's size and modification time
 * stay the same (as ESLint's default "metadata" cache strategy does), so that
 * a run reads only the files that changed, and the one-file path of a
 * pre-commit hook does not read the repository.
 */
const FORMAT = 4;

interface IndexFile {
	format: number;
	/** CSV summaries are decoded with it: another encoding, another index. */
	legacyEncoding: string | null;
	entries: Record<string, [string, FileSummary]>;
}

export function indexLocation(cacheLocation: string): string {
	return besideCache(cacheLocation, ".index");
}

/** The entries of the last run; none when the index is missing, unreadable, of another format or another legacy encoding. */
export function readFactsIndex(location: string, legacyEncoding: string | null): Record<string, [string, FileSummary]> {
	try {
		// Whatever the file holds: it may be damaged or of another version.
		// A FIFO or a device in its place is not read (it would never end), nor replaced (writeFactsIndex).
		const content = JSON.parse(readRegularFile(location)) as { format?: unknown; legacyEncoding?: unknown; entries?: unknown };
		return content.format === FORMAT && content.legacyEncoding === legacyEncoding && typeof content.entries === "object" && content.entries !== null
			? (content.entries as IndexFile["entries"])
			: {};
	} catch {
		return {};
	}
}

/** Writes the index when a summary was read or a file left the project; an unwritable place only costs the next run its reuse. */
export function writeFactsIndex(location: string, legacyEncoding: string | null, previous: Readonly<Record<string, unknown>>, summaries: Summaries): void {
	if (summaries.read.length === 0 && Object.keys(previous).length === Object.keys(summaries.entries).length) return;
	try {
		if (unusableFileProblem(location) !== null) return;
		writeFileAtomically(location, JSON.stringify({ format: FORMAT, legacyEncoding, entries: summaries.entries } satisfies IndexFile));
	} catch {
		// Read-only checkout, full disk: the facts are right without the index.
	}
}
