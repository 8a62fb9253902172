import { isDoubleQuote, isSingleQuote } from "../text/characters.js";
import { Char } from "../text/char-codes.js";

const backtickEscapes: Record<string, string> = {
	"0": "\0",
	a: "\x07",
	b: "\b",
	e: "\x1b",
	f: "\f",
	n: "\n",
	r: "\r",
	t: "\t",
	v: "\v",
};

/** Resolves backtick escapes: `` `n `` is a line feed, `` `u{263A} `` a code point, any other escaped character stands for itself. */
export function unescapeBackticks(raw: string): string {
	if (!raw.includes("`")) return raw;
	let out = "";
	for (let i = 0; i < raw.length; i++) {
		const c = raw[i]!;
		if (c !== "`" || i + 1 >= raw.length) {
			out += c;
			continue;
		}
		const next = raw[++i]!;
		if (next === "u" && raw[i + 1] === "{") {
			const close = raw.indexOf("}", i + 2);
			const code = close > 0 ? Number.parseInt(raw.slice(i + 2, close), 16) : Number.NaN;
			if (Number.isInteger(code) && code <= Char.MaxCodePoint) {
				out += String.fromCodePoint(code);
				i = close;
				continue;
			}
		}
		out += backtickEscapes[next] ?? next;
	}
	return out;
}

/** The value of a `'...'` string body: a doubled quote (of any of the accepted kinds) is one quote. */
export function unescapeSingleQuoted(body: string): string {
	let out = "";
	for (let i = 0; i < body.length; i++) {
		const c = body.charCodeAt(i);
		out += body[i]!;
		if (isSingleQuote(c) && isSingleQuote(body.charCodeAt(i + 1))) i++;
	}
	return out;
}

/** The value of a `"..."` string body without anything to expand. */
export function unescapeDoubleQuoted(body: string): string {
	let out = "";
	for (let i = 0; i < body.length; i++) {
		const c = body.charCodeAt(i);
		if (c === Char.Backtick && i + 1 < body.length) {
			const close = body.startsWith("u{", i + 1) ? body.indexOf("}", i + 3) : -1;
			const end = close > 0 ? close + 1 : i + 2;
			out += unescapeBackticks(body.slice(i, end));
			i = end - 1;
			continue;
		}
		out += body[i]!;
		if (isDoubleQuote(c) && isDoubleQuote(body.charCodeAt(i + 1))) i++;
	}
	return out;
}

/**
 * The value of a bare word: backtick escapes resolved, and quoted parts
 * (`--format='%H'`, `a"b c"d`) unwrapped as PowerShell's tokenizer unwraps them.
 */
export function unescapeBareWord(raw: string): string {
	let out = "";
	let i = 0;
	while (i < raw.length) {
		const c = raw.charCodeAt(i);
		if (c === Char.Backtick && i + 1 < raw.length) {
			const close = raw.startsWith("u{", i + 1) ? raw.indexOf("}", i + 3) : -1;
			const end = close > 0 ? close + 1 : i + 2;
			out += unescapeBackticks(raw.slice(i, end));
			i = end;
		} else if (isSingleQuote(c) || isDoubleQuote(c)) {
			const single = isSingleQuote(c);
			const end = quotedPartEnd(raw, i + 1, single);
			const body = raw.slice(i + 1, end);
			out += single ? unescapeSingleQuoted(body) : unescapeDoubleQuoted(body);
			i = end + 1;
		} else {
			out += raw[i]!;
			i++;
		}
	}
	return out;
}

/** Where the quoted part of a bare word whose text starts at `from` ends: at its closing quote, or at the end of the word. */
function quotedPartEnd(raw: string, from: number, single: boolean): number {
	const isQuote = single ? isSingleQuote : isDoubleQuote;
	let j = from;
	while (j < raw.length) {
		const c = raw.charCodeAt(j);
		if (!single && c === Char.Backtick) j += 2;
		else if (isQuote(c) && isQuote(raw.charCodeAt(j + 1))) j += 2;
		else if (isQuote(c)) return j;
		else j++;
	}
	return raw.length;
}
