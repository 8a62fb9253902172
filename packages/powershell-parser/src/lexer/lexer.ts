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
			} else if (c === 35) {
				end = this.strings.lineEnd(p);
				type = "LineComment";
			} else if (c === 60 && this.at(p + 1) === 35) {
				end = this.strings.blockComment(p).end;
				type = "BlockComment";
			} else if (c === 96 && this.isLineContinuation(p)) {
				let newline = p + 1;
				while (this.at(newline) === 32 || this.at(newline) === 9) newline++;
				end = this.at(newline) === 13 && this.at(newline + 1) === 10 ? newline + 2 : newline + 1;
				type = "LineContinuation";
			} else if (c === 96 && isWhitespace(this.at(p + 1))) {
				// PowerShell's tokenizer reads a backtick before blanks in the middle of a line as a blank.
				end = p + 2;
				while (isWhitespace(this.at(end))) end++;
				type = "Whitespace";
			} else {
				return trivia;
			}
			(trivia ??= []).push({ type, start: p, end });
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
		while (this.at(p) === 32 || this.at(p) === 9) p++;
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
		if (this.quoteEscapes && c === 96 && isDoubleQuote(this.at(start + 1))) return this.quoted("ExpandableString", start, this.strings.escapedDoubleQuoted(start));
		if (isDash(c)) return this.dash(mode, start);
		if (isDigit(c)) return this.digit(mode, c, start);
		if (isIdentifierStart(c)) return this.word(mode, start);
		switch (c) {
			case 10:
				return this.token("NewLine", start, start + 1);
			case 13:
				return this.token("NewLine", start, this.at(start + 1) === 10 ? start + 2 : start + 1);
			case 36: // $
				if (this.at(start + 1) === 40) return this.token("Punctuator", start, start + 2);
				return this.variable(mode, start, "Variable");
			case 64: // @
				return this.at_(mode, start);
			case 40: case 41: case 123: case 125: case 59: case 44: case 93:
				return this.token("Punctuator", start, start + 1);
			case 91: // [
				if (mode === "command" && !forcesNewToken(this.at(start + 1))) return this.generic(start, start + 1);
				return this.token("Punctuator", start, start + 1);
			case 38: // &
				return this.token("Punctuator", start, this.at(start + 1) === 38 ? start + 2 : start + 1);
			case 124: // |
				return this.token("Punctuator", start, this.at(start + 1) === 124 ? start + 2 : start + 1);
			case 61: // =
				return this.operator(mode, start, 1);
			case 43: // +
				return this.operator(mode, start, this.at(start + 1) === 43 || this.at(start + 1) === 61 ? 2 : 1);
			case 42: // *
				return this.star(mode, start);
			case 47: case 37: // / %
				return this.operator(mode, start, this.at(start + 1) === 61 ? 2 : 1);
			case 33: // !
				return this.operator(mode, start, 1);
			case 62: // >
				return this.token("Redirection", start, this.at(start + 1) === 62 ? start + 2 : start + 1);
			case 60: // <
				return this.token("Redirection", start, start + 1);
			case 46: // .
				return this.dot(mode, start);
			case 58: // :
				return this.colon(mode, start);
			case 63: // ?
				if (mode === "command") return this.generic(start, start + 1);
				if (this.at(start + 1) === 63) return this.token("Operator", start, this.at(start + 2) === 61 ? start + 3 : start + 2);
				return this.token("Punctuator", start, start + 1);
			case 96: // `
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
		if (next === 123 || next === 40) return this.token("Punctuator", start, start + 2);
		if (isSingleQuote(next) || isDoubleQuote(next)) {
			const body = this.strings.hereStringBodyStart(start);
			if (body < 0) {
				const end = this.strings.lineEnd(start);
				return this.token("Unknown", start, end, "A here-string header must be followed by a line break.");
			}
			if (isSingleQuote(next)) return this.quoted("HereString", start, this.strings.singleQuotedHereBody(body));
			return this.quoted("ExpandableHereString", start, this.strings.doubleQuotedHereBody(body));
		}
		if (isVariableChar(next) || next === 123) return this.variable(mode, start, "SplattedVariable");
		return this.operator(mode, start, 1, "Unknown");
	}

	/** `$name`, `$scope:name`, `${any name}`, `$$`, `$?`, `$^`, and `@name` for splatting. */
	private variable(mode: LexMode, start: number, type: TokenType): RawToken {
		let p = start + 1;
		const c = this.at(p);
		let error: string | null = null;
		if (c === 123) {
			const scan = this.strings.bracedVariable(start);
			p = scan.end;
			if (!scan.terminated) error = "The braced variable name is missing its closing '}'.";
		} else if (type === "Variable" && (c === 63 || ((c === 36 || c === 94) && !isVariableChar(this.at(p + 1))))) {
			p++;
		} else {
			while (isVariableChar(this.at(p))) p++;
			if (this.at(p) === 58 && p > start + 1 && this.at(p + 1) !== 58 && isVariableChar(this.at(p + 1))) {
				p++;
				while (isVariableChar(this.at(p))) p++;
			}
			if (p === start + 1) return this.generic(start, start + 1);
		}
		if (mode === "command") {
			const after = this.at(p);
			if (!forcesNewToken(after) && after !== 46 && after !== 91) return this.generic(start, p);
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
			if (c === 96) {
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
			} else if (c === 36 && this.at(p + 1) === 40) {
				const scan = this.strings.subExpression(p + 2);
				if (!scan.terminated) error = "Missing closing ')' in subexpression.";
				p = scan.end;
			} else if (c === 36 && this.at(p + 1) === 123) {
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
			if (c === EOF || c === 61 || c === 59 || c === 125 || isWhitespace(c) || isNewline(c)) break;
			if (isSingleQuote(c) || isDoubleQuote(c) || c === 40 || c === 36) break;
			p++;
		}
		return this.token("Identifier", start, p);
	}

	private typeNameToken(c: number, start: number): RawToken {
		if (c === 91 || c === 93 || c === 44 || c === 40 || c === 41) return this.token("Punctuator", start, start + 1);
		if (isNewline(c)) return this.token("NewLine", start, c === 13 && this.at(start + 1) === 10 ? start + 2 : start + 1);
		let p = start;
		for (;;) {
			const d = this.at(p);
			if (isIdentifierFollow(d) || d === 46 || d === 96 || d === 43 || d === 35 || d === 92) p++;
			else break;
		}
		if (p === start) return this.scanToken("expression", start);
		return this.token("Identifier", start, p);
	}

	private dash(mode: LexMode, start: number): RawToken {
		const next = this.at(start + 1);
		if (isDash(next)) return this.operator(mode, start, 2);
		if (next === 61) return this.operator(mode, start, 2);
		if (isLetter(next) || next === 95 || next === 63) return this.parameter(mode, start);
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
			if (c === 58) return this.token("Parameter", start, p + 1);
			if (forcesNewToken(c) || c === 46 || c === 91) break;
			if (c === 96) {
				if (isNewline(this.at(p + 1)) || this.at(p + 1) === EOF) break;
				p++;
			}
			p++;
		}
		return this.token("Parameter", start, p);
	}

	private digit(mode: LexMode, c: number, start: number): RawToken {
		const next = this.at(start + 1);
		if (mode === "command" && c >= 49 && c <= 54 && next === 62) return this.redirection(start, start + 2);
		const number = scanNumber(this.text, start, this.limit);
		if (number && (mode !== "command" || forcesNewToken(this.at(number.end)))) return this.token("Number", start, number.end);
		if (mode === "command") return this.generic(start, start);
		if (number) return this.token("Number", start, number.end, "The number is not followed by a separator.");
		return this.generic(start, start);
	}

	/** After `N>` or `*>`: `>>` appends, `>&1` merges into another stream. */
	private redirection(start: number, afterArrow: number): RawToken {
		const c = this.at(afterArrow);
		if (c === 62) return this.token("Redirection", start, afterArrow + 1);
		if (c === 38 && isDigit(this.at(afterArrow + 1))) return this.token("Redirection", start, afterArrow + 2);
		return this.token("Redirection", start, afterArrow);
	}

	private star(mode: LexMode, start: number): RawToken {
		const next = this.at(start + 1);
		if (next === 62) return this.redirection(start, start + 2);
		return this.operator(mode, start, next === 61 ? 2 : 1);
	}

	private dot(mode: LexMode, start: number): RawToken {
		const next = this.at(start + 1);
		if (next === 46) return this.operator(mode, start, 2);
		if (isDigit(next) && mode !== "member") {
			const number = scanNumber(this.text, start, this.limit);
			if (number && (mode !== "command" || forcesNewToken(this.at(number.end)))) return this.token("Number", start, number.end);
			if (mode === "command") return this.generic(start, start + 1);
		}
		if (mode === "command" && !forcesNewToken(next) && next !== 36 && !isSingleQuote(next) && !isDoubleQuote(next)) {
			return this.generic(start, start + 1);
		}
		return this.token("Punctuator", start, start + 1);
	}

	private colon(mode: LexMode, start: number): RawToken {
		const next = this.at(start + 1);
		if (next === 58) {
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
			if (c === EOF || isNewline(c) || c === 124) break;
			p++;
		}
		if (p === start) return null;
		this.pos = p;
		return { type: "VerbatimArgument", start, end: p, trivia, error: null };
	}
}
