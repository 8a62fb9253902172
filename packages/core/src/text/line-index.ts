import type { Position, SourceLocation } from "@eslint/core";

/**
 * Maps text offsets to 1-based lines and to columns in UTF-16 units, counted
 * from the language's `columnStart` (1 for CSV, 0 for the ESTree-like config
 * AST).
 */
export class LineIndex {
	readonly #lineStarts: Int32Array;
	readonly #columnStart: 0 | 1;

	constructor(lineStarts: Int32Array, columnStart: 0 | 1) {
		this.#lineStarts = lineStarts;
		this.#columnStart = columnStart;
	}

	get lineCount(): number {
		return this.#lineStarts.length;
	}

	position(offset: number): Position {
		const starts = this.#lineStarts;
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >>> 1;
			if (starts[middle]! <= offset) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return { line: low + 1, column: offset - starts[low]! + this.#columnStart };
	}

	location(start: number, end: number): SourceLocation {
		return { start: this.position(start), end: this.position(end) };
	}
}

/** Line starts of a text (CRLF, LF and a lone CR each end a line, as ESLint counts them), up to `until`. */
export function lineStartsOf(text: string, until = text.length): Int32Array {
	const starts = [0];
	const lineBreak = /\r\n|[\r\n]/gu;
	for (let match = lineBreak.exec(text); match && match.index < until; match = lineBreak.exec(text)) {
		starts.push(match.index + match[0].length);
	}
	return Int32Array.from(starts);
}
