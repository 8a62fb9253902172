export { parse, internalErrorPrefix, type Comment, type ParseResult } from "./parse.js";
export type { ParseError } from "./parser/parser-core.js";
export type * from "./ast/nodes.js";
export type { Position, Range, SourceLocation } from "./ast/location.js";
export type { Token, TokenType, Trivia, TriviaType } from "./lexer/token.js";
export { visitorKeys } from "./ast/visitor-keys.js";
export { keptList } from "./ast/lists.js";
