import type { Range, SourceLocation } from "./ast/location.js";
import type { Program } from "./ast/nodes.js";
import { Lexer } from "./lexer/lexer.js";
import type { RawToken, Token, Trivia } from "./lexer/token.js";
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
	const shared: SharedState = { text, lines, errors: [], depth: 0 };
	const rawTokens: RawToken[] = [];
	let ast: Program;
	try {
		ast = new Parser(shared, 0, text.length, rawTokens).parseProgram();
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		shared.errors.push({ message: internalErrorPrefix + message, range: [0, 0], loc: lines.location(0, 0) });
		rawTokens.length = 0;
		lexWholeText(text, rawTokens);
		ast = { type: "Program", usingStatements: [], paramBlock: null, blocks: [], statements: [], range: [0, text.length], loc: lines.location(0, text.length) };
	}
	const tokens: Token[] = [];
	const comments: Comment[] = [];
	for (const raw of rawTokens) tokens.push(toToken(text, lines, raw, comments));
	return { ast, tokens, comments, errors: shared.errors };
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

function toToken(text: string, lines: LineIndex, raw: RawToken, comments: Comment[]): Token {
	const leadingTrivia: Trivia[] = [];
	if (raw.trivia !== null) {
		for (const piece of raw.trivia) {
			const range: Range = [piece.start, piece.end];
			const loc = lines.location(piece.start, piece.end);
			const value = text.slice(piece.start, piece.end);
			leadingTrivia.push({ type: piece.type, value, range, loc });
			if (piece.type === "LineComment") comments.push({ type: "Line", value: value.slice(1), range, loc });
			else if (piece.type === "BlockComment") comments.push({ type: "Block", value: value.slice(2, value.endsWith("#>") ? -2 : undefined), range, loc });
		}
	}
	const range: Range = [raw.start, raw.end];
	return { type: raw.type, value: text.slice(raw.start, raw.end), range, loc: lines.location(raw.start, raw.end), leadingTrivia };
}
