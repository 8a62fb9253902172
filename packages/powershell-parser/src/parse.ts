import type { Range, SourceLocation } from "./ast/location.js";
import { nodePrototype } from "./ast/node-prototype.js";
import type { Program } from "./ast/nodes.js";
import { Lexer } from "./lexer/lexer.js";
import type { RawToken, Token, TokenType, Trivia, TriviaType } from "./lexer/token.js";
import type { ParseError, SharedState } from "./parser/parser-core.js";
import { Parser } from "./parser/statements.js";
import { LineIndex } from "./text/line-index.js";

export interface Comment {
	type: "Line" | "Block";
	/** The comment text without `#`, `<#` and `#>`. */
	value: string;
	range: Range;
	loc: SourceLocation;
}

export interface ParseResult {
	ast: Program;
	/** Every token in order; their leading trivia and values rebuild the text exactly. */
	tokens: Token[];
	comments: Comment[];
	errors: ParseError[];
}

/** Message prefix of the error reported when the parser itself fails; the result then holds tokens only. */
export const internalErrorPrefix = "Internal parser error: ";

/** Parses a PowerShell script. Never throws: syntax errors are returned in `errors`. */
export function parse(text: string): ParseResult {
	const lines = new LineIndex(text);
	const prototype = nodePrototype(lines);
	const rawTokens: RawToken[] = [];
	let depthLimit = initialDepthLimit;
	for (let attempt = 1; ; attempt++) {
		const shared: SharedState = { text, lines, nodePrototype: prototype, errors: [], scanCache: new Map(), depth: 0, depthLimit, deepest: 0 };
		rawTokens.length = 0;
		try {
			const ast = new Parser(shared, 0, text.length, rawTokens).parseProgram();
			return finishResult(text, lines, ast, rawTokens, shared.errors);
		} catch (error) {
			// The stack was smaller than the limit assumed: parse again, stopping just short of where it ran out.
			if (error instanceof RangeError && shared.deepest > minimumDepthLimit) {
				depthLimit = attempt < 4 ? shared.deepest - depthMargin : Math.floor(shared.deepest / 2);
				continue;
			}
			const message = error instanceof Error ? error.message : String(error);
			rawTokens.length = 0;
			lexWholeText(text, rawTokens);
			const ast: Program = {
				type: "Program",
				usingStatements: [],
				paramBlock: null,
				blocks: [],
				statements: [],
				range: [0, text.length],
				loc: lines.location(0, text.length),
			};
			return finishResult(text, lines, ast, rawTokens, [{ message: internalErrorPrefix + message, range: [0, 0], loc: lines.location(0, 0) }]);
		}
	}
}

/** Nesting beyond any real script; deeper input is reported as too deeply nested. */
const initialDepthLimit = 4000;
const minimumDepthLimit = 16;
const depthMargin = 64;

function finishResult(text: string, lines: LineIndex, ast: Program, rawTokens: RawToken[], errors: ParseError[]): ParseResult {
	const source: SourceText = { text, lines };
	const comments: Comment[] = [];
	const tokens = rawTokens.map((raw) => toToken(source, raw, comments));
	return { ast, tokens, comments, errors };
}

/** Tokens for the whole text in command mode: the fallback that keeps the result lossless. */
function lexWholeText(text: string, out: RawToken[]): void {
	const lexer = new Lexer(text, 0, text.length);
	for (;;) {
		const token = lexer.next("command");
		out.push(token);
		if (token.type === "EndOfInput") return;
	}
}

/** What every token and trivia piece of one parse shares, instead of each holding its own copy. */
interface SourceText {
	readonly text: string;
	readonly lines: LineIndex;
}

/**
 * A token that keeps its offsets only: its text, range and location are made
 * when first read, as most consumers read few tokens. A script keeps a token
 * for every few characters, so each field here is memory per byte of input.
 */
class LazyToken implements Token {
	#range: Range | null = null;

	constructor(
		readonly type: TokenType,
		private readonly start: number,
		private readonly end: number,
		readonly leadingTrivia: Trivia[],
		private readonly source: SourceText,
	) {}

	get value(): string {
		return this.source.text.slice(this.start, this.end);
	}

	get range(): Range {
		return (this.#range ??= [this.start, this.end]);
	}

	get loc(): SourceLocation {
		return this.source.lines.location(this.start, this.end);
	}
}

class LazyTrivia implements Trivia {
	#range: Range | null = null;

	constructor(
		readonly type: TriviaType,
		private readonly start: number,
		private readonly end: number,
		private readonly source: SourceText,
	) {}

	get value(): string {
		return this.source.text.slice(this.start, this.end);
	}

	get range(): Range {
		return (this.#range ??= [this.start, this.end]);
	}

	get loc(): SourceLocation {
		return this.source.lines.location(this.start, this.end);
	}
}

/** The leading trivia of the many tokens that have none: one array for all, never changed. */
const NO_TRIVIA: Trivia[] = Object.freeze([]) as unknown as Trivia[];

function toToken(source: SourceText, raw: RawToken, comments: Comment[]): Token {
	if (raw.trivia === null || raw.trivia.length === 0) return new LazyToken(raw.type, raw.start, raw.end, NO_TRIVIA, source);
	const leadingTrivia = raw.trivia.map((piece) => new LazyTrivia(piece.type, piece.start, piece.end, source));
	for (const piece of raw.trivia) {
		if (piece.type === "LineComment" || piece.type === "BlockComment") {
			const value = source.text.slice(piece.start, piece.end);
			const body = piece.type === "LineComment" ? value.slice(1) : value.slice(2, value.endsWith("#>") ? -2 : undefined);
			comments.push({
				type: piece.type === "LineComment" ? "Line" : "Block",
				value: body,
				range: [piece.start, piece.end],
				loc: source.lines.location(piece.start, piece.end),
			});
		}
	}
	return new LazyToken(raw.type, raw.start, raw.end, leadingTrivia, source);
}
