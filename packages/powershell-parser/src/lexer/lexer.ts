import {
	EOF,
	forcesNewToken,
	isDash,
	isDigit,
	isDoubleQuote,
	isIdentifierFollow,
	isIdentifierStart,
	isLetter,
	isNewline,
	isSingleQuote,
	isVariableChar,
	isWhitespace,
} from "../text/characters.js";
import { dashOperators, keywords } from "./keywords.js";
import { scanNumber } from "./numbers.js";
import { type ScanCache, StringScanner } from "./string-scanner.js";
import type { RawToken, RawTrivia, TokenType } from "./token.js";
import { Char } from "../text/char-codes.js";

/** PowerShell's InvalidVariableReferenceWithDrive, in code and in strings. */
export const DRIVE_WITHOUT_NAME =
	"Variable reference is not valid: ':' is not followed by a variable name character. Write ${name} to end the name before the ':'.";

/**
 * How the next token is read. PowerShell reads statements and command
 * arguments in `command` mode (barewords, `-Param`, keywords) and the inside
 * of expressions in `expression` mode (operators, numbers that must end
 * cleanly). `typeName` reads names inside `[ ]`, `member` a name after `.`
 * or `::` and the operator right after a primary (where `.5` is a member
 * access, not a number), and `hashKey` a key of a hashtable literal.
 */
export type LexMode = "command" | "expression" | "typeName" | "member" | "hashKey";

export class Lexer {
	readonly strings: StringScanner;
	pos: number;

	constructor(
		readonly text: string,
		start: number,
		readonly limit: number,
		scanCache?: ScanCache,
		/**
		 * Inside `$( )` of a double-quoted string, where PowerShell reads `` `" `` as `"`:
		 * `"$($t.ToString(`"yyyy-MM-dd`"))"` holds a string.
		 */
		private readonly quoteEscapes = false,
	) {
		this.pos = start;
		this.strings = new StringScanner(text, limit, scanCache);
	}

	at(i: number): number {
		return i < this.limit ? this.text.charCodeAt(i) : EOF;
	}

	/** Reads the trivia and the token at `pos` and moves past them. */
	next(mode: LexMode): RawToken {
		const trivia = this.scanTrivia();
		const start = this.pos;
		const token = this.scanToken(mode, start);
		token.trivia = trivia;
		this.pos = token.end;
		return token;
	}

	/** Moves past the trivia at `pos` and returns where it ends. */
	skipTrivia(): number {
		this.scanTrivia();
		return this.pos;
	}

	private scanTrivia(): RawTrivia[] | null {
		let trivia: RawTrivia[] | null = null;
		for (;;) {
			const p = this.pos;
			const c = this.at(p);
			let type: RawTrivia["type"];
			let end: number;
			if (isWhitespace(c)) {
				end = p + 1;
				while (isWhitespace(this.at(end))) end++;
				type = "Whitespace";
			} else if (c === Char.Hash) {
				end = this.strings.lineEnd(p);
				type = "LineComment";
			} else if (c === Char.LessThan && this.at(p + 1) === Char.Hash) {
				end = this.strings.blockComment(p).end;
				type = "BlockComment";
			} else if (c === Char.Backtick && this.isLineContinuation(p)) {
				let newline = p + 1;
				while (this.at(newline) === Char.Space || this.at(newline) === Char.Tab) newline++;
				end = this.at(newline) === Char.CarriageReturn && this.at(newline + 1) === Char.LineFeed ? newline + 2 : newline + 1;
				type = "LineContinuation";
			} else if (c === Char.Backtick && isWhitespace(this.at(p + 1))) {
				// PowerShell's tokenizer reads a backtick before blanks in the middle of a line as a blank.
				end = p + 2;
				while (isWhitespace(this.at(end))) end++;
				type = "Whitespace";
			} else {
				return trivia;
			}
			// Most tokens have one piece of trivia: an array made by push would keep room for 16.
			if (trivia === null) trivia = [{ type, start: p, end }];
			else trivia.push({ type, start: p, end });
			this.pos = end;
		}
	}

	/**
	 * A backtick ending its line. Blanks between the backtick and the line
	 * break are read as a continuation too, as the author meant: in an
	 * argument list PowerShell ignores the line break anyway, and in a command
	 * the blanks are a known slip that the rules should not be blind to.
	 */
	private isLineContinuation(backtick: number): boolean {
		let p = backtick + 1;
		while (this.at(p) === Char.Space || this.at(p) === Char.Tab) p++;
		return isNewline(this.at(p));
	}

	private token(type: TokenType, start: number, end: number, error: string | null = null): RawToken {
		return { type, start, end, trivia: null, error };
	}

	/** An operator that in argument mode is only an operator when a token boundary follows it. */
	private operator(mode: LexMode, start: number, length: number, type: TokenType = "Operator"): RawToken {
		if (mode === "command" && !forcesNewToken(this.at(start + length))) return this.generic(start, start + length);
		return this.token(type, start, start + length);
	}

	private scanToken(mode: LexMode, start: number): RawToken {
		const c = this.at(start);
		if (c === EOF) return this.token("EndOfInput", start, start);
		if (mode === "typeName") return this.typeNameToken(c, start);
		if (mode === "member" && isIdentifierFollow(c)) return this.identifier(start);
		if (mode === "hashKey" && isIdentifierStart(c)) return this.hashKey(start);
		if (isSingleQuote(c)) return this.quoted("String", start, this.strings.singleQuoted(start));
		if (isDoubleQuote(c)) return this.quoted("ExpandableString", start, this.strings.doubleQuoted(start));
		if (this.quoteEscapes && c === Char.Backtick && isDoubleQuote(this.at(start + 1)))
			return this.quoted("ExpandableString", start, this.strings.escapedDoubleQuoted(start));
		if (isDash(c)) return this.dash(mode, start);
		if (isDigit(c)) return this.digit(mode, c, start);
		if (isIdentifierStart(c)) return this.word(mode, start);
		switch (c) {
			case Char.LineFeed:
				return this.token("NewLine", start, start + 1);
			case Char.CarriageReturn:
				return this.token("NewLine", start, this.at(start + 1) === Char.LineFeed ? start + 2 : start + 1);
			case Char.Dollar:
				if (this.at(start + 1) === Char.OpenParen) return this.token("Punctuator", start, start + 2);
				return this.variable(mode, start, "Variable");
			case Char.At:
				return this.at_(mode, start);
			case Char.OpenParen:
			case Char.CloseParen:
			case Char.OpenBrace:
			case Char.CloseBrace:
			case Char.Semicolon:
			case Char.Comma:
			case Char.CloseBracket:
				return this.token("Punctuator", start, start + 1);
			case Char.OpenBracket:
				if (mode === "command" && !forcesNewToken(this.at(start + 1))) return this.generic(start, start + 1);
				return this.token("Punctuator", start, start + 1);
			case Char.Ampersand:
				return this.token("Punctuator", start, this.at(start + 1) === Char.Ampersand ? start + 2 : start + 1);
			case Char.Pipe:
				return this.token("Punctuator", start, this.at(start + 1) === Char.Pipe ? start + 2 : start + 1);
			case Char.Equals:
				return this.operator(mode, start, 1);
			case Char.Plus:
				return this.operator(mode, start, this.at(start + 1) === Char.Plus || this.at(start + 1) === Char.Equals ? 2 : 1);
			case Char.Asterisk:
				return this.star(mode, start);
			case Char.Slash:
			case Char.Percent:
				return this.operator(mode, start, this.at(start + 1) === Char.Equals ? 2 : 1);
			case Char.Exclamation:
				return this.operator(mode, start, 1);
			case Char.GreaterThan:
				return this.token("Redirection", start, this.at(start + 1) === Char.GreaterThan ? start + 2 : start + 1);
			case Char.LessThan:
				return this.token("Redirection", start, start + 1);
			case Char.Dot:
				return this.dot(mode, start);
			case Char.Colon:
				return this.colon(mode, start);
			case Char.Question:
				if (mode === "command") return this.generic(start, start + 1);
				if (this.at(start + 1) === Char.Question) return this.token("Operator", start, this.at(start + 2) === Char.Equals ? start + 3 : start + 2);
				return this.token("Punctuator", start, start + 1);
			case Char.Backtick:
				if (this.at(start + 1) === EOF) return this.token("Unknown", start, start + 1, "A backtick at the end of the file escapes nothing.");
				return this.generic(start, start);
			default:
				return this.generic(start, start);
		}
	}

	private quoted(type: TokenType, start: number, scan: { end: number; terminated: boolean }): RawToken {
		return this.token(type, start, scan.end, scan.terminated ? null : "The string is missing its terminator.");
	}

	private at_(mode: LexMode, start: number): RawToken {
		const next = this.at(start + 1);
		if (next === Char.OpenBrace || next === Char.OpenParen) return this.token("Punctuator", start, start + 2);
		if (isSingleQuote(next) || isDoubleQuote(next)) {
			const body = this.strings.hereStringBodyStart(start);
			if (body < 0) {
				const end = this.strings.lineEnd(start);
				return this.token("Unknown", start, end, "A here-string header must be followed by a line break.");
			}
			if (isSingleQuote(next)) return this.quoted("HereString", start, this.strings.singleQuotedHereBody(body));
			return this.quoted("ExpandableHereString", start, this.strings.doubleQuotedHereBody(body));
		}
		if (isVariableChar(next) || next === Char.OpenBrace) return this.variable(mode, start, "SplattedVariable");
		return this.operator(mode, start, 1, "Unknown");
	}

	/** `$name`, `$scope:name`, `${any name}`, `$$`, `$?`, `$^`, and `@name` for splatting. */
	private variable(mode: LexMode, start: number, type: TokenType): RawToken {
		let p = start + 1;
		const c = this.at(p);
		let error: string | null = null;
		let kind: "braced" | "special" | "named" = "named";
		if (c === Char.OpenBrace) {
			kind = "braced";
			const scan = this.strings.bracedVariable(start);
			p = scan.end;
			if (!scan.terminated) error = "The braced variable name is missing its closing '}'.";
		} else if (type === "Variable" && (c === Char.Question || ((c === Char.Dollar || c === Char.Caret) && !isVariableChar(this.at(p + 1))))) {
			kind = "special";
			p++;
		} else {
			while (isVariableChar(this.at(p))) p++;
			// A drive or scope before a colon (`$env:TEMP`); nothing after the colon is an error (`$server: down`), as in PowerShell.
			if (this.at(p) === Char.Colon && p > start + 1 && this.at(p + 1) !== Char.Colon) {
				p++;
				if (!isVariableChar(this.at(p))) error = DRIVE_WITHOUT_NAME;
				while (isVariableChar(this.at(p))) p++;
			}
			if (p === start + 1) return this.generic(start, start + 1);
		}
		// In a command argument, what may follow a variable, as PowerShell's ScanVariable decides: a blank or an operator;
		// after a name, also `.` and `[` (member access, indexing), and after one that is not braced `=` and `::`. `$$`, `$?`
		// and `$^` take nothing more. Any other character makes the whole argument a bareword (`$name-old.csv`, `$?.x`).
		if (mode === "command") {
			const after = this.at(p);
			const endsVariable =
				forcesNewToken(after) ||
				(kind !== "special" && (after === Char.Dot || after === Char.OpenBracket)) ||
				(kind === "named" && (after === Char.Equals || (after === Char.Colon && this.at(p + 1) === Char.Colon)));
			if (!endsVariable) return this.generic(start, p);
		}
		return this.token(type, start, p, error);
	}

	/** A bareword from `start`, known to extend at least to `from`; quotes, `$( )` and backtick escapes stay inside it. */
	private generic(start: number, from: number): RawToken {
		let p = from;
		let error: string | null = null;
		for (;;) {
			const c = this.at(p);
			if (forcesNewToken(c)) break;
			if (c === Char.Backtick) {
				const next = this.at(p + 1);
				if (next === EOF || isNewline(next)) {
					if (p === start) p++;
					break;
				}
				p += this.strings.escapeLength(p);
			} else if (isSingleQuote(c) || isDoubleQuote(c)) {
				const scan = isSingleQuote(c) ? this.strings.singleQuoted(p) : this.strings.doubleQuoted(p);
				if (!scan.terminated) error = "The string is missing its terminator.";
				p = scan.end;
			} else if (c === Char.Dollar && this.at(p + 1) === Char.OpenParen) {
				const scan = this.strings.subExpression(p + 2);
				if (!scan.terminated) error = "Missing closing ')' in subexpression.";
				p = scan.end;
			} else if (c === Char.Dollar && this.at(p + 1) === Char.OpenBrace) {
				p = this.strings.bracedVariable(p).end;
			} else {
				p++;
			}
		}
		return this.token("Generic", start, p, error);
	}

	private identifier(start: number): RawToken {
		let p = start + 1;
		while (isIdentifierFollow(this.at(p))) p++;
		return this.token("Identifier", start, p);
	}

	private word(mode: LexMode, start: number): RawToken {
		let p = start + 1;
		while (isIdentifierFollow(this.at(p))) p++;
		if (mode !== "command") return this.token("Identifier", start, p);
		if (!forcesNewToken(this.at(p))) return this.generic(start, p);
		const isKeyword = keywords.has(this.text.slice(start, p).toLowerCase());
		return this.token(isKeyword ? "Keyword" : "Generic", start, p);
	}

	private hashKey(start: number): RawToken {
		let p = start + 1;
		for (;;) {
			const c = this.at(p);
			if (c === EOF || c === Char.Equals || c === Char.Semicolon || c === Char.CloseBrace || isWhitespace(c) || isNewline(c)) break;
			if (isSingleQuote(c) || isDoubleQuote(c) || c === Char.OpenParen || c === Char.Dollar) break;
			p++;
		}
		return this.token("Identifier", start, p);
	}

	private typeNameToken(c: number, start: number): RawToken {
		if (c === Char.OpenBracket || c === Char.CloseBracket || c === Char.Comma || c === Char.OpenParen || c === Char.CloseParen)
			return this.token("Punctuator", start, start + 1);
		if (isNewline(c)) return this.token("NewLine", start, c === Char.CarriageReturn && this.at(start + 1) === Char.LineFeed ? start + 2 : start + 1);
		let p = start;
		for (;;) {
			const d = this.at(p);
			if (isIdentifierFollow(d) || d === Char.Dot || d === Char.Backtick || d === Char.Plus || d === Char.Hash || d === Char.Backslash) p++;
			else break;
		}
		if (p === start) return this.scanToken("expression", start);
		return this.token("Identifier", start, p);
	}

	private dash(mode: LexMode, start: number): RawToken {
		const next = this.at(start + 1);
		if (isDash(next)) return this.operator(mode, start, 2);
		if (next === Char.Equals) return this.operator(mode, start, 2);
		if (isLetter(next) || next === Char.Underscore || next === Char.Question) return this.parameter(mode, start);
		return this.operator(mode, start, 1);
	}

	/** `-Name` or `-Name:` in argument mode; in expression mode `-eq` and the other dash operators. */
	private parameter(mode: LexMode, start: number): RawToken {
		let p = start + 1;
		if (mode !== "command") {
			while (isIdentifierFollow(this.at(p))) p++;
			const name = this.text.slice(start + 1, p).toLowerCase();
			return this.token(dashOperators.has(name) ? "Operator" : "Parameter", start, p);
		}
		for (;;) {
			const c = this.at(p);
			if (isSingleQuote(c) || isDoubleQuote(c)) return this.generic(start, p);
			if (c === Char.Colon) return this.token("Parameter", start, p + 1);
			if (forcesNewToken(c) || c === Char.Dot || c === Char.OpenBracket) break;
			if (c === Char.Backtick) {
				if (isNewline(this.at(p + 1)) || this.at(p + 1) === EOF) break;
				p++;
			}
			p++;
		}
		return this.token("Parameter", start, p);
	}

	private digit(mode: LexMode, c: number, start: number): RawToken {
		const next = this.at(start + 1);
		if (mode === "command" && c >= Char.Digit1 && c <= Char.Digit6 && next === Char.GreaterThan) return this.redirection(start, start + 2);
		const number = scanNumber(this.text, start, this.limit);
		if (number && (mode !== "command" || forcesNewToken(this.at(number.end)))) return this.token("Number", start, number.end);
		if (mode === "command") return this.generic(start, start);
		if (number) return this.token("Number", start, number.end, "The number is not followed by a separator.");
		return this.generic(start, start);
	}

	/** After `N>` or `*>`: `>>` appends, `>&1` merges into another stream. */
	private redirection(start: number, afterArrow: number): RawToken {
		const c = this.at(afterArrow);
		if (c === Char.GreaterThan) return this.token("Redirection", start, afterArrow + 1);
		if (c === Char.Ampersand && isDigit(this.at(afterArrow + 1))) return this.token("Redirection", start, afterArrow + 2);
		return this.token("Redirection", start, afterArrow);
	}

	private star(mode: LexMode, start: number): RawToken {
		const next = this.at(start + 1);
		if (next === Char.GreaterThan) return this.redirection(start, start + 2);
		return this.operator(mode, start, next === Char.Equals ? 2 : 1);
	}

	private dot(mode: LexMode, start: number): RawToken {
		const next = this.at(start + 1);
		if (next === Char.Dot) return this.operator(mode, start, 2);
		if (isDigit(next) && mode !== "member") {
			const number = scanNumber(this.text, start, this.limit);
			if (number && (mode !== "command" || forcesNewToken(this.at(number.end)))) return this.token("Number", start, number.end);
			if (mode === "command") return this.generic(start, start + 1);
		}
		if (mode === "command" && !forcesNewToken(next) && next !== Char.Dollar && !isSingleQuote(next) && !isDoubleQuote(next)) {
			return this.generic(start, start + 1);
		}
		return this.token("Punctuator", start, start + 1);
	}

	private colon(mode: LexMode, start: number): RawToken {
		const next = this.at(start + 1);
		if (next === Char.Colon) {
			if (mode === "command" && !forcesNewToken(this.at(start + 2))) return this.generic(start, start + 2);
			return this.token("Punctuator", start, start + 2);
		}
		if (mode === "command") {
			if (isIdentifierFollow(next)) {
				let p = start + 2;
				while (isIdentifierFollow(this.at(p))) p++;
				if (forcesNewToken(this.at(p))) return this.token("Label", start, p);
			}
			if (!forcesNewToken(next)) return this.generic(start, start + 1);
		}
		return this.token("Punctuator", start, start + 1);
	}

	/** The rest of the line after `--%`, up to a line break or `|`; null when nothing follows on the line. */
	verbatimArgument(): RawToken | null {
		const trivia = this.scanTrivia();
		const start = this.pos;
		let p = start;
		for (;;) {
			const c = this.at(p);
			if (c === EOF || isNewline(c) || c === Char.Pipe) break;
			p++;
		}
		if (p === start) return null;
		this.pos = p;
		return { type: "VerbatimArgument", start, end: p, trivia, error: null };
	}
}
