import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
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
	hash?: string;
}

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

/**
 * Checks every file before ESLint reads it: an unreadable file stops the run
 * with one clear line (ESLint itself would crash on it), and a file too large
 * to be a migration CSV is reported without being read. What the cache
 * compares of each readable file is read through the same opening.
 */
export function preflight(
	files: readonly string[],
	cwd: string,
	{ hashContent = false } = {},
): { readable: string[]; metadata: Map<string, FileMetadata>; oversized: ESLint.LintResult[] } {
	const readable: string[] = [];
	const metadata = new Map<string, FileMetadata>();
	const oversized: ESLint.LintResult[] = [];
	for (const file of files) {
		let fd: number;
		try {
			fd = openSync(file, "r");
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : (code ?? String(error));
			throw new UsageError(`'${path.relative(cwd, file)}' cannot be read: ${reason}`);
		}
		try {
			const { size, mtimeMs } = fstatSync(fd);
			if (size > MAX_FILE_BYTES) {
				oversized.push(oversizedResult(file, size));
			} else {
				readable.push(file);
				const hash = hashContent ? contentHash(fd, size) : undefined;
				metadata.set(file, { size, mtimeMs, ...(hash === undefined ? {} : { hash }) });
			}
		} finally {
			closeSync(fd);
		}
	}
	return { readable, metadata, oversized };
}
