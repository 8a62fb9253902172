import type { Position, SourceLocation } from "@eslint/core";

/** Maps text offsets to 1-based lines and 1-based columns in UTF-16 units. */
export class LineIndex {
	readonly #lineStarts: Int32Array;

	constructor(lineStarts: Int32Array) {
		this.#lineStarts = lineStarts;
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
		return { line: low + 1, column: offset - starts[low]! + 1 };
	}

	location(start: number, end: number): SourceLocation {
		return { start: this.position(start), end: this.position(end) };
	}
}

/** Line starts of a text, for the rare case (a parse error) where no scan exists. */
export function lineStartsOf(text: string, until = text.length): Int32Array {
	const starts = [0];
	const lineBreak = /\r\n|[\r\n]/gu;
	for (let match = lineBreak.exec(text); match && match.index < until; match = lineBreak.exec(text)) {
		starts.push(match.index + match[0].length);
	}
	return Int32Array.from(starts);
}
