const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export type ScanErrorKind = "unclosed-quote" | "stray-quote" | "text-after-quote";

export interface ScanError {
	kind: ScanErrorKind;
	/** Offset of the character at fault: the opening quote, the stray quote, the character after a closing quote. */
	offset: number;
}

/**
 * Field and line boundaries of a CSV text, kept in flat typed arrays so a 200,000-row file costs no objects: the
 * start of each field only, since where it ends and whether it is quoted follow from the text (see fieldEnd and
 * isQuoted in ../ast.ts).
 */
export interface CsvScan {
	/** Raw start of each field, its opening quote included. */
	fieldStarts: Int32Array;
	/** Index of each record's first field; one extra entry holds the field count. */
	recordFirstField: Int32Array;
	recordCount: number;
	/** Offset at which each line starts (line 1 at offset 0). */
	lineStarts: Int32Array;
	/** The separator's character code. */
	delimiter: number;
}

/** Values pushed into an array sized for at most `capacity` of them; `values()` gives them at their exact length. */
class Filling {
	readonly #values: Int32Array;
	length = 0;

	constructor(capacity: number) {
		this.#values = new Int32Array(capacity);
	}

	push(value: number): void {
		this.#values[this.length++] = value;
	}

	/** The array itself when it is full (the common case), else a copy of exact length: no spare capacity is kept for the life of the document. */
	values(): Int32Array {
		return this.length === this.#values.length ? this.#values : this.#values.slice(0, this.length);
	}
}

/**
 * How many fields, records and lines the text can have at most: a field ends at each separator and line break (CRLF
 * counted once) and at the end of a text without a final line break, and a line at each line break. Counted first,
 * so that the scan fills arrays of their exact size when no quoted value holds a separator or a line break, rather
 * than growing arrays and copying them (which took twice the arrays' size while scanning).
 */
function countBounds(text: string, delimiter: number): { fields: number; records: number; lines: number } {
	let separators = 0;
	let lineBreaks = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === delimiter) {
			separators++;
		} else if (code === LF ? text.charCodeAt(index - 1) !== CR : code === CR) {
			lineBreaks++;
		}
	}
	const last = text.charCodeAt(text.length - 1);
	// A last record without a line break (a text ending in one ends outside quotes, or does not parse).
	const unterminated = text.length > 0 && last !== LF && last !== CR ? 1 : 0;
	return { fields: separators + lineBreaks + unterminated, records: lineBreaks + unterminated, lines: lineBreaks + 1 };
}

/**
 * Finds every field's start, following RFC 4180 as csv-parse reads it: a
 * quote opens a quoted field only at the start of a field, `""` escapes a
 * quote, and CRLF, LF and a lone CR all end a record (also mixed in one file).
 * Stops at the first malformed quote.
 */
export function scanCsv(text: string, delimiter: number): CsvScan | ScanError {
	const length = text.length;
	const bounds = countBounds(text, delimiter);
	const starts = new Filling(bounds.fields);
	// One more entry than records: the field count.
	const recordFirstField = new Filling(bounds.records + 1);
	const lineStarts = new Filling(bounds.lines);
	lineStarts.push(0);

	let index = 0;
	if (length > 0) {
		recordFirstField.push(0);
	}
	while (length > 0) {
		const fieldStart = index;
		let code = index < length ? text.charCodeAt(index) : -1;
		if (code === QUOTE) {
			index++;
			for (;;) {
				if (index >= length) {
					return { kind: "unclosed-quote", offset: fieldStart };
				}
				code = text.charCodeAt(index);
				if (code === QUOTE) {
					if (text.charCodeAt(index + 1) === QUOTE) {
						index += 2;
						continue;
					}
					index++;
					break;
				}
				if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) {
					lineStarts.push(index + 1);
				}
				index++;
			}
			code = index < length ? text.charCodeAt(index) : -1;
			if (code !== delimiter && code !== CR && code !== LF && code !== -1) {
				return { kind: "text-after-quote", offset: index };
			}
		} else {
			while (index < length) {
				code = text.charCodeAt(index);
				if (code === delimiter || code === CR || code === LF) {
					break;
				}
				if (code === QUOTE) {
					return { kind: "stray-quote", offset: index };
				}
				index++;
			}
			code = index < length ? text.charCodeAt(index) : -1;
		}
		starts.push(fieldStart);
		if (code === delimiter) {
			index++;
			continue;
		}
		if (code === -1) {
			break;
		}
		index += code === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
		lineStarts.push(index);
		if (index >= length) {
			break;
		}
		recordFirstField.push(starts.length);
	}
	const recordCount = recordFirstField.length;
	recordFirstField.push(starts.length);
	return {
		fieldStarts: starts.values(),
		recordFirstField: recordFirstField.values(),
		recordCount,
		lineStarts: lineStarts.values(),
		delimiter,
	};
}

export function isScanError(result: CsvScan | ScanError): result is ScanError {
	return "kind" in result;
}
