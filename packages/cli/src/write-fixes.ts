import path from "node:path";
import type { ESLint } from "eslint";
import { describeFileError } from "@miglint/core";
import { writeFileAtomically } from "./atomic-write.js";

/**
 * Writes the fixed content of every result that has some. A file that cannot
 * be written (a read-only directory) does not stop the others; the complaints
 * say which were not, relative to `cwd`.
 */
export function writeFixes(results: readonly ESLint.LintResult[], cwd: string): string[] {
	const complaints: string[] = [];
	for (const result of results) {
		if (result.output === undefined) continue;
		try {
			writeFileAtomically(result.filePath, result.output);
		} catch (error) {
			complaints.push(
				`cannot write the fixes to '${path.relative(cwd, result.filePath)}': ${describeFileError(error)}; the problems they fix are still in the file`,
			);
		}
	}
	return complaints;
}
