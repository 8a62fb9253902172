import { EOF, isDoubleQuote, isNewline, isSingleQuote, isWhitespace } from "../text/characters.js";

/**
 * Scanning of quoted text. Expandable strings may hold `$( )` sub-expressions
 * that hold strings again, so the scan keeps an explicit stack of what it is
 * inside instead of recursing.
 */

export interface ScanResult {
	end: number;
	terminated: boolean;
}

const enum Context {
	DoubleQuoted,
	DoubleQuotedHere,
	SubExpression,
}

export class StringScanner {
	constructor(
		private readonly text: string,
		private readonly limit: number,
	) {}

	at(i: number): number {
		return i < this.limit ? this.text.charCodeAt(i) : EOF;
	}

	/** `'...'` starting at the quote; `''` is an escaped quote. */
	singleQuoted(start: number): ScanResult {
		let p = start + 1;
		for (;;) {
			const c = this.at(p);
			if (c === EOF) return { end: p, terminated: false };
			p++;
			if (isSingleQuote(c)) {
				if (!isSingleQuote(this.at(p))) return { end: p, terminated: true };
				p++;
			}
		}
	}

	/** Where the body of a here-string starts: after `@'` or `@"`, optional whitespace and one line break; -1 when the header is not followed by a line break. */
	hereStringBodyStart(start: number): number {
		let p = start + 2;
		while (isWhitespace(this.at(p))) p++;
		const c = this.at(p);
		if (c === 13) return this.at(p + 1) === 10 ? p + 2 : p + 1;
		if (c === 10) return p + 1;
		return -1;
	}

	/** `@'...'@` from its body start: it ends at `'@` at the start of a line. */
	singleQuotedHereBody(bodyStart: number): ScanResult {
		let p = bodyStart;
		let lineStart = true;
		for (;;) {
			const c = this.at(p);
			if (c === EOF) return { end: p, terminated: false };
			if (lineStart && isSingleQuote(c) && this.at(p + 1) === 64) return { end: p + 2, terminated: true };
			lineStart = isNewline(c);
			p++;
		}
	}

	/** `"..."` starting at the quote. */
	doubleQuoted(start: number): ScanResult {
		return this.nested(start + 1, Context.DoubleQuoted, false);
	}

	/** `@"..."@` from its body start. */
	doubleQuotedHereBody(bodyStart: number): ScanResult {
		return this.nested(bodyStart, Context.DoubleQuotedHere, true);
	}

	/** The text inside `$(`, from just after the `(` to just after the matching `)`. */
	subExpression(afterParen: number): ScanResult {
		return this.nested(afterParen, Context.SubExpression, false);
	}

	/** `${name}` starting at `$`: ends after `}`; a backtick escapes the next character. */
	bracedVariable(start: number): ScanResult {
		let p = start + 2;
		for (;;) {
			const c = this.at(p);
			if (c === EOF) return { end: p, terminated: false };
			if (c === 96) {
				p += 2;
				continue;
			}
			p++;
			if (c === 125) return { end: p, terminated: true };
		}
	}

	/** `<# ... #>` starting at `<`. */
	blockComment(start: number): ScanResult {
		const close = this.text.indexOf("#>", start + 2);
		if (close < 0 || close + 2 > this.limit) return { end: this.limit, terminated: false };
		return { end: close + 2, terminated: true };
	}

	lineEnd(start: number): number {
		let p = start;
		while (p < this.limit) {
			const c = this.text.charCodeAt(p);
			if (c === 10 || c === 13) break;
			p++;
		}
		return p;
	}

	private nested(start: number, initial: Context, lineStartAtFirst: boolean): ScanResult {
		const stack: Context[] = [initial];
		let p = start;
		let lineStart = lineStartAtFirst;
		while (stack.length > 0) {
			const c = this.at(p);
			if (c === EOF) return { end: p, terminated: false };
			const top = stack[stack.length - 1]!;
			const atLineStart = lineStart;
			lineStart = isNewline(c);
			if (c === 96) {
				// A backtick escapes the next character in strings and code alike.
				p += this.at(p + 1) === EOF ? 1 : 2;
				continue;
			}
			if (c === 36 /* $ */) {
				const next = this.at(p + 1);
				if (next === 40) {
					stack.push(Context.SubExpression);
					p += 2;
					continue;
				}
				if (next === 123) {
					p = this.bracedVariable(p).end;
					continue;
				}
				p++;
				continue;
			}
			if (top === Context.SubExpression) {
				p = this.stepInCode(c, p, stack);
				if (p < 0) return { end: -p, terminated: true };
				continue;
			}
			if (isDoubleQuote(c)) {
				if (top === Context.DoubleQuoted) {
					if (isDoubleQuote(this.at(p + 1))) {
						p += 2;
						continue;
					}
					stack.pop();
				} else if (atLineStart && this.at(p + 1) === 64) {
					stack.pop();
					p += 2;
					continue;
				}
			}
			p++;
		}
		return { end: p, terminated: true };
	}

	/** One step inside `$( )` code; returns the next position, or its negation when the outermost context closed. */
	private stepInCode(c: number, p: number, stack: Context[]): number {
		if (isSingleQuote(c)) return this.singleQuoted(p).end;
		if (isDoubleQuote(c)) {
			stack.push(Context.DoubleQuoted);
			return p + 1;
		}
		if (c === 64 /* @ */) {
			const next = this.at(p + 1);
			if (isSingleQuote(next) || isDoubleQuote(next)) {
				const body = this.hereStringBodyStart(p);
				if (body >= 0) {
					if (isSingleQuote(next)) return this.singleQuotedHereBody(body).end;
					stack.push(Context.DoubleQuotedHere);
					return body;
				}
			}
			return p + 1;
		}
		if (c === 35 /* # */) return this.lineEnd(p);
		if (c === 60 /* < */ && this.at(p + 1) === 35) return this.blockComment(p).end;
		if (c === 40) {
			stack.push(Context.SubExpression);
			return p + 1;
		}
		if (c === 41) {
			stack.pop();
			return stack.length === 0 ? -(p + 1) : p + 1;
		}
		return p + 1;
	}
}
