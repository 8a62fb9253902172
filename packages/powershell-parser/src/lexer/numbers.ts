import { isDigit, isIdentifierFollow } from "../text/characters.js";
import { Char } from "../text/char-codes.js";

/** A numeric literal: decimal, `0x` hex or `0b` binary, with optional type suffix and `kb`..`pb` multiplier. */
export interface NumberScan {
	end: number;
	value: number;
}

const multipliers: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };
const typeSuffixes = new Set(["l", "d", "n", "u", "ul", "lu", "s", "us", "y", "uy"]);

function isHexDigit(c: number): boolean {
	return isDigit(c) || (c >= Char.LowerA && c <= Char.LowerF) || (c >= Char.UpperA && c <= Char.UpperF);
}

/**
 * Scans a number at `start` (a digit or a `.` followed by a digit). Returns
 * null when the characters are not a number, for example `7z` or `1.2.3`,
 * which PowerShell then reads as a bareword. The suffix letters are read
 * greedily so that `1abc` is rejected rather than split.
 */
export function scanNumber(text: string, start: number, limit: number): NumberScan | null {
	const at = (i: number): number => (i < limit ? text.charCodeAt(i) : -1);
	let p = start;
	let digits: string;
	let radix = 10;
	if (at(p) === Char.Digit0 && (at(p + 1) | 32) === Char.LowerX && isHexDigit(at(p + 2))) {
		p += 2;
		const first = p;
		while (isHexDigit(at(p))) p++;
		digits = text.slice(first, p);
		radix = 16;
	} else if (at(p) === Char.Digit0 && (at(p + 1) | 32) === Char.LowerB && (at(p + 2) === Char.Digit0 || at(p + 2) === Char.Digit1)) {
		p += 2;
		const first = p;
		while (at(p) === Char.Digit0 || at(p) === Char.Digit1) p++;
		digits = text.slice(first, p);
		radix = 2;
	} else {
		const first = p;
		while (isDigit(at(p))) p++;
		if (at(p) === Char.Dot && isDigit(at(p + 1))) {
			p++;
			while (isDigit(at(p))) p++;
		} else if (at(p) === Char.Dot && at(p + 1) !== Char.Dot && p > first && !isIdentifierFollow(at(p + 1))) {
			// `1.` is a number; `1..5` is a range and `1.ToString()` a member access.
			p++;
		}
		if ((at(p) | 32) === Char.LowerE && (isDigit(at(p + 1)) || ((at(p + 1) === Char.Plus || at(p + 1) === Char.Minus) && isDigit(at(p + 2))))) {
			p += 2;
			while (isDigit(at(p))) p++;
		}
		digits = text.slice(first, p);
	}
	const suffixStart = p;
	while (isIdentifierFollow(at(p))) p++;
	const suffix = text.slice(suffixStart, p).toLowerCase();
	let multiplier = 1;
	let typeSuffix = suffix;
	const multiplierText = suffix.slice(-2);
	if (multiplierText in multipliers) {
		multiplier = multipliers[multiplierText]!;
		typeSuffix = suffix.slice(0, -2);
	}
	if (typeSuffix !== "" && !typeSuffixes.has(typeSuffix)) return null;
	const value = radix === 10 ? Number(digits) : Number.parseInt(digits, radix);
	return { end: p, value: value * multiplier };
}
