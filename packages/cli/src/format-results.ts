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
export function withoutContents(result: ESLint.LintResult): ESLint.LintResult {
	const { source: _source, output: _output, ...rest } = result;
	return withoutFixTexts(rest);
}

/** miglint's own formats, each loaded only when asked for. */
const FORMATTERS: Record<Exclude<FormatName, "json">, () => Promise<{ format: Formatter }>> = {
	stylish: () => import("./formats/stylish.js"),
	sarif: () => import("./formats/sarif.js"),
	junit: () => import("./formats/junit.js"),
	github: () => import("./formats/github.js"),
	checkstyle: () => import("./formats/checkstyle.js"),
};

export async function formatResults(results: ESLint.LintResult[], format: FormatName, context: ReportContext): Promise<string> {
	const safe = results.map(withoutContents);
	if (format === "json") {
		return JSON.stringify(safe);
	}
	// Terminal escapes in file names and messages are shown, not obeyed, where a person or a CI log reads the
	// report; workflow commands escape line breaks themselves (%0D%0A).
	const printable =
		format === "stylish"
			? safe.map((result) => withPrintableText(result))
			: format === "github"
				? safe.map((result) => withPrintableText(result, "\r\n\t"))
				: safe;
	return (await FORMATTERS[format]()).format(printable, context);
}
