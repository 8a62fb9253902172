import type { ESLint } from "eslint";
import { withoutFixTexts } from "./cache-without-fix-texts.js";
import { withPrintableText } from "./formats/printable.js";
import type { Formatter, ReportContext } from "./formats/problems.js";
import type { FormatName } from "./report-options.js";

/**
 * A result without anything that can carry the file's contents: ESLint's
 * `source` and `output` hold the whole file, and fix and suggestion texts can
 * hold cells, so a Password value could otherwise reach a CI log.
 */
function withoutContents(result: ESLint.LintResult): ESLint.LintResult {
	const { source: _source, output: _output, ...rest } = result;
	return withoutFixTexts(rest);
}

/** miglint's own formats, each loaded only when asked for. */
const FORMATTERS: Record<Exclude<FormatName, "stylish" | "json">, () => Promise<{ format: Formatter }>> = {
	sarif: () => import("./formats/sarif.js"),
	junit: () => import("./formats/junit.js"),
	github: () => import("./formats/github.js"),
	checkstyle: () => import("./formats/checkstyle.js"),
};

export interface FormatContext extends ReportContext {
	color: boolean;
	maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
}

export async function formatResults(
	eslint: ESLint,
	results: ESLint.LintResult[],
	format: FormatName,
	context: FormatContext,
): Promise<string> {
	const safe = results.map(withoutContents);
	if (format === "json") {
		return JSON.stringify(safe);
	}
	if (format === "github") {
		return (await FORMATTERS[format]()).format(
			// Workflow commands escape line breaks themselves (%0D%0A).
			safe.map((result) => withPrintableText(result, "\r\n\t")),
			context,
		);
	}
	if (format !== "stylish") {
		return (await FORMATTERS[format]()).format(safe, context);
	}
	const formatter = await eslint.loadFormatter(format);
	return formatter.format(safe.map((result) => withPrintableText(result)), { color: context.color, ...(context.maxWarningsExceeded ? { maxWarningsExceeded: context.maxWarningsExceeded } : {}) });
}
