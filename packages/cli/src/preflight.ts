import { closeSync, openSync, statSync } from "node:fs";
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

/** The size and modification time of a file, as preflight saw it before anything read it. */
export interface FileMetadata {
	size: number;
	mtimeMs: number;
}

/**
 * Checks every file before ESLint reads it: an unreadable file stops the run
 * with one clear line (ESLint itself would crash on it), and a file too large
 * to be a migration CSV is reported without being read. The size and
 * modification time of each readable file are what the cache compares
 * (answerFromCache).
 */
export function preflight(files: readonly string[], cwd: string): { readable: string[]; metadata: Map<string, FileMetadata>; oversized: ESLint.LintResult[] } {
	const readable: string[] = [];
	const metadata = new Map<string, FileMetadata>();
	const oversized: ESLint.LintResult[] = [];
	for (const file of files) {
		try {
			closeSync(openSync(file, "r"));
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : (code ?? String(error));
			throw new UsageError(`'${path.relative(cwd, file)}' cannot be read: ${reason}`);
		}
		const { size, mtimeMs } = statSync(file);
		if (size > MAX_FILE_BYTES) {
			oversized.push(oversizedResult(file, size));
		} else {
			readable.push(file);
			metadata.set(file, { size, mtimeMs });
		}
	}
	return { readable, metadata, oversized };
}
