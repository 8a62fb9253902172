import type { ESLint, Linter } from "eslint";

/**
 * A result without anything that can carry the file's contents: ESLint's
 * `source` and `output` hold the whole file, and fix and suggestion texts can
 * hold cells, so a Password value could otherwise reach a CI log.
 */
function withoutContents(result: ESLint.LintResult): ESLint.LintResult {
	const { source: _source, output: _output, ...rest } = result;
	const strip = <Message extends Linter.LintMessage>(message: Message): Message => {
		const { fix: _fix, suggestions: _suggestions, ...kept } = message;
		return kept as Message;
	};
	return { ...rest, messages: rest.messages.map(strip), suppressedMessages: rest.suppressedMessages.map(strip) };
}

export interface FormatContext {
	color: boolean;
	maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
}

export async function formatResults(
	eslint: ESLint,
	results: ESLint.LintResult[],
	format: "stylish" | "json",
	context: FormatContext,
): Promise<string> {
	const safe = results.map(withoutContents);
	if (format === "json") {
		return JSON.stringify(safe);
	}
	const formatter = await eslint.loadFormatter(format);
	return formatter.format(safe, { color: context.color, ...(context.maxWarningsExceeded ? { maxWarningsExceeded: context.maxWarningsExceeded } : {}) });
}
