import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { writeFileAtomically } from "../atomic-write.js";
import { lintResultCachePrototype, type LintResultCachePrototype } from "../cache-without-fix-texts.js";

/**
 * The project facts reach rules outside ESLint's configuration (see
 * setProjectFactsSource), so ESLint's cache cannot see them change. Beside the
 * cache file, miglint keeps what of the facts each cached result was linted
 * with (factsFingerprints); a file whose fingerprint changed is linted again,
 * and only it: adding a batch CSV re-lints that batch and those sharing
 * addresses with it, not every file.
 */
const FORMAT = 2;

/**
 * Each linted file's fingerprint, with the generation of the project it was
 * taken in: the generation grows each time the project (`project`, see
 * projectFacts in main.ts) is another than the last run's.
 */
interface FingerprintsFile {
	format: number;
	project: string;
	generation: number;
	fingerprints: Record<string, [string, number]>;
}

/** A file beside the cache: `<cache file><suffix>`, or in the directory ESLint puts its cache file in. */
export function besideCache(cacheLocation: string, suffix: string): string {
	let isDirectory = false;
	try {
		isDirectory = statSync(cacheLocation).isDirectory();
	} catch {
		// No cache yet: a file.
	}
	return isDirectory ? path.join(cacheLocation, `.miglintcache${suffix}`) : `${cacheLocation}${suffix}`;
}

/** The fingerprints of the last run; null when there are none to trust (missing, unreadable, another format). */
function readFingerprints(file: string): FingerprintsFile | null {
	try {
		// Whatever the file holds: it may be damaged or of another version.
		const content = JSON.parse(readFileSync(file, "utf8")) as { [key in keyof FingerprintsFile]?: unknown };
		return content.format === FORMAT &&
			typeof content.project === "string" &&
			typeof content.generation === "number" &&
			typeof content.fingerprints === "object" &&
			content.fingerprints !== null
			? (content as FingerprintsFile)
			: null;
	} catch {
		return null;
	}
}

const staleFiles = new Set<string>();
const patched = Symbol.for("miglint.cacheStaleByFacts");

/** Makes ESLint's cache treat the results of these files as missing; false when its cache class cannot be found. */
function ignoreCachedResultsOf(files: Iterable<string>): boolean {
	staleFiles.clear();
	for (const file of files) staleFiles.add(file);
	// None stale: ESLint's cache class is not even loaded (a warm run may answer every file without ESLint).
	if (staleFiles.size === 0) return true;
	const prototype = lintResultCachePrototype() as (LintResultCachePrototype & { [patched]?: true }) | undefined;
	if (typeof prototype?.getValidCachedLintResults !== "function") return false;
	if (!prototype[patched]) {
		const getValidCachedLintResults = prototype.getValidCachedLintResults;
		prototype.getValidCachedLintResults = function (filePath, config) {
			return staleFiles.has(filePath) ? null : getValidCachedLintResults.call(this, filePath, config);
		};
		prototype[patched] = true;
	}
	return true;
}

/**
 * Before a `--cache` run: the linted files whose facts changed since their
 * results were cached are linted again. Returns the files found stale and a
 * function that records the new fingerprints once the run has linted them.
 * Without a cache to trust, every file is stale. `project` identifies what
 * the facts are derived from (every summarized file's size and modification
 * time, the configuration): when it is the last run's and every linted file
 * was fingerprinted in it, no fact changed, and `fingerprintsOf` (which
 * derives the facts) is not called.
 */
export async function invalidateByFacts(
	cacheLocation: string,
	linted: readonly string[],
	project: string,
	fingerprintsOf: () => Promise<(file: string) => string>,
): Promise<{ stale: string[]; save: () => void }> {
	const location = besideCache(cacheLocation, ".facts");
	const previous = readFingerprints(location);
	const generation = previous === null ? 0 : previous.project === project ? previous.generation : previous.generation + 1;
	if (previous?.project === project && linted.every((file) => previous.fingerprints[file]?.[1] === generation)) {
		ignoreCachedResultsOf([]);
		return { stale: [], save: () => {} };
	}
	const fingerprintOf = await fingerprintsOf();
	const current = Object.fromEntries(linted.map((file) => [file, [fingerprintOf(file), generation] as [string, number]]));
	const stale = previous === null ? [...linted] : linted.filter((file) => previous.fingerprints[file]?.[0] !== current[file]![0]);
	if (!ignoreCachedResultsOf(stale)) {
		// The run goes without a cache (see keepFixTextsOutOfCache): nothing to record.
		return { stale, save: () => {} };
	}
	return {
		stale,
		save: () => {
			writeFileAtomically(
				location,
				JSON.stringify({ format: FORMAT, project, generation, fingerprints: { ...previous?.fingerprints, ...current } } satisfies FingerprintsFile),
			);
		},
	};
}
