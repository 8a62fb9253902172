import type { ESLint } from "eslint";
import { writeFileAtomically } from "./atomic-write.js";

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
