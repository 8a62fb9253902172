import { isDoubleQuote, isSingleQuote } from "../text/characters.js";

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
			if (Number.isInteger(code) && code <= 0x10ffff) {
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
		if (c === 96 && i + 1 < body.length) {
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
