import type { Range, SourceLocation } from "./ast/location.js";
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
	const rawTokens: RawToken[] = [];
	let depthLimit = initialDepthLimit;
	for (let attempt = 1; ; attempt++) {
		const shared: SharedState = { text, lines, errors: [], scanCache: new Map(), depth: 0, depthLimit, deepest: 0 };
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
			const ast: Program = { type: "Program", usingStatements: [], paramBlock: null, blocks: [], statements: [], range: [0, text.length], loc: lines.location(0, text.length) };
			return finishResult(text, lines, ast, rawTokens, [{ message: internalErrorPrefix + message, range: [0, 0], loc: lines.location(0, 0) }]);
		}
	}
}

/** Nesting beyond any real script; deeper input is reported as too deeply nested. */
const initialDepthLimit = 4000;
const minimumDepthLimit = 16;
const depthMargin = 64;

function finishResult(text: string, lines: LineIndex, ast: Program, rawTokens: RawToken[], errors: ParseError[]): ParseResult {
	const tokens: Token[] = [];
	const comments: Comment[] = [];
	for (const raw of rawTokens) tokens.push(toToken(text, lines, raw, comments));
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

/** A token whose `loc` is computed when first read: most consumers only need a few. */
class LazyToken implements Token {
	private cachedLoc: SourceLocation | null = null;

	constructor(
		readonly type: TokenType,
		readonly value: string,
		readonly range: Range,
		readonly leadingTrivia: Trivia[],
		private readonly lines: LineIndex,
	) {}

	get loc(): SourceLocation {
		return (this.cachedLoc ??= this.lines.location(this.range[0], this.range[1]));
	}
}

class LazyTrivia implements Trivia {
	private cachedLoc: SourceLocation | null = null;

	constructor(
		readonly type: TriviaType,
		readonly value: string,
		readonly range: Range,
		private readonly lines: LineIndex,
	) {}

	get loc(): SourceLocation {
		return (this.cachedLoc ??= this.lines.location(this.range[0], this.range[1]));
	}
}

function toToken(text: string, lines: LineIndex, raw: RawToken, comments: Comment[]): Token {
	const leadingTrivia: Trivia[] = [];
	if (raw.trivia !== null) {
		for (const piece of raw.trivia) {
			const range: Range = [piece.start, piece.end];
			const value = text.slice(piece.start, piece.end);
			leadingTrivia.push(new LazyTrivia(piece.type, value, range, lines));
			if (piece.type === "LineComment" || piece.type === "BlockComment") {
				const body = piece.type === "LineComment" ? value.slice(1) : value.slice(2, value.endsWith("#>") ? -2 : undefined);
				comments.push({ type: piece.type === "LineComment" ? "Line" : "Block", value: body, range, loc: lines.location(piece.start, piece.end) });
			}
		}
	}
	return new LazyToken(raw.type, text.slice(raw.start, raw.end), [raw.start, raw.end], leadingTrivia, lines);
}
