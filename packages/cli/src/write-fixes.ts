import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { ESLint } from "eslint";

/**
 * Replaces a file's content in one step: the new content goes to a temporary
 * file beside it, which is synced and renamed over the original, so a reader
 * (or a crash) never sees half a file. A symlink keeps pointing at its target,
 * which receives the content with its permissions.
 */
export function writeFileAtomically(file: string, content: string): void {
	const target = realpathSync(file);
	const { mode } = statSync(target);
	const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.miglint-tmp`);
	const descriptor = openSync(temporary, "wx", mode);
	try {
		fchmodSync(descriptor, mode & 0o7777);
		writeSync(descriptor, content, null, "utf8");
		fsyncSync(descriptor);
	} finally {
		closeSync(descriptor);
	}
	try {
		renameSync(temporary, target);
	} catch (error) {
		unlinkSync(temporary);
		throw error;
	}
}

/** Writes the fixed content of every result that has some; returns the files written. */
export function writeFixes(results: readonly ESLint.LintResult[]): string[] {
	const written: string[] = [];
	for (const result of results) {
		if (result.output !== undefined) {
			writeFileAtomically(result.filePath, result.output);
			written.push(result.filePath);
		}
	}
	return written;
}
