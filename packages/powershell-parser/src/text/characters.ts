/** Character classes of the PowerShell tokenizer, including the typographic quotes and dashes it accepts. */

import { Char } from "./char-codes.js";

export const EOF = -1;

export function isNewline(c: number): boolean {
	return c === Char.LineFeed || c === Char.CarriageReturn;
}

export function isWhitespace(c: number): boolean {
	if (c === Char.Space || c === Char.Tab) return true;
	if (c < Char.NonAscii) return c === Char.VerticalTab || c === Char.FormFeed;
	return (
		c === Char.NoBreakSpace ||
		c === Char.NextLine ||
		c === Char.ByteOrderMark ||
		c === Char.OghamSpaceMark ||
		(c >= Char.EnQuad && c <= Char.HairSpace) ||
		c === Char.LineSeparator ||
		c === Char.ParagraphSeparator ||
		c === Char.NarrowNoBreakSpace ||
		c === Char.MediumMathematicalSpace ||
		c === Char.IdeographicSpace
	);
}

/** `-` and the en dash, em dash and horizontal bar that PowerShell reads as `-`. */
export function isDash(c: number): boolean {
	return c === Char.Minus || c === Char.EnDash || c === Char.EmDash || c === Char.HorizontalBar;
}

export function isSingleQuote(c: number): boolean {
	return (
		c === Char.SingleQuote || c === Char.LeftSingleQuote || c === Char.RightSingleQuote || c === Char.SingleLow9Quote || c === Char.SingleHighReversed9Quote
	);
}

export function isDoubleQuote(c: number): boolean {
	return c === Char.DoubleQuote || c === Char.LeftDoubleQuote || c === Char.RightDoubleQuote || c === Char.DoubleLow9Quote;
}

export function isDigit(c: number): boolean {
	return c >= Char.Digit0 && c <= Char.Digit9;
}

const letterPattern = /\p{L}/u;
const letterOrDigitPattern = /[\p{L}\p{Nd}]/u;

export function isLetter(c: number): boolean {
	if (c < Char.NonAscii) return (c >= Char.UpperA && c <= Char.UpperZ) || (c >= Char.LowerA && c <= Char.LowerZ);
	return c !== EOF && letterPattern.test(String.fromCharCode(c));
}

export function isIdentifierStart(c: number): boolean {
	return c === Char.Underscore || isLetter(c);
}

export function isIdentifierFollow(c: number): boolean {
	if (c < Char.NonAscii)
		return c === Char.Underscore || (c >= Char.Digit0 && c <= Char.Digit9) || (c >= Char.UpperA && c <= Char.UpperZ) || (c >= Char.LowerA && c <= Char.LowerZ);
	return c !== EOF && letterOrDigitPattern.test(String.fromCharCode(c));
}

/** Characters that may follow `$` in a simple variable name (`?` included: `$x?` is one variable). */
export function isVariableChar(c: number): boolean {
	return c === Char.Question || isIdentifierFollow(c);
}

/** Characters that may follow `$` for it to begin a variable or a sub-expression: a name, `{`, `(`, or the automatic `$$`, `$^`, `$?`. */
export function startsVariableName(c: number): boolean {
	return isVariableChar(c) || c === Char.OpenBrace || c === Char.OpenParen || c === Char.Dollar || c === Char.Caret;
}

/** Characters that end a bareword (generic token) in argument mode. */
export function forcesNewToken(c: number): boolean {
	switch (c) {
		case EOF:
		case Char.LineFeed:
		case Char.CarriageReturn:
		case Char.Ampersand:
		case Char.OpenParen:
		case Char.CloseParen:
		case Char.Comma:
		case Char.Semicolon:
		case Char.OpenBrace:
		case Char.Pipe:
		case Char.CloseBrace:
			return true;
		default:
			return isWhitespace(c);
	}
}
