import type { Range, SourceLocation } from "./ast/location.js";
import type { Program } from "./ast/nodes.js";
import { Lexer } from "./lexer/lexer.js";
import type { Token, TriviaType } from "./lexer/token.js";
import { TokenList, type SourceText } from "./lexer/token-list.js";
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
	/** Every token in order; their leading trivia and values rebuild the text exactly. Made when first read. */
	readonly tokens: Token[];
	comments: Comment[];
	errors: ParseError[];
}

/** Message prefix of the error reported when the parser itself fails; the result then holds tokens only. */
export const internalErrorPrefix = "Internal parser error: ";

/** Parses a PowerShell script. Never throws: syntax errors are returned in `errors`. */
export function parse(text: string): ParseResult {
	const lines = new LineIndex(text);
	let depthLimit = initialDepthLimit;
	for (let attempt = 1; ; attempt++) {
		const shared: SharedState = { text, lines, errors: [], scanCache: new Map(), depth: 0, depthLimit, deepest: 0 };
		const tokens = new TokenList();
		try {
			const ast = new Parser(shared, 0, text.length, tokens).parseProgram();
			const script = new ParsedScript({ text, lines }, ast, tokens, shared.errors);
			reportUnterminatedComments(script, text);
			return script;
		} catch (error) {
			// The stack was smaller than the limit assumed: parse again, stopping just short of where it ran out.
			if (error instanceof RangeError && shared.deepest > minimumDepthLimit) {
				depthLimit = attempt < 4 ? shared.deepest - depthMargin : Math.floor(shared.deepest / 2);
				continue;
			}
			const message = error instanceof Error ? error.message : String(error);
			const ast: Program = {
				type: "Program",
				usingStatements: [],
				paramBlock: null,
				blocks: [],
				statements: [],
				range: [0, text.length],
				loc: lines.location(0, text.length),
			};
			const errors = [{ message: internalErrorPrefix + message, range: [0, 0] as Range, loc: lines.location(0, 0) }];
			return new ParsedScript({ text, lines }, ast, lexWholeText(text), errors);
		}
	}
}

/**
 * A `<#` comment with no `#>` runs to the end of the text, and the lexer reads
 * it as a comment; PowerShell's parser rejects the script
 * (MissingTerminatorMultiLineComment), at the comment.
 */
function reportUnterminatedComments(script: ParsedScript, text: string): void {
	for (const comment of script.comments) {
		const [start, end] = comment.range;
		if (comment.type !== "Block" || (end - start >= 4 && text.startsWith("#>", end - 2))) continue;
		const error: ParseError = { message: "The terminator '#>' is missing from the multiline comment.", range: comment.range, loc: comment.loc };
		const before = script.errors.findIndex((other) => other.range[0] > error.range[0]);
		script.errors.splice(before < 0 ? script.errors.length : before, 0, error);
	}
}

/** Nesting beyond any real script; deeper input is reported as too deeply nested. */
const initialDepthLimit = 4000;
const minimumDepthLimit = 16;
const depthMargin = 64;

const COMMENT_TRIVIA: ReadonlySet<TriviaType> = new Set(["LineComment", "BlockComment"]);

/** A parse's result: the tokens are kept as numbers, and made objects of only if read. */
class ParsedScript implements ParseResult {
	readonly comments: Comment[];
	#tokens: Token[] | null = null;
	readonly #list: TokenList;
	readonly #source: SourceText;

	constructor(
		source: SourceText,
		readonly ast: Program,
		list: TokenList,
		readonly errors: ParseError[],
	) {
		this.#source = source;
		this.#list = list;
		this.comments = list.trivia(COMMENT_TRIVIA).map(({ type, start, end }) => {
			const value = source.text.slice(start, end);
			return {
				type: type === "LineComment" ? "Line" : "Block",
				value: type === "LineComment" ? value.slice(1) : value.slice(2, value.endsWith("#>") ? -2 : undefined),
				range: [start, end],
				loc: source.lines.location(start, end),
			};
		});
	}

	get tokens(): Token[] {
		return (this.#tokens ??= this.#list.toTokens(this.#source));
	}
}

/** Tokens for the whole text in command mode: the fallback that keeps the result lossless. */
function lexWholeText(text: string): TokenList {
	const tokens = new TokenList();
	const lexer = new Lexer(text, 0, text.length);
	for (;;) {
		const token = lexer.next("command");
		tokens.push(token);
		if (token.type === "EndOfInput") return tokens;
	}
}
