import { COMPARISON_ROOTS } from "../lexer/keywords.js";
import { Char } from "../text/char-codes.js";
/** Binding strength of binary operators; higher binds tighter. */
export const enum Precedence {
	None = 0,
	Logical = 1,
	Bitwise = 2,
	Comparison = 3,
	Coalesce = 4,
	Additive = 5,
	Multiplicative = 6,
	Format = 7,
	Range = 8,
}

const binaryPrecedence = new Map<string, Precedence>([
	["-and", Precedence.Logical],
	["-or", Precedence.Logical],
	["-xor", Precedence.Logical],
	["-band", Precedence.Bitwise],
	["-bor", Precedence.Bitwise],
	["-bxor", Precedence.Bitwise],
	["-shl", Precedence.Bitwise],
	["-shr", Precedence.Bitwise],
	["-is", Precedence.Comparison],
	["-isnot", Precedence.Comparison],
	["-as", Precedence.Comparison],
	["-join", Precedence.Comparison],
	["??", Precedence.Coalesce],
	["+", Precedence.Additive],
	["-", Precedence.Additive],
	["*", Precedence.Multiplicative],
	["/", Precedence.Multiplicative],
	["%", Precedence.Multiplicative],
	["-f", Precedence.Format],
	["..", Precedence.Range],
]);
for (const root of COMPARISON_ROOTS) {
	for (const prefix of ["-", "-i", "-c"]) binaryPrecedence.set(prefix + root, Precedence.Comparison);
}

export function precedenceOf(operator: string): Precedence {
	return binaryPrecedence.get(operator) ?? Precedence.None;
}

const prefixOperators = new Set(["-not", "-bnot", "!", "-split", "-isplit", "-csplit", "-join", "+", "-", "++", "--"]);

export function isPrefixOperator(operator: string): boolean {
	return prefixOperators.has(operator);
}

export const assignmentOperators: ReadonlySet<string> = new Set(["=", "+=", "-=", "*=", "/=", "%=", "??="]);

/** Lower case with the typographic dashes PowerShell accepts turned into `-`. */
export function normalizeOperator(text: string): string {
	const lower = text.toLowerCase();
	const first = lower.charCodeAt(0);
	if (first === Char.EnDash || first === Char.EmDash || first === Char.HorizontalBar) return `-${lower.slice(1)}`;
	return lower;
}
