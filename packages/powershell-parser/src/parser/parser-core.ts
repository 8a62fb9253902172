import type { Range, SourceLocation } from "../ast/location.js";
import { NODE_LINES, NODE_PROTOTYPE, type NodeFields } from "../ast/node-prototype.js";
import type { BaseNode, ErrorExpression } from "../ast/nodes.js";
import { Lexer, type LexMode } from "../lexer/lexer.js";
import type { ScanCache } from "../lexer/string-scanner.js";
import type { RawToken } from "../lexer/token.js";
import type { TokenList } from "../lexer/token-list.js";
import type { LineIndex } from "../text/line-index.js";
import { Char } from "../text/char-codes.js";

export interface ParseError {
	message: string;
	range: Range;
	loc: SourceLocation;
}

/** State shared by a file's parser and the parsers of the `$( )` inside its strings. */
export interface SharedState {
	readonly text: string;
	readonly lines: LineIndex;
	readonly errors: ParseError[];
	/** How many constructs are open, across nested parsers; guards the call stack. */
	depth: number;
	readonly scanCache: ScanCache;
	/** Past this depth the rest of the input is reported instead of parsed. */
	depthLimit: number;
	/** The greatest depth reached, to pick a lower limit if the stack overflows anyway. */
	deepest: number;
}

export interface Mark {
	pos: number;
	lastEnd: number;
	tokenCount: number;
	errorCount: number;
}

function modeSlot(mode: LexMode): number {
	switch (mode) {
		case "command":
			return 0;
		case "expression":
			return 1;
		case "member":
			return 2;
		case "typeName":
			return 3;
		default:
			return 4;
	}
}

export type Fields<T extends BaseNode> = Omit<T, "range" | "loc">;

/**
 * Token access for the parser. PowerShell's tokens depend on the parser's
 * state (a bare word is a command argument in one place and an operator in
 * another), so tokens are read on demand in the mode the parser asks for.
 */
export class ParserCore {
	protected readonly text: string;
	protected readonly lexer: Lexer;
	/** Where the next token's trivia starts. */
	protected pos: number;
	/** End of the last token consumed that was not a line break: where a finished node ends. */
	protected lastEnd: number;
	/** Tokens already read at `pos`, one per mode: the parser often looks at one position in several modes. */
	private readonly peeked: (RawToken | null)[] = [null, null, null, null, null];

	constructor(
		protected readonly shared: SharedState,
		start: number,
		protected readonly limit: number,
		/** The consumed tokens, or null for a nested parser whose text is already inside a string token. */
		protected readonly tokens: TokenList | null,
		/** Parsing `$( )` inside a double-quoted string, where `` `" `` is a quote. */
		quoteEscapes = false,
	) {
		this.text = shared.text;
		this.lexer = new Lexer(shared.text, start, limit, shared.scanCache, quoteEscapes);
		this.pos = start;
		this.lastEnd = start;
	}

	protected peek(mode: LexMode): RawToken {
		const slot = modeSlot(mode);
		const cached = this.peeked[slot];
		if (cached != null) return cached;
		this.lexer.pos = this.pos;
		const token = this.lexer.next(mode);
		this.peeked[slot] = token;
		return token;
	}

	private clearPeeked(): void {
		const peeked = this.peeked;
		peeked[0] = peeked[1] = peeked[2] = peeked[3] = peeked[4] = null;
	}

	protected next(mode: LexMode): RawToken {
		const token = this.peek(mode);
		this.accept(token);
		return token;
	}

	/** Consumes a token that `peek` returned. */
	protected accept(token: RawToken): void {
		this.tokens?.push(token);
		this.pos = token.end;
		if (token.type !== "NewLine") this.lastEnd = token.end;
		this.clearPeeked();
		if (token.error !== null) this.error(token.error, token.start, token.end);
	}

	/** The rest of the line after `--%`, or null when nothing follows on the line. */
	protected nextVerbatim(): RawToken | null {
		this.lexer.pos = this.pos;
		const token = this.lexer.verbatimArgument();
		if (token !== null) this.accept(token);
		this.clearPeeked();
		return token;
	}

	protected tokenText(token: RawToken): string {
		return this.text.slice(token.start, token.end);
	}

	/** Whether `token` is the punctuator or operator `value`. */
	protected is(token: RawToken, value: string): boolean {
		return (token.type === "Punctuator" || token.type === "Operator") && token.end - token.start === value.length && this.text.startsWith(value, token.start);
	}

	protected isKeyword(token: RawToken, word: string): boolean {
		return (
			(token.type === "Keyword" || token.type === "Identifier" || token.type === "Generic") &&
			token.end - token.start === word.length &&
			this.text.slice(token.start, token.end).toLowerCase() === word
		);
	}

	/**
	 * The first character after the trivia at `pos`. Checking it before
	 * reading a token avoids lexing, in command mode, a long bare word that
	 * the parser will read in another mode anyway.
	 */
	private nextChar(): number {
		this.lexer.pos = this.pos;
		return this.lexer.at(this.lexer.skipTrivia());
	}

	protected skipNewlines(): void {
		for (;;) {
			const c = this.nextChar();
			if (c !== Char.LineFeed && c !== Char.CarriageReturn) return;
			this.accept(this.peek("command"));
		}
	}

	/** Skips line breaks and `;`. */
	protected skipSeparators(): void {
		for (;;) {
			const c = this.nextChar();
			if (c !== Char.LineFeed && c !== Char.CarriageReturn && c !== Char.Semicolon) return;
			this.accept(this.peek("command"));
		}
	}

	/** Consumes `value` if it comes next, else reports it missing. */
	protected expect(value: string, mode: LexMode, message: string): boolean {
		const token = this.peek(mode);
		if (this.is(token, value)) {
			this.accept(token);
			return true;
		}
		this.error(message, token.start, token.start);
		return false;
	}

	protected mark(): Mark {
		return {
			pos: this.pos,
			lastEnd: this.lastEnd,
			tokenCount: this.tokens?.length ?? 0,
			errorCount: this.shared.errors.length,
		};
	}

	protected reset(mark: Mark): void {
		this.pos = mark.pos;
		this.lastEnd = mark.lastEnd;
		this.tokens?.truncate(mark.tokenCount);
		this.shared.errors.length = mark.errorCount;
		this.clearPeeked();
	}

	protected error(message: string, start: number, end: number): void {
		const errors = this.shared.errors;
		const last = errors[errors.length - 1];
		if (last !== undefined && last.range[0] === start && last.message === message) return;
		errors.push({ message, range: [start, end], loc: this.shared.lines.location(start, end) });
	}

	protected finish<T extends BaseNode>(start: number, fields: Fields<T>): T {
		return this.finishAt(start, Math.max(start, this.lastEnd), fields);
	}

	protected finishAt<T extends BaseNode>(start: number, end: number, fields: Fields<T>): T {
		// A copy onto the prototype: giving the literal a prototype afterwards (setPrototypeOf) makes every node twice as large.
		const node = Object.assign(Object.create(NODE_PROTOTYPE) as T & NodeFields, fields);
		node.start = start;
		node.end = end;
		node[NODE_LINES] = this.shared.lines;
		return node;
	}

	protected errorExpression(at: number, message: string): ErrorExpression {
		this.error(message, at, at);
		return this.finishAt<ErrorExpression>(at, at, { type: "ErrorExpression" });
	}

	/**
	 * Opens a nested construct; `leave` closes it. (No try/finally: an
	 * exception abandons the whole parse, and the extra frames would cost
	 * nesting depth.) Past the depth limit the rest of the input is
	 * consumed and reported instead of parsed, so the call stack stays bounded.
	 */
	protected enter(): boolean {
		const shared = this.shared;
		if (shared.depth >= shared.depthLimit) {
			const token = this.peek("expression");
			this.error("The script is nested too deeply to parse.", token.start, this.limit);
			while (this.peek("expression").type !== "EndOfInput") this.accept(this.peek("expression"));
			return false;
		}
		if (++shared.depth > shared.deepest) shared.deepest = shared.depth;
		return true;
	}

	protected leave(): void {
		this.shared.depth--;
	}
}
