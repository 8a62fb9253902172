import { EOF, isDoubleQuote, isNewline, isSingleQuote, isWhitespace } from "../text/characters.js";
import { Char } from "../text/char-codes.js";

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

/**
 * Ends of the strings and sub-expressions already scanned, by start and kind
 * (`start * 4 + Context`): the end offset, or `-(limit + 1)` when the scan ran
 * into the limit unterminated. Nested strings are scanned again by every
 * nested parser; remembering their ends keeps deep nesting linear.
 */
export type ScanCache = Map<number, number>;

export class StringScanner {
	constructor(
		private readonly text: string,
		private readonly limit: number,
		private readonly cache: ScanCache = new Map(),
	) {}

	/** A remembered scan that is valid under this scanner's limit. */
	private cached(start: number, context: Context): ScanResult | null {
		const end = this.cache.get(start * 4 + context);
		if (end === undefined) return null;
		if (end >= 0) return end <= this.limit ? { end, terminated: true } : null;
		return -end - 1 === this.limit ? { end: this.limit, terminated: false } : null;
	}

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
		if (c === Char.CarriageReturn) return this.at(p + 1) === Char.LineFeed ? p + 2 : p + 1;
		if (c === Char.LineFeed) return p + 1;
		return -1;
	}

	/** `@'...'@` from its body start: it ends at `'@` at the start of a line. */
	singleQuotedHereBody(bodyStart: number): ScanResult {
		let p = bodyStart;
		let lineStart = true;
		for (;;) {
			const c = this.at(p);
			if (c === EOF) return { end: p, terminated: false };
			if (lineStart && isSingleQuote(c) && this.at(p + 1) === Char.At) return { end: p + 2, terminated: true };
			lineStart = isNewline(c);
			p++;
		}
	}

	/** `"..."` starting at the quote. */
	doubleQuoted(start: number): ScanResult {
		return this.nested(start + 1, Context.DoubleQuoted, false);
	}

	/**
	 * `` `"...`" `` starting at the backtick, inside `$( )` of a double-quoted
	 * string: it ends at the next `` `" `` or `"`, which PowerShell reads as quotes there.
	 */
	escapedDoubleQuoted(start: number): ScanResult {
		let p = start + 2;
		for (;;) {
			const c = this.at(p);
			if (c === EOF) return { end: p, terminated: false };
			if (isDoubleQuote(c)) return { end: p + 1, terminated: true };
			if (c === Char.Backtick) {
				if (isDoubleQuote(this.at(p + 1))) return { end: p + 2, terminated: true };
				p += this.at(p + 1) === EOF ? 1 : 2;
				continue;
			}
			p++;
		}
	}

	/** `@"..."@` from its body start. */
	doubleQuotedHereBody(bodyStart: number): ScanResult {
		return this.nested(bodyStart, Context.DoubleQuotedHere, true);
	}

	/** The text inside `$(`, from just after the `(` to just after the matching `)`. */
	subExpression(afterParen: number): ScanResult {
		return this.nested(afterParen, Context.SubExpression, false);
	}

	/** Length of the backtick escape at `p`: two characters, or all of `` `u{263A} ``. */
	escapeLength(p: number): number {
		if (this.at(p + 1) === Char.LowerU && this.at(p + 2) === Char.OpenBrace) {
			let q = p + 3;
			while (q < p + 10 && this.at(q) !== Char.CloseBrace && this.at(q) !== EOF) q++;
			if (this.at(q) === Char.CloseBrace) return q + 1 - p;
		}
		return 2;
	}

	/** `${name}` starting at `$`: ends after `}`; a backtick escapes the next character. */
	bracedVariable(start: number): ScanResult {
		let p = start + 2;
		for (;;) {
			const c = this.at(p);
			if (c === EOF) return { end: p, terminated: false };
			if (c === Char.Backtick) {
				p += this.escapeLength(p);
				continue;
			}
			p++;
			if (c === Char.CloseBrace) return { end: p, terminated: true };
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
			if (c === Char.LineFeed || c === Char.CarriageReturn) break;
			p++;
		}
		return p;
	}

	private nested(start: number, initial: Context, lineStartAtFirst: boolean): ScanResult {
		const known = this.cached(start, initial);
		if (known !== null) return known;
		const stack: Context[] = [initial];
		const starts: number[] = [start];
		let p = start;
		let lineStart = lineStartAtFirst;
		while (stack.length > 0) {
			const c = this.at(p);
			if (c === EOF) {
				for (let i = 0; i < stack.length; i++) this.cache.set(starts[i]! * 4 + stack[i]!, -(this.limit + 1));
				return { end: p, terminated: false };
			}
			const top = stack[stack.length - 1]!;
			const atLineStart = lineStart;
			lineStart = isNewline(c);
			if (c === Char.Backtick) {
				// A backtick escapes the next character in strings and code alike.
				p += this.at(p + 1) === EOF ? 1 : 2;
				continue;
			}
			if (c === Char.Dollar) {
				const next = this.at(p + 1);
				if (next === Char.OpenParen) {
					p = this.enter(stack, starts, Context.SubExpression, p + 2);
					continue;
				}
				if (next === Char.OpenBrace) {
					p = this.bracedVariable(p).end;
					continue;
				}
				p++;
				continue;
			}
			if (top === Context.SubExpression) {
				p = this.stepInCode(c, p, stack, starts);
				if (p < 0) return { end: -p, terminated: true };
				continue;
			}
			if (isDoubleQuote(c)) {
				if (top === Context.DoubleQuoted) {
					if (isDoubleQuote(this.at(p + 1))) {
						p += 2;
						continue;
					}
					this.leave(stack, starts, p + 1);
				} else if (atLineStart && this.at(p + 1) === Char.At) {
					this.leave(stack, starts, p + 2);
					p += 2;
					continue;
				}
			}
			p++;
		}
		return { end: p, terminated: true };
	}

	/** Opens a context whose content starts at `contentStart`, or skips it when its end is known. */
	private enter(stack: Context[], starts: number[], context: Context, contentStart: number): number {
		const known = this.cached(contentStart, context);
		// An unterminated one ran into the limit: jump there, where the scan ends unterminated too.
		if (known !== null) return known.terminated ? known.end : this.limit;
		stack.push(context);
		starts.push(contentStart);
		return contentStart;
	}

	/** Closes the innermost context, which ends at `end`, and remembers where. */
	private leave(stack: Context[], starts: number[], end: number): void {
		const context = stack.pop()!;
		this.cache.set(starts.pop()! * 4 + context, end);
	}

	/** One step inside `$( )` code; returns the next position, or its negation when the outermost context closed. */
	private stepInCode(c: number, p: number, stack: Context[], starts: number[]): number {
		if (isSingleQuote(c)) return this.singleQuoted(p).end;
		if (isDoubleQuote(c)) return this.enter(stack, starts, Context.DoubleQuoted, p + 1);
		if (c === Char.At) {
			const next = this.at(p + 1);
			if (isSingleQuote(next) || isDoubleQuote(next)) {
				const body = this.hereStringBodyStart(p);
				if (body >= 0) {
					if (isSingleQuote(next)) return this.singleQuotedHereBody(body).end;
					return this.enter(stack, starts, Context.DoubleQuotedHere, body);
				}
			}
			return p + 1;
		}
		if (c === Char.Hash) return this.lineEnd(p);
		if (c === Char.LessThan && this.at(p + 1) === Char.Hash) return this.blockComment(p).end;
		if (c === Char.OpenParen) return this.enter(stack, starts, Context.SubExpression, p + 1);
		if (c === Char.CloseParen) {
			this.leave(stack, starts, p + 1);
			return stack.length === 0 ? -(p + 1) : p + 1;
		}
		return p + 1;
	}
}
