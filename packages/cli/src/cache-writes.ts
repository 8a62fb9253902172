import { lintResultCachePrototype, type LintResultCachePrototype } from "./cache-without-fix-texts.js";

/** The methods of ESLint's LintResultCache that decide what a run writes to the cache file. */
interface CacheWritingMethods extends LintResultCachePrototype {
	getCachedLintResults: (this: object, filePath: string, config: unknown) => object | null;
	reconcile: (this: object) => void;
}

const patched = Symbol.for("miglint.cacheWritesOnlyChanges");

/** The results ESLint took from the cache in this process: storing them again would change nothing. */
const servedFromCache = new WeakSet<object>();
/** The caches that were given a new result, and so must be written. */
const changedCaches = new WeakSet<object>();

/**
 * ESLint stores every result in its cache, those it has just taken from it
 * included (each costs the file's stat, read and hash again), and rewrites the
 * whole cache file at the end of every `--cache` run. So that a run where
 * nothing changed costs what it reads, a result taken from the cache is not
 * stored again, and the cache file is written only when a result was stored.
 * An entry of a file deleted since stays in the file until a run stores a
 * result: ESLint never serves it, since the file is not linted.
 *
 * Returns false when ESLint's cache class cannot be found (another layout):
 * ESLint then writes as it does.
 */
export function writeOnlyChangedResults(): boolean {
	const prototype = lintResultCachePrototype() as (Partial<CacheWritingMethods> & { [patched]?: true }) | undefined;
	const { getCachedLintResults, setCachedLintResults, reconcile } = prototype ?? {};
	if (!prototype || typeof getCachedLintResults !== "function" || typeof setCachedLintResults !== "function" || typeof reconcile !== "function") {
		return false;
	}
	if (prototype[patched]) return true;
	prototype.getCachedLintResults = function (filePath, config) {
		const result = getCachedLintResults.call(this, filePath, config);
		if (result) servedFromCache.add(result);
		return result;
	};
	prototype.setCachedLintResults = function (filePath, config, result) {
		if (result && servedFromCache.has(result)) return;
		changedCaches.add(this as object);
		setCachedLintResults.call(this, filePath, config, result);
	};
	prototype.reconcile = function () {
		if (changedCaches.has(this)) reconcile.call(this);
	};
	prototype[patched] = true;
	return true;
}
