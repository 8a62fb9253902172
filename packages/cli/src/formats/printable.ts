import type { ESLint } from "eslint";

/**
 * Characters a terminal or a CI log would act on instead of showing: C0 and C1
 * controls (ESC starts colour, cursor and title sequences, OSC 8 hyperlinks),
 * DEL, and the bidirectional overrides that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are escaped before printing.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** Every control character written as `\u001b`, so a file name or a cell shows what it is and does nothing. */
function escapeControls(text: string, kept: string): string {
	return text.replace(CONTROLS, (character) => (kept.includes(character) ? character : `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/**
 * A result as a terminal or a log may print it: control characters in the file
 * path and in messages (which may quote a header or a value) escaped. Messages
 * keep their line breaks and tabs, and the carriage returns a format escapes
 * itself (`keptInMessages`); a path keeps none, or it could forge lines.
 */
export function withPrintableText(result: ESLint.LintResult, keptInMessages = "\n\t"): ESLint.LintResult {
	return {
		...result,
		filePath: escapeControls(result.filePath, ""),
		messages: result.messages.map((message) => ({ ...message, message: escapeControls(message.message, keptInMessages) })),
	};
}
