import { formatCount } from "./text/format.js";

/**
 * The limits that keep miglint's time and memory bounded on hostile input, and
 * the messages of the files refused for one. A refused file is reported as a
 * parse error of that file, with one of these messages; the command exits 2
 * for it (the run could not lint what it was asked to), where a mere syntax
 * error exits 1, as in ESLint.
 */

/** Larger files are refused: five times the largest migration CSV Exchange accepts (10 MB for IMAP batches). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const FILE_TOO_LARGE = `miglint does not read files over ${MAX_FILE_BYTES / 1024 / 1024} MB (the largest migration CSV Exchange accepts is 10 MB).`;

export function fileTooLargeMessage(bytes: number): string {
	const megabytes = (bytes / 1024 / 1024).toFixed(1);
	return `This file has ${megabytes} MB; ${FILE_TOO_LARGE}`;
}

/**
 * Deeper PowerShell syntax trees are not linted. ESLint's traversal costs, for
 * every node, time in proportion to its depth: a chain of 100,000 `-and` (one
 * node deeper for each operator) took minutes. Hand-written scripts stay under
 * a hundred levels.
 */
export const MAX_SCRIPT_TREE_DEPTH = 1000;

export const SCRIPT_TOO_DEEP = `This script nests its code more than ${formatCount(MAX_SCRIPT_TREE_DEPTH)} levels deep from here (a long chain of operators, calls or pipelines); miglint does not lint it: split the chain.`;

/**
 * Deeper nesting in a JSON or YAML settings file is refused before the yaml
 * package composes a document: its composer recurses per level and overflows
 * the stack near a thousand levels, and a stack overflow there can leave the
 * process unable to parse anything else. Settings files nest a few levels.
 */
export const MAX_SETTINGS_NESTING = 256;

export const SETTINGS_TOO_DEEP = `Objects and lists are nested more than ${MAX_SETTINGS_NESTING} levels deep here; miglint does not read files nested this deep`;

/** The prefix ESLint gives a language's parse errors. */
const PARSE_ERROR = "Parsing error: ";

/** Whether a lint message is the parse error of a file refused for one of the limits above (not a syntax error). */
export function isLimitRefusal(message: { ruleId: string | null; fatal?: boolean | undefined; message: string }): boolean {
	if (message.ruleId !== null || !message.fatal || !message.message.startsWith(PARSE_ERROR)) {
		return false;
	}
	const text = message.message.slice(PARSE_ERROR.length);
	return text === SCRIPT_TOO_DEEP || text === SETTINGS_TOO_DEEP || (text.startsWith("This file has ") && text.endsWith(`MB; ${FILE_TOO_LARGE}`));
}
