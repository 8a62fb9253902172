import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ESLint } from "eslint";
import { formatResults } from "./format-results.js";
import type { ReportContext } from "./formats/problems.js";
import { writeOutputFile } from "./output-targets.js";
import type { ReportRequest } from "./report-options.js";
import { UsageError } from "./usage-error.js";

/** Writes each report to its file (creating its directory; see writeOutputFile) or to standard output. */
export async function writeReports(results: ESLint.LintResult[], reports: readonly ReportRequest[], context: ReportContext): Promise<void> {
	for (const { format, outputFile } of reports) {
		// Colours are for a terminal, never for a file.
		const output = await formatResults(results, format, { ...context, color: outputFile === undefined && context.color });
		const text = output ? `${output}\n` : "";
		if (outputFile === undefined) {
			process.stdout.write(text);
			continue;
		}
		const file = path.resolve(context.cwd, outputFile);
		try {
			mkdirSync(path.dirname(file), { recursive: true });
			writeOutputFile(file, text);
		} catch (error) {
			throw new UsageError(`cannot write the ${format} report to '${outputFile}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
		}
	}
}
