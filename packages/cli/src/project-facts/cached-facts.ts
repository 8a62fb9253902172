import path from "node:path";
import { readRegularFile, statPath, unusableFileProblem } from "@miglint/core";
import { writeFileAtomically } from "../atomic-write.js";
import { lintResultCachePrototype, type LintResultCachePrototype } from "../cache-without-fix-texts.js";

/**
 * The project facts reach rules outside ESLint's configuration (see
 * setProjectFactsSource), so ESLint's cache cannot see them change. Beside the
 * cache file, miglint keeps what of the facts each cached result was linted
 * with (factsFingerprints); a file whose fingerprint changed is linted again,
 * and only it: adding a batch CSV re-lints that batch and those sharing
 * addresses with it, not every file.
 *
 * A run that leaves ESLint's cache be (answerFromCache answered for it) does
 * not store in it the results of the files it lints again for their facts:
 * ESLint's cache still holds their results under the old facts, so they are
 * kept as behind it, and a run that reads ESLint's cache has it ignore their
 * results until it has linted them again.
 */
const FORMAT = 3;

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
	/** The files whose results in ESLint's cache were found under facts that changed since. */
	behindEslintCache: string[];
}

/** A file beside the cache: `<cache file><suffix>`, or in the directory ESLint puts its cache file in. */
export function besideCache(cacheLocation: string, suffix: string): string {
	let isDirectory = false;
	try {
		isDirectory = statPath(cacheLocation)?.isDirectory() ?? false;
	} catch {
		// No cache yet: a file.
	}
	return isDirectory ? path.join(cacheLocation, `.miglintcache${suffix}`) : `${cacheLocation}${suffix}`;
}

/** The fingerprints of the last run; null when there are none to trust (missing, unreadable, another format). */
function readFingerprints(file: string): FingerprintsFile | null {
	try {
		// Whatever the file holds: it may be damaged or of another version.
		// A FIFO or a device in its place is not read (it would never end), nor replaced (see invalidateByFacts).
		const content = JSON.parse(readRegularFile(file)) as { [key in keyof FingerprintsFile]?: unknown };
		return content.format === FORMAT &&
			typeof content.project === "string" &&
			typeof content.generation === "number" &&
			typeof content.fingerprints === "object" &&
			content.fingerprints !== null &&
			Array.isArray(content.behindEslintCache) &&
			content.behindEslintCache.every((file) => typeof file === "string")
			? (content as FingerprintsFile)
			: null;
	} catch {
		return null;
	}
}

const staleFiles = new Set<string>();
const patched = Symbol.for("miglint.cacheStaleByFacts");

/** Makes ESLint's cache treat the results of these files as missing; false when its cache class cannot be found. */
export function ignoreCachedResultsOf(files: Iterable<string>): boolean {
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

/** What invalidateByFacts found, and how to record it once the run has linted the files. */
export interface FactsInCache {
	/** The linted files whose facts changed since their results were cached. */
	stale: string[];
	/** The linted files that ESLint's cache holds results of older facts for (see FORMAT): a run that reads it must ignore them too. */
	behindEslintCache: string[];
	/** Records the fingerprints of the linted files; `eslintCacheRead`: whether ESLint read its cache (and so stored their results in it). */
	save: (eslintCacheRead: boolean) => void;
}

/**
 * Before a `--cache` run: the linted files whose facts changed since their
 * results were cached are linted again. Returns them, with what ESLint's cache
 * holds of older facts, and a function that records the new fingerprints once
 * the run has linted the files. Without a cache to trust, every file is stale.
 * `project` identifies what the facts are derived from (every summarized
 * file's size and modification time, the configuration): when it is the last
 * run's and every linted file was fingerprinted in it, no fact changed, and
 * `fingerprintsOf` (which derives the facts) is not called.
 */
export async function invalidateByFacts(
	cacheLocation: string,
	linted: readonly string[],
	project: string,
	fingerprintsOf: () => Promise<(file: string) => string>,
): Promise<FactsInCache> {
	const location = besideCache(cacheLocation, ".facts");
	const previous = readFingerprints(location);
	const generation = previous === null ? 0 : previous.project === project ? previous.generation : previous.generation + 1;
	const wasBehind = new Set(previous?.behindEslintCache);
	const behindEslintCache = linted.filter((file) => wasBehind.has(file));
	const write = (fingerprints: FingerprintsFile["fingerprints"], behind: Iterable<string>): void => {
		if (unusableFileProblem(location) !== null) return;
		writeFileAtomically(
			location,
			JSON.stringify({ format: FORMAT, project, generation, fingerprints, behindEslintCache: [...behind].sort() } satisfies FingerprintsFile),
		);
	};
	// The files whose results in ESLint's cache are of older facts once this run has linted `again`.
	const behindAfter = (again: readonly string[], eslintCacheRead: boolean): Set<string> => {
		const behind = new Set(wasBehind);
		for (const file of again) {
			if (eslintCacheRead) behind.delete(file);
			else behind.add(file);
		}
		return behind;
	};
	if (previous?.project === project && linted.every((file) => previous.fingerprints[file]?.[1] === generation)) {
		return {
			stale: [],
			behindEslintCache,
			// Nothing changed, unless ESLint's cache caught up with files it was behind on.
			save: (eslintCacheRead) => {
				if (eslintCacheRead && behindEslintCache.length > 0) write(previous.fingerprints, behindAfter(behindEslintCache, true));
			},
		};
	}
	const fingerprintOf = await fingerprintsOf();
	// The last run's fingerprints, updated in place (a repository has thousands: copies cost).
	const fingerprints = previous?.fingerprints ?? {};
	const stale: string[] = [];
	for (const file of linted) {
		const fingerprint = fingerprintOf(file);
		if (previous === null || fingerprints[file]?.[0] !== fingerprint) stale.push(file);
		fingerprints[file] = [fingerprint, generation];
	}
	return {
		stale,
		behindEslintCache,
		save: (eslintCacheRead) => {
			write(fingerprints, behindAfter(eslintCacheRead ? [...stale, ...behindEslintCache] : stale, eslintCacheRead));
		},
	};
}
