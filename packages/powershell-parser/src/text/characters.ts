/** Character classes of the PowerShell tokenizer, including the typographic quotes and dashes it accepts. */

export const EOF = -1;

export function isNewline(c: number): boolean {
	return c === 10 || c === 13;
}

export function isWhitespace(c: number): boolean {
	if (c === 32 || c === 9) return true;
	if (c < 128) return c === 11 || c === 12;
	return (
		c === 0xa0 ||
		c === 0x85 ||
		c === 0xfeff ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000
	);
}

/** `-` and the en dash, em dash and horizontal bar that PowerShell reads as `-`. */
export function isDash(c: number): boolean {
	return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2015;
}

export function isSingleQuote(c: number): boolean {
	return c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b;
}

export function isDoubleQuote(c: number): boolean {
	return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e;
}

export function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

const letterPattern = /\p{L}/u;
const letterOrDigitPattern = /[\p{L}\p{Nd}]/u;

export function isLetter(c: number): boolean {
	if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	return c !== EOF && letterPattern.test(String.fromCharCode(c));
}

export function isIdentifierStart(c: number): boolean {
	return c === 95 || isLetter(c);
}

export function isIdentifierFollow(c: number): boolean {
	if (c < 128) return c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	return c !== EOF && letterOrDigitPattern.test(String.fromCharCode(c));
}

/** Characters that may follow `$` in a simple variable name (`?` included: `$x?` is one variable). */
export function isVariableChar(c: number): boolean {
	return c === 63 || isIdentifierFollow(c);
}

/** Characters that may follow `$` for it to begin a variable or a sub-expression: a name, `{`, `(`, or the automatic `$$`, `$^`, `$?`. */
export function startsVariableName(c: number): boolean {
	return isVariableChar(c) || c === 123 || c === 40 || c === 36 || c === 94;
}

/** Characters that end a bareword (generic token) in argument mode. */
export function forcesNewToken(c: number): boolean {
	switch (c) {
		case EOF:
		case 10:
		case 13:
		case 38: // &
		case 40: // (
		case 41: // )
		case 44: // ,
		case 59: // ;
		case 123: // {
		case 124: // |
		case 125: // }
			return true;
		default:
			return isWhitespace(c);
	}
}
