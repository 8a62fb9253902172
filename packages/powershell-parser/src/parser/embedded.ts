import { type ScanCache, StringScanner } from "../lexer/string-scanner.js";
import { isIdentifierFollow, isSingleQuote, isVariableChar } from "../text/characters.js";
import { Char } from "../text/char-codes.js";

/** A `$name`, `${name}` or `$( )` found inside a string or bare word. */
export interface EmbeddedPiece {
	kind: "variable" | "subExpression";
	start: number;
	end: number;
	braced: boolean;
	terminated: boolean;
	/** A variable written `$name:` with no name after the colon, which PowerShell rejects (`"$server: down"`). */
	driveWithoutName: boolean;
}

/**
 * Finds what an expandable string or bare word expands, in `[start, end)`.
 * Bare words may contain single-quoted parts, which expand nothing.
 */
export function scanEmbeddedExpressions(text: string, start: number, end: number, inQuotes: boolean, cache: ScanCache): EmbeddedPiece[] {
	const pieces: EmbeddedPiece[] = [];
	const scanner = new StringScanner(text, end, cache);
	let p = start;
	while (p < end) {
		const c = text.charCodeAt(p);
		if (c === Char.Backtick) {
			p += 2;
			continue;
		}
		if (!inQuotes && isSingleQuote(c)) {
			p = scanner.singleQuoted(p).end;
			continue;
		}
		if (c !== Char.Dollar || p + 1 >= end) {
			p++;
			continue;
		}
		const next = text.charCodeAt(p + 1);
		if (next === Char.OpenParen) {
			const scan = scanner.subExpression(p + 2);
			pieces.push({ kind: "subExpression", start: p, end: scan.end, braced: false, terminated: scan.terminated, driveWithoutName: false });
			p = scan.end;
		} else if (next === Char.OpenBrace) {
			const scan = scanner.bracedVariable(p);
			pieces.push({ kind: "variable", start: p, end: scan.end, braced: true, terminated: scan.terminated, driveWithoutName: false });
			p = scan.end;
		} else if (next === Char.Dollar || next === Char.Caret || next === Char.Question) {
			// The automatic `$$`, `$^` and `$?`: `"$$(x)"` expands `$$`, the parenthesis is text.
			pieces.push({ kind: "variable", start: p, end: p + 2, braced: false, terminated: true, driveWithoutName: false });
			p += 2;
		} else if (isIdentifierFollow(next)) {
			// A name goes on with letters, digits, `_` and `?` (`"$done?"` expands `$done?`), and may have a drive or scope
			// before a colon (`$env:TEMP`); a colon followed by neither a name nor another colon ends the string's variable
			// with nothing after the drive, which PowerShell rejects (InvalidVariableReferenceWithDrive).
			let q = p + 2;
			while (q < end && isVariableChar(text.charCodeAt(q))) q++;
			let driveWithoutName = false;
			if (q < end && text.charCodeAt(q) === Char.Colon && (q + 1 >= end || text.charCodeAt(q + 1) !== Char.Colon)) {
				q++;
				driveWithoutName = q >= end || !isVariableChar(text.charCodeAt(q));
				while (q < end && isVariableChar(text.charCodeAt(q))) q++;
			}
			pieces.push({ kind: "variable", start: p, end: q, braced: false, terminated: true, driveWithoutName });
			p = q;
		} else {
			p++;
		}
	}
	return pieces;
}
