import type { Range, SourceLocation } from "../ast/location.js";

export const TOKEN_TYPES = [
	"Variable",
	"SplattedVariable",
	"Number",
	"String",
	"ExpandableString",
	"HereString",
	"ExpandableHereString",
	/** A bareword in argument mode: command names, unquoted arguments, `$PSScriptRoot\x.ps1`. */
	"Generic",
	/** A name in expression mode: member names, type names, hashtable keys. */
	"Identifier",
	"Keyword",
	/** `-Name` or `-Name:` in argument mode. */
	"Parameter",
	"Operator",
	"Punctuator",
	"Redirection",
	/** `:label` before a loop. */
	"Label",
	/** Everything after `--%` up to the end of the line. */
	"VerbatimArgument",
	"NewLine",
	"Unknown",
	"EndOfInput",
] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];

export const TRIVIA_TYPES = ["Whitespace", "LineComment", "BlockComment", "LineContinuation"] as const;

export type TriviaType = (typeof TRIVIA_TYPES)[number];

export interface Trivia {
	type: TriviaType;
	value: string;
	range: Range;
	loc: SourceLocation;
}

/**
 * A token with the trivia before it. Concatenating every token's leading
 * trivia and value, in order, rebuilds the parsed text exactly.
 */
export interface Token {
	type: TokenType;
	value: string;
	range: Range;
	loc: SourceLocation;
	leadingTrivia: Trivia[];
}

/** Trivia as the lexer finds it, before locations are attached. */
export interface RawTrivia {
	type: TriviaType;
	start: number;
	end: number;
}

/** A token as the lexer finds it; it becomes a {@link Token} only once the parser keeps it. */
export interface RawToken {
	type: TokenType;
	start: number;
	end: number;
	trivia: RawTrivia[] | null;
	/** A lexical error inside the token, such as an unterminated string. */
	error: string | null;
}
