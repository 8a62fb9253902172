const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export type ScanErrorKind = "unclosed-quote" | "stray-quote" | "text-after-quote";

export interface ScanError {
	kind: ScanErrorKind;
	/** Offset of the character at fault: the opening quote, the stray quote, the character after a closing quote. */
	offset: number;
}

/** Field and line boundaries of a CSV text, kept in flat typed arrays so a 200,000-row file costs no objects. */
export interface CsvScan {
	/** Raw extent of each field, quotes included. */
	fieldStarts: Int32Array;
	fieldEnds: Int32Array;
	fieldQuoted: Uint8Array;
	/** Index of each record's first field; one extra entry holds the field count. */
	recordFirstField: Int32Array;
	recordCount: number;
	/** Offset at which each line starts (line 1 at offset 0). */
	lineStarts: Int32Array;
}

/** A typed array that grows as values are pushed; `values()` gives them in an array of their exact length. */
class Growable<T extends Int32Array | Uint8Array> {
	#values: T;
	readonly #create: (length: number) => T;
	length = 0;

	constructor(create: (length: number) => T, capacity: number) {
		this.#create = create;
		this.#values = create(Math.max(16, capacity));
	}

	push(value: number): void {
		if (this.length === this.#values.length) {
			const grown = this.#create(this.#values.length * 2);
			grown.set(this.#values);
			this.#values = grown;
		}
		this.#values[this.length++] = value;
	}

	/** A copy of exact length: the spare capacity (up to half the array) is not kept for the life of the document. */
	values(): T {
		return this.#values.slice(0, this.length) as T;
	}
}

const int32 = (length: number) => new Int32Array(length);

/**
 * Finds every field's extent, following RFC 4180 as csv-parse reads it: a
 * quote opens a quoted field only at the start of a field, `""` escapes a
 * quote, and CRLF, LF and a lone CR all end a record (also mixed in one file).
 * Stops at the first malformed quote.
 */
export function scanCsv(text: string, delimiter: number): CsvScan | ScanError {
	const length = text.length;
	const estimate = Math.ceil(length / 8);
	const starts = new Growable(int32, estimate);
	const ends = new Growable(int32, estimate);
	const quoted = new Growable((length) => new Uint8Array(length), estimate);
	const recordFirstField = new Growable(int32, Math.ceil(estimate / 4));
	const lineStarts = new Growable(int32, Math.ceil(estimate / 4));
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
			quoted.push(1);
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
			quoted.push(0);
		}
		starts.push(fieldStart);
		ends.push(index);
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
		fieldEnds: ends.values(),
		fieldQuoted: quoted.values(),
		recordFirstField: recordFirstField.values(),
		recordCount,
		lineStarts: lineStarts.values(),
	};
}

export function isScanError(result: CsvScan | ScanError): result is ScanError {
	return "kind" in result;
}
