import type { Position, SourceLocation } from "../ast/location.js";
import { Char } from "./char-codes.js";

/** Maps offsets to positions (1-based line, 0-based column); CRLF, LF and a lone CR each end a line. */
export class LineIndex {
	private readonly lineStarts: number[] = [0];
	private lastLine = 0;

	constructor(text: string) {
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === Char.LineFeed) {
				this.lineStarts.push(i + 1);
			} else if (c === Char.CarriageReturn) {
				if (text.charCodeAt(i + 1) === Char.LineFeed) i++;
				this.lineStarts.push(i + 1);
			}
		}
	}

	position(offset: number): Position {
		const line = this.lineOf(offset);
		return { line: line + 1, column: offset - this.lineStarts[line]! };
	}

	location(start: number, end: number): SourceLocation {
		return { start: this.position(start), end: this.position(end) };
	}

	/** Nodes and tokens arrive mostly in increasing order, so the last line found is tried first. */
	private lineOf(offset: number): number {
		const starts = this.lineStarts;
		let line = this.lastLine;
		if (starts[line]! <= offset && (line + 1 >= starts.length || starts[line + 1]! > offset)) return line;
		if (line + 1 < starts.length && starts[line + 1]! <= offset && (line + 2 >= starts.length || starts[line + 2]! > offset)) {
			this.lastLine = line + 1;
			return line + 1;
		}
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		line = low;
		this.lastLine = line;
		return line;
	}
}
