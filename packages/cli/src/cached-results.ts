import { existsSync } from "node:fs";
import { readRegularFile, statPath, unusableFileProblem } from "@miglint/core";
import type { ESLint } from "eslint";
import { writeFileAtomically } from "./atomic-write.js";
import { withoutContents } from "./format-results.js";
import type { FileMetadata } from "./preflight.js";
import { besideCache } from "./project-facts/cached-facts.js";

/**
 * A warm `--cache` run answers from the cache before ESLint: ESLint, even for
 * a file whose cached result it will serve, computes the file's configuration,
 * stats and looks it up in its cache, rereads a file that had problems, and
 * first loads its whole cache file. Beside ESLint's cache file, miglint keeps
 * what each result stored there was found for: the file as it was (size and
 * modification time, or the hash of its content with `--cache-strategy
 * content`, the tests of ESLint's strategies) and the setup it was linted with
 * (setupFingerprint: what makes each file's configuration). A file still the
 * same, under the same setup, whose project facts did not change
 * (invalidateByFacts) gets that result without ESLint; ESLint lints only the
 * others. When ESLint's cache file changed since (another program wrote it,
 * or it is gone), none of this is trusted.
 *
 * While it is trusted, ESLint lints the others without its cache (see
 * withoutEslintCache): a file left to ESLint is new, changed, linted under
 * another setup or has facts that changed, which ESLint's cache has no result
 * for either, and loading and rewriting that file took 0.4 s of the 1.6 s of
 * a run after one batch of a 10,000-file repository was edited. ESLint's cache
 * serves the runs that cannot trust these entries.
 *
 * The results are those ESLint's cache would give, without `source`: miglint
 * never shows a file's text, so rereading each file with problems would cost a
 * read for nothing. As in ESLint, `--fix` never takes from the cache a result
 * with problems, and a result with fixes applied is not kept.
 */
const FORMAT = 1;

/**
 * A result as ESLint's cache keeps it, as JSON without its file path, with
 * the file as it was then and the setup it was linted with.
 */
interface Entry extends FileMetadata {
	setup: string;
	result: string;
}

/**
 * The file: each setup and each result text once, the entries pointing to
 * them by index. Most results of a repository are alike (no problems), and
 * the file is read by every run.
 */
interface ResultsFile {
	format: number;
	/** ESLint's cache file as the entries saw it last (eslintCacheState). */
	eslintCache: string;
	setups: string[];
	results: string[];
	entries: Record<string, FileMetadata & { setup: number; result: number }>;
}

/** The results file of the cache, as read before preflight (readCachedResults). */
export interface CachedResults {
	/** ESLint's cache file (an absolute path). */
	cacheLocation: string;
	/** Whether the entries were kept with ESLint's cache file as it is (see CacheAnswers.trusted); none are read otherwise. */
	trusted: boolean;
	entries: Map<string, Entry>;
}

export interface CacheAnswers {
	/** The results taken from the cache. */
	results: ESLint.LintResult[];
	/** The files to hand to ESLint. */
	unanswered: string[];
	/**
	 * Whether the entries were kept with ESLint's cache file as it is. ESLint's cache then answers none of the
	 * unanswered files (each is new, changed, linted under another setup, or has facts that changed), and is not read.
	 */
	trusted: boolean;
	/** Keeps what ESLint found for the unanswered files; writes the file only when ESLint linted some, or files settled since. */
	save: (linted: readonly ESLint.LintResult[]) => void;
}

interface AnswerOptions {
	cacheStrategy: "metadata" | "content";
	fix: boolean;
	/** setupFingerprint of this run. */
	setup: string;
	/** The files whose project facts changed since their results were cached. */
	stale: readonly string[];
}

/** ESLint's cache file as a change of it shows: its inode, size and modification time; "" when there is none. */
function eslintCacheState(file: string): string {
	const stats = statPath(file);
	return stats?.isFile() ? `${stats.ino}:${stats.size}:${stats.mtimeNs}` : "";
}

/** The entries of the last run, when ESLint's cache file is still the one they were kept with; null otherwise. */
function readEntries(location: string, eslintCache: string): Map<string, Entry> | null {
	const entries = new Map<string, Entry>();
	try {
		// Whatever the file holds: it may be damaged or of another version.
		const content = JSON.parse(readRegularFile(location)) as {
			format?: unknown;
			eslintCache?: unknown;
			setups?: unknown[];
			results?: unknown[];
			entries?: Record<string, (Partial<FileMetadata> & { setup?: number; result?: number }) | null>;
		};
		if (content.format !== FORMAT || eslintCache === "" || content.eslintCache !== eslintCache) return null;
		const { setups = [], results = [] } = content;
		for (const [file, stored] of Object.entries(content.entries ?? {})) {
			const setupText = setups[stored?.setup ?? -1];
			const resultText = results[stored?.result ?? -1];
			// Metadata of another shape matches no file (sameFile). Picked field by field: a rest pattern copies slowly,
			// and a repository has thousands of entries.
			if (stored && typeof setupText === "string" && typeof resultText === "string") {
				const { size, mtimeMs, ctimeMs, hash } = stored as FileMetadata;
				const settled = (stored as { settled?: unknown }).settled === true;
				entries.set(file, { size, mtimeMs, ctimeMs, settled, ...(hash === undefined ? {} : { hash }), setup: setupText, result: resultText });
			}
		}
	} catch {
		// No entries to trust.
		return null;
	}
	return entries;
}

/** A result as kept, without its file path; null when the text is not one (a damaged file). */
function storedResult(text: string): Omit<ESLint.LintResult, "filePath"> | null {
	try {
		const result = JSON.parse(text) as Partial<ESLint.LintResult> | null;
		return Array.isArray(result?.messages) && Array.isArray(result.suppressedMessages) ? (result as Omit<ESLint.LintResult, "filePath">) : null;
	} catch {
		return null;
	}
}

/** The file's content for these entries. */
function resultsFile(eslintCache: string, entries: ReadonlyMap<string, Entry>): ResultsFile {
	const setups = new Map<string, number>();
	const results = new Map<string, number>();
	const indexIn = (table: Map<string, number>, text: string): number => {
		const index = table.get(text) ?? table.size;
		table.set(text, index);
		return index;
	};
	const stored: ResultsFile["entries"] = {};
	for (const [file, { setup, result, ...metadata }] of entries) {
		stored[file] = { ...metadata, setup: indexIn(setups, setup), result: indexIn(results, result) };
	}
	return { format: FORMAT, eslintCache, setups: [...setups.keys()], results: [...results.keys()], entries: stored };
}

/**
 * The results file beside ESLint's cache file at `cacheLocation` (an absolute
 * path), read before preflight, which takes from it what it recorded of the
 * files that have not changed since (see settledMetadata); null with a cache
 * directory, in which ESLint names its cache file itself. An ESLint whose cache
 * class cannot be patched runs without a cache (createEngine), whose file it
 * deletes: entries are then never kept nor trusted, and ESLint's cache class is
 * not loaded here.
 */
export function readCachedResults(cacheLocation: string): CachedResults | null {
	if (statPath(cacheLocation)?.isDirectory()) return null;
	const entries = readEntries(besideCache(cacheLocation, ".results"), eslintCacheState(cacheLocation));
	return { cacheLocation, trusted: entries !== null, entries: entries ?? new Map<string, Entry>() };
}

/** What the cache recorded of a file whose metadata had settled then (see FileMetadata.settled). */
export function settledMetadata(cached: CachedResults): (file: string) => FileMetadata | undefined {
	return (file) => {
		const entry = cached.entries.get(file);
		return entry?.settled
			? { size: entry.size, mtimeMs: entry.mtimeMs, ctimeMs: entry.ctimeMs, settled: true, ...(entry.hash === undefined ? {} : { hash: entry.hash }) }
			: undefined;
	};
}

/** The results of a `--cache` run that the cache answers, and the files left to ESLint. */
export function answerFromCache(
	cached: CachedResults,
	files: readonly string[],
	metadata: ReadonlyMap<string, FileMetadata>,
	options: AnswerOptions,
): CacheAnswers {
	const { cacheStrategy, fix, setup } = options;
	const { cacheLocation, entries } = cached;
	const location = besideCache(cacheLocation, ".results");
	const stale = new Set(options.stale);
	const sameFile = (file: string, entry: Entry): boolean => {
		const now = metadata.get(file);
		return entry.size === now?.size && (cacheStrategy === "content" ? entry.hash !== undefined && entry.hash === now.hash : entry.mtimeMs === now.mtimeMs);
	};
	const results: ESLint.LintResult[] = [];
	const unanswered: string[] = [];
	// Entries of files that have settled since they were recorded (see FileMetadata.settled), such as every file of a
	// fresh checkout linted at once: recorded again, once, so that later runs need not open them.
	let settledSince = false;
	for (const file of files) {
		const entry = entries.get(file);
		const result = entry && entry.setup === setup && !stale.has(file) && sameFile(file, entry) ? storedResult(entry.result) : null;
		if (result && !(fix && result.messages.length > 0)) {
			results.push({ filePath: file, ...result });
			const now = metadata.get(file);
			if (!entry!.settled && now?.settled) {
				entries.set(file, { ...entry!, ...now });
				settledSince = true;
			}
		} else {
			unanswered.push(file);
		}
	}
	return {
		results,
		unanswered,
		trusted: cached.trusted,
		save: (linted) => {
			if (unanswered.length === 0 && !settledSince) return;
			const byFile = new Map(linted.map((result) => [result.filePath, result]));
			for (const file of unanswered) {
				const result = byFile.get(file);
				const now = metadata.get(file);
				// ESLint does not cache a result with fixes applied, nor a file it did not lint.
				if (!result || !now || Object.hasOwn(result, "output")) {
					entries.delete(file);
					continue;
				}
				const { filePath: _filePath, ...kept } = withoutContents(result);
				entries.set(file, { setup, ...now, result: JSON.stringify(kept) });
			}
			// As ESLint drops the entries of files deleted since; this run's files were there when preflight opened them.
			for (const file of entries.keys()) if (!metadata.has(file) && !existsSync(file)) entries.delete(file);
			const eslintCache = eslintCacheState(cacheLocation);
			// No cache file: ESLint ran without one (see createEngine), and entries kept now would never be trusted. Nor is
			// a FIFO or a device in the file's place replaced.
			if (eslintCache === "" || unusableFileProblem(location) !== null) return;
			writeFileAtomically(location, JSON.stringify(resultsFile(eslintCache, entries)));
		},
	};
}
