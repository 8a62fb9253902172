import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import type { ESLint } from "eslint";
import { fileTooLargeMessage, MAX_FILE_BYTES } from "@miglint/core";
import { UsageError } from "./usage-error.js";

/** A file miglint refuses to read into memory, reported like a parse error of that file. */
function oversizedResult(file: string, size: number): ESLint.LintResult {
	return {
		filePath: file,
		messages: [
			{
				ruleId: null,
				fatal: true,
				severity: 2,
				message: `Parsing error: ${fileTooLargeMessage(size)}`,
				line: 1,
				column: 1,
			},
		],
		suppressedMessages: [],
		errorCount: 1,
		fatalErrorCount: 1,
		warningCount: 0,
		fixableErrorCount: 0,
		fixableWarningCount: 0,
		usedDeprecatedRules: [],
	};
}

/**
 * What the cache compares of a file (answerFromCache), as preflight saw it
 * before anything else read it: its size and modification time, and with
 * `--cache-strategy content` the hash of its content.
 */
export interface FileMetadata {
	size: number;
	mtimeMs: number;
	/** When the file's content or its metadata (mode, owner) last changed. */
	ctimeMs: number;
	/**
	 * Whether neither time was within SETTLED_MS of preflight's start. A later run
	 * that stats the file with the same size and times takes what was recorded
	 * then, the hash included, without opening the file: any change to the
	 * content, or to who may read it, gives a later time. A file written again
	 * within its file system's time resolution of the recording would keep its
	 * times, so a file changed that recently is opened and hashed on every run
	 * until its result is recorded again (git's "racily clean" entries).
	 */
	settled: boolean;
	hash?: string;
}

/** Time resolutions go from nanoseconds to 2 seconds (FAT); network file systems take the server's clock. */
const SETTLED_MS = 5000;

/** Files are hashed a chunk at a time through this one buffer rather than each read into a buffer of its own. */
const chunk = Buffer.allocUnsafe(64 * 1024);

/**
 * The hash of an open file's content, of the size fstat gave (no read to find
 * the end: a file that grew since has another size next time); undefined when
 * it cannot be read (ESLint, reading it, says why).
 */
function contentHash(fd: number, size: number): string | undefined {
	const hash = createHash("md5");
	try {
		for (let done = 0, read = 1; done < size && read > 0; done += read) {
			read = readSync(fd, chunk, 0, Math.min(chunk.length, size - done), done);
			hash.update(chunk.subarray(0, read));
		}
	} catch {
		return undefined;
	}
	return hash.digest("hex");
}

/** The same size and times as recorded: the file has not changed since (see FileMetadata.settled). */
function unchangedSince(file: string, recorded: FileMetadata): boolean {
	try {
		const stats = statSync(file, { throwIfNoEntry: false });
		return stats !== undefined && stats.isFile() && stats.size === recorded.size && stats.mtimeMs === recorded.mtimeMs && stats.ctimeMs === recorded.ctimeMs;
	} catch {
		// Opened below, which says why it cannot be.
		return false;
	}
}

interface PreflightOptions {
	/** Whether to hash each file's content (--cache-strategy content). */
	hashContent?: boolean;
	/** What the cache recorded of a file whose metadata had settled then (a --cache run; see FileMetadata.settled). */
	settled?: (file: string) => FileMetadata | undefined;
}

/**
 * Checks every file before ESLint reads it: an unreadable file stops the run
 * with one clear line (ESLint itself would crash on it), and a file too large
 * to be a migration CSV is reported without being read. What the cache
 * compares of each readable file is read through the same opening, or for a
 * file the cache recorded as settled and whose size and times are the same,
 * taken from the cache with one stat instead of an opening, a read and a
 * close.
 */
export function preflight(
	files: readonly string[],
	cwd: string,
	{ hashContent = false, settled }: PreflightOptions = {},
): { readable: string[]; metadata: Map<string, FileMetadata>; oversized: ESLint.LintResult[] } {
	const readable: string[] = [];
	const metadata = new Map<string, FileMetadata>();
	const oversized: ESLint.LintResult[] = [];
	const settledBefore = Date.now() - SETTLED_MS;
	for (const file of files) {
		const recorded = settled?.(file);
		if (recorded && (!hashContent || recorded.hash !== undefined) && unchangedSince(file, recorded)) {
			readable.push(file);
			metadata.set(file, recorded);
			continue;
		}
		let fd: number;
		try {
			fd = openSync(file, "r");
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : (code ?? String(error));
			throw new UsageError(`'${path.relative(cwd, file)}' cannot be read: ${reason}`);
		}
		try {
			const { size, mtimeMs, ctimeMs } = fstatSync(fd);
			if (size > MAX_FILE_BYTES) {
				oversized.push(oversizedResult(file, size));
			} else {
				readable.push(file);
				const hash = hashContent ? contentHash(fd, size) : undefined;
				metadata.set(file, { size, mtimeMs, ctimeMs, settled: mtimeMs < settledBefore && ctimeMs < settledBefore, ...(hash === undefined ? {} : { hash }) });
			}
		} finally {
			closeSync(fd);
		}
	}
	return { readable, metadata, oversized };
}
