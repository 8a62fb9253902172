import { plainScalarValue } from "./plain-scalar.js";

/** Thrown at the first thing the block reader leaves to the yaml package; a builder throws it at what its caller leaves to it. */
export class NotBlockYaml extends Error {}

/**
 * Characters the block reader leaves to the yaml package wherever they are:
 * tabs (indentation or separation, depending on where), a CR without its LF,
 * other control characters, line separators and the byte order mark.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds.
const UNREAD_CHARACTERS = /[\0-\x08\t\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)/u;

/** YAML's indicators, which cannot start a plain scalar (`-` can, before a character that is not a space: `-5`). */
const INDICATORS = new Set("-?:,[]{}#&*!|>'\"%@`");

/** The indicators that start and end flow collections and separate their entries. */
const FLOW_INDICATORS = new Set(",[]{}");

/** Deeper files are left to the yaml package, which refuses the deepest settings (MAX_SETTINGS_NESTING). Settings and configurations nest a few levels. */
const MAX_BLOCK_DEPTH = 64;

/** Longer keys are left to the yaml package, which refuses implicit keys over 1024 characters. */
const MAX_KEY_LENGTH = 1000;

/** The escapes of a double-quoted scalar that stand for one character (YAML 1.2, 5.7). */
const ESCAPES: Readonly<Record<string, string>> = {
	"0": "\0",
	a: "\x07",
	b: "\b",
	e: "\x1b",
	f: "\f",
	n: "\n",
	r: "\r",
	t: "\t",
	v: "\v",
	N: "\u0085",
	_: "\u00a0",
	L: "\u2028",
	P: "\u2029",
	" ": " ",
	'"': '"',
	"/": "/",
	"\\": "\\",
};

/** The escapes of a double-quoted scalar by a character code in hexadecimal digits (`\U` with eight is left to the yaml package). */
const HEX_ESCAPE_LENGTHS: Readonly<Record<string, number>> = { x: 2, u: 4 };

/** A scalar as written on its line: `text` is a plain scalar's source, a quoted one's value. */
interface LineScalar {
	start: number;
	end: number;
	text: string;
	plain: boolean;
}

/** A node with its range in the text (end exclusive). */
export interface RangedNode {
	readonly range: readonly [number, number];
}

/**
 * What the block reader makes of what it reads: each caller its own tree
 * (language-settings its AST, the configuration loader values with their
 * places). Any method may throw NotBlockYaml to leave the text to the yaml
 * package.
 */
export interface BlockYamlBuilder<Value extends RangedNode, Key extends RangedNode, Member> {
	/** A mapping's entries: a block mapping from its first key to its last value, a flow mapping (`{ max: 1000 }`) to its closing brace. */
	object(members: Member[], start: number, end: number): Value;
	array(elements: Value[], start: number, end: number): Value;
	/** A key as written at `range`: a plain key's source text (not resolved by the schema), a quoted key's value. */
	key(range: [number, number], name: string, plain: boolean): Key;
	member(key: Key, value: Value): Member;
	/** The null of a key or a list item written without a value, at the empty range where the yaml package places it. */
	empty(offset: number): Value;
	/** A scalar at `range`, with the value the core schema gives a plain scalar, or a quoted scalar's text. */
	scalar(range: [number, number], value: unknown): Value;
	/** The comment `source` (from its `#` to the end of its line) at `offset`. */
	comment(offset: number, source: string): void;
	/**
	 * The value of one block entry read by the yaml package (a block scalar, a
	 * scalar over several lines): the entry (a key or a list item's dash and its
	 * value) from `start` to `end`, at `column` of its line. Null to leave the
	 * text to the yaml package.
	 */
	entryByYaml(start: number, end: number, column: number): Value | null;
}

/**
 * Reads the YAML that settings exports, hand-written settings and miglint's
 * configuration are, block mappings and sequences of scalars (and lists and
 * tables of scalars on one line) with comments, straight into the builder's
 * tree: the yaml package's concrete syntax tree (about 30 times the size of
 * the file) and documents (about 15 times) are never built for it, and the
 * package is not even loaded. The builder may have the yaml package read the
 * entries whose scalar is a block scalar or spans several lines, each alone.
 * Returns null at anything else (an empty file, several documents,
 * directives, flow collections over several lines or nested deeper, anchors
 * and aliases, tags, complex keys, tabs, anything the yaml package would find
 * wrong), and the yaml package reads the file; where it reads, it agrees with
 * the yaml package on every node, range, value and comment.
 */
export function readBlockYaml<Value extends RangedNode, Key extends RangedNode, Member>(
	text: string,
	builder: BlockYamlBuilder<Value, Key, Member>,
): Value | null {
	if (UNREAD_CHARACTERS.test(text)) return null;
	try {
		return new BlockReader(text, builder).read();
	} catch (error) {
		if (error instanceof NotBlockYaml) return null;
		throw error;
	}
}

class BlockReader<Value extends RangedNode, Key extends RangedNode, Member> {
	readonly #text: string;
	readonly #nodes: BlockYamlBuilder<Value, Key, Member>;
	/** The start of the line being read. */
	#lineStart = 0;
	#depth = 0;

	constructor(text: string, nodes: BlockYamlBuilder<Value, Key, Member>) {
		this.#text = text;
		this.#nodes = nodes;
	}

	/** stream := ignored-line* ( "---" " "* ( "#" comment )? line-break ignored-line* )? block(n) ignored-line*, one document. */
	read(): Value {
		let indent = this.#nextLine(true);
		if (indent === 0 && this.#markerAt(this.#lineStart) === "---") {
			let end = this.#lineStart + 3;
			while (this.#text[end] === " ") end++;
			if (this.#text[end] === "#" && end > this.#lineStart + 3) end = this.#comment(end);
			if (!this.#atLineEnd(end)) throw new NotBlockYaml();
			this.#lineStart = this.#nextLineStart(end);
			indent = this.#nextLine();
		}
		if (indent === null) throw new NotBlockYaml();
		const body = this.#block(indent);
		if (this.#nextLine() !== null) throw new NotBlockYaml();
		return body;
	}

	/**
	 * ignored-line := " "* ( "#" comment )? line-break
	 *
	 * Goes past blank and comment lines to the next line with content, and
	 * returns its indentation (null at the end of the text). Document markers
	 * (several documents) are left to the yaml package, but for a `---` that
	 * starts the only document.
	 */
	#nextLine(documentStart = false): number | null {
		const text = this.#text;
		while (this.#lineStart < text.length) {
			let at = this.#lineStart;
			while (text[at] === " ") at++;
			if (text[at] === "#") at = this.#comment(at);
			if (!this.#atLineEnd(at)) {
				const indent = at - this.#lineStart;
				const marker = indent === 0 ? this.#markerAt(at) : null;
				if (marker !== null && !(documentStart && marker === "---")) throw new NotBlockYaml();
				return indent;
			}
			this.#lineStart = this.#nextLineStart(at);
		}
		return null;
	}

	/** The document marker (`---` or `...`, then a space or the line break) at the start of a line at `at`, if any. */
	#markerAt(at: number): string | null {
		const marker = this.#text.slice(at, at + 3);
		return (marker === "---" || marker === "...") && this.#separates(at + 3) ? marker : null;
	}

	/** block(n) := sequence(n) | mapping(n), a collection whose entries are indented by n spaces. */
	#block(indent: number): Value {
		const at = this.#lineStart + indent;
		return this.#isDash(at) ? this.#sequence(indent) : this.#mapping(indent, at);
	}

	/** sequence(n) := ( n spaces "-" entry(n) )+ */
	#sequence(indent: number): Value {
		this.#enter();
		const start = this.#lineStart + indent;
		const elements: Value[] = [];
		for (;;) {
			const dash = this.#lineStart + indent;
			elements.push(this.#entry(dash, dash + 1, indent, false));
			const next = this.#nextLine();
			if (next === null || next < indent) break;
			if (next > indent) throw new NotBlockYaml();
			// A key at the indentation of the sequence belongs to the mapping the sequence is a value of.
			if (!this.#isDash(this.#lineStart + indent)) break;
		}
		this.#depth--;
		return this.#nodes.array(elements, start, elements.at(-1)!.range[1]);
	}

	/**
	 * mapping(n) := key(n) ( n spaces key(n) )*
	 * key(n) := scalar " "* ":" entry(n)
	 *
	 * The first key may follow a list item's dash (`- name: value`): `first`
	 * is where it starts, and n its column.
	 */
	#mapping(indent: number, first: number): Value {
		this.#enter();
		const members: Member[] = [];
		let at = first;
		let end: number;
		for (;;) {
			const key = this.#key(at);
			const value = this.#entry(key.node.range[0], key.colon + 1, indent, true);
			members.push(this.#nodes.member(key.node, value));
			end = value.range[1];
			const next = this.#nextLine();
			if (next === null || next < indent) break;
			if (next > indent) throw new NotBlockYaml();
			at = this.#lineStart + indent;
			// A dash at the indentation of the mapping is a sequence the mapping cannot hold.
			if (this.#isDash(at)) break;
		}
		this.#depth--;
		return this.#nodes.object(members, first, end);
	}

	#key(at: number): { node: Key; colon: number } {
		const scalar = this.#scalar(at);
		let colon = scalar.end;
		while (this.#text[colon] === " ") colon++;
		if (this.#text[colon] !== ":" || !this.#separates(colon + 1) || scalar.end - scalar.start > MAX_KEY_LENGTH) throw new NotBlockYaml();
		return { node: this.#nodes.key([scalar.start, scalar.end], scalar.text, scalar.plain), colon };
	}

	/**
	 * entry(n) := " "+ ( scalar | flow-collection ) ignored-line
	 *           | " "+ mapping(column) (after a dash only)
	 *           | " "+ ( block-scalar | scalar over several lines ) (read by the yaml package)
	 *           | ignored-line ( block(m > n) | sequence(n) (after a key only) )?
	 *
	 * What follows a key's colon or a dash at `after`, the entry (that key or
	 * dash, at `start`) being at indentation n: a scalar on the same line, a
	 * mapping that starts on it (after a dash), or a collection on the lines
	 * below; nothing is null.
	 */
	#entry(start: number, after: number, indent: number, afterKey: boolean): Value {
		const text = this.#text;
		let at = after;
		while (text[at] === " ") at++;
		if (!this.#atLineEnd(at) && text[at] !== "#") {
			if (text[at] === "|" || text[at] === ">") return this.#readByYaml(start, indent);
			const collection = this.#flowCollection(at);
			const scalar = collection ? null : this.#scalar(at);
			const valueEnd = collection ? collection.range[1] : scalar!.end;
			let end = valueEnd;
			while (text[end] === " ") end++;
			if (text[end] === ":" && !afterKey) return this.#mapping(at - this.#lineStart, at);
			const comment = text[end] === "#" && end > valueEnd ? end : null;
			if (comment !== null) end = this.#lineEnd(comment);
			if (!this.#atLineEnd(end)) throw new NotBlockYaml();
			// Lines indented under a scalar continue it (or are wrong): the yaml package reads them.
			if (scalar && this.#indentAfter(this.#nextLineStart(end)) > indent) return this.#readByYaml(start, indent);
			if (comment !== null) this.#comment(comment);
			this.#lineStart = this.#nextLineStart(end);
			return collection ?? this.#value(scalar!);
		}
		const empty = at;
		if (text[at] === "#") at = this.#comment(at);
		this.#lineStart = this.#nextLineStart(at);
		const next = this.#nextLine();
		if (next !== null && next > indent) return this.#block(next);
		if (next === indent && afterKey && this.#isDash(this.#lineStart + next)) return this.#sequence(indent);
		return this.#nodes.empty(empty);
	}

	/**
	 * The entry at `start` and the lines below it indented more than the
	 * entry (and blank lines), read by the yaml package, which reads block
	 * scalars and folds scalars over several lines.
	 */
	#readByYaml(start: number, indent: number): Value {
		let end = this.#nextLineStart(this.#lineEnd(start));
		while (end < this.#text.length) {
			let at = end;
			while (this.#text[at] === " ") at++;
			if (!this.#atLineEnd(at) && at - end <= indent) break;
			end = this.#nextLineStart(this.#lineEnd(at));
		}
		const value = this.#nodes.entryByYaml(start, end, start - this.#lineStart);
		if (!value) throw new NotBlockYaml();
		this.#lineStart = end;
		return value;
	}

	/** The indentation of the next line with content from `lineStart` on, past blank and comment lines (-1 at the end of the text). */
	#indentAfter(lineStart: number): number {
		const text = this.#text;
		for (let line = lineStart; line < text.length;) {
			let at = line;
			while (text[at] === " ") at++;
			if (!this.#atLineEnd(at) && text[at] !== "#") return at - line;
			line = this.#nextLineStart(this.#lineEnd(at));
		}
		return -1;
	}

	/**
	 * flow-collection := flow-sequence | flow-mapping
	 * flow-sequence := "[" " "* ( ( flow-scalar | flow-mapping ) " "* ( "," " "* ( flow-scalar | flow-mapping ) " "* )* )? "]"
	 *
	 * A list of scalars and tables of scalars on one line, as exports and
	 * configurations write them (`[contoso.com, 'fabrikam.com']`,
	 * `[error, { max: 1000 }]`), or a table (null for anything else); flow
	 * collections over several lines, nested deeper, with empty entries or a
	 * trailing comma are left to the yaml package.
	 */
	#flowCollection(at: number): Value | null {
		const text = this.#text;
		if (text[at] === "{") return this.#flowMapping(at);
		if (text[at] !== "[") return null;
		const elements: Value[] = [];
		let end = this.#afterSpaces(at + 1);
		while (text[end] !== "]") {
			if (elements.length > 0) end = this.#afterComma(end);
			const element = text[end] === "{" ? this.#flowMapping(end) : this.#value(this.#flowScalar(end, "]"));
			elements.push(element);
			end = this.#afterSpaces(element.range[1]);
		}
		return this.#nodes.array(elements, at, end + 1);
	}

	/**
	 * flow-mapping := "{" " "* ( flow-pair ( "," " "* flow-pair )* )? "}"
	 * flow-pair := flow-scalar " "* ": " " "* flow-scalar " "*
	 *
	 * A table of scalars on one line (`{ max: 1000 }`); keys without a value
	 * or a space after their colon, empty values and a trailing comma are left
	 * to the yaml package.
	 */
	#flowMapping(at: number): Value {
		const text = this.#text;
		const members: Member[] = [];
		let end = this.#afterSpaces(at + 1);
		while (text[end] !== "}") {
			if (members.length > 0) end = this.#afterComma(end);
			const key = this.#flowScalar(end, "}", true);
			const colon = this.#afterSpaces(key.end);
			if (text[colon] !== ":" || text[colon + 1] !== " " || key.end - key.start > MAX_KEY_LENGTH) throw new NotBlockYaml();
			const value = this.#value(this.#flowScalar(this.#afterSpaces(colon + 1), "}"));
			members.push(this.#nodes.member(this.#nodes.key([key.start, key.end], key.text, key.plain), value));
			end = this.#afterSpaces(value.range[1]);
		}
		return this.#nodes.object(members, at, end + 1);
	}

	/**
	 * flow-scalar := "'" single-quoted "'" | '"' double-quoted '"' | plain, on one line
	 *
	 * A plain scalar in a flow collection ends before `,` or the collection's
	 * `close`, a key before ": ", without its trailing spaces; one with another
	 * `:`, a `#` or another flow indicator is left to the yaml package.
	 */
	#flowScalar(at: number, close: "]" | "}", key = false): LineScalar {
		const text = this.#text;
		const first = text[at]!;
		if (first === "'") return this.#singleQuoted(at);
		if (first === '"') return this.#doubleQuoted(at);
		const second = text[at + 1]!;
		if (INDICATORS.has(first) && (first !== "-" || this.#separates(at + 1) || second === ":" || FLOW_INDICATORS.has(second))) throw new NotBlockYaml();
		let end = at;
		for (let index = at; text[index] !== "," && text[index] !== close; index++) {
			const character = text[index]!;
			if (key && character === ":" && text[index + 1] === " ") break;
			if (this.#atLineEnd(index) || character === ":" || character === "#" || FLOW_INDICATORS.has(character)) throw new NotBlockYaml();
			if (character !== " ") end = index + 1;
		}
		return { start: at, end, text: text.slice(at, end), plain: true };
	}

	/** Past the comma at `at` that separates the entries of a flow collection, and the spaces after it. */
	#afterComma(at: number): number {
		if (this.#text[at] !== ",") throw new NotBlockYaml();
		return this.#afterSpaces(at + 1);
	}

	/** The first offset from `at` on that is not a space. */
	#afterSpaces(at: number): number {
		let end = at;
		while (this.#text[end] === " ") end++;
		return end;
	}

	/** A value's node: a plain scalar resolved by the core schema, as the yaml package resolves it. */
	#value(scalar: LineScalar): Value {
		return this.#nodes.scalar([scalar.start, scalar.end], scalar.plain ? plainScalarValue(scalar.text) : scalar.text);
	}

	/** scalar := plain | "'" single-quoted "'" | '"' double-quoted '"', on one line */
	#scalar(at: number): LineScalar {
		const text = this.#text;
		const first = text[at]!;
		if (first === "'") return this.#singleQuoted(at);
		if (first === '"') return this.#doubleQuoted(at);
		if (INDICATORS.has(first) && (first !== "-" || this.#separates(at + 1))) throw new NotBlockYaml();
		// A plain scalar ends before ": ", " #" or the line break, without its trailing spaces.
		let end = at;
		for (let index = at; !this.#atLineEnd(index); index++) {
			const character = text[index];
			if ((character === ":" && this.#separates(index + 1)) || (character === "#" && text[index - 1] === " ")) break;
			if (character !== " ") end = index + 1;
		}
		return { start: at, end, text: text.slice(at, end), plain: true };
	}

	#singleQuoted(at: number): LineScalar {
		const text = this.#text;
		for (let index = at + 1; !this.#atLineEnd(index); index++) {
			if (text[index] !== "'") continue;
			if (text[index + 1] === "'") {
				index++;
				continue;
			}
			return { start: at, end: index + 1, text: text.slice(at + 1, index).replaceAll("''", "'"), plain: false };
		}
		throw new NotBlockYaml();
	}

	#doubleQuoted(at: number): LineScalar {
		const text = this.#text;
		let value = "";
		let from = at + 1;
		for (let index = from; !this.#atLineEnd(index); index++) {
			const character = text[index];
			if (character === '"') {
				return { start: at, end: index + 1, text: value + text.slice(from, index), plain: false };
			}
			if (character !== "\\") continue;
			value += text.slice(from, index);
			const escape = text[index + 1] ?? "";
			const hexLength = HEX_ESCAPE_LENGTHS[escape] ?? 0;
			const hex = text.slice(index + 2, index + 2 + hexLength);
			if (ESCAPES[escape] !== undefined) {
				value += ESCAPES[escape];
			} else if (hexLength > 0 && hex.length === hexLength && /^[0-9a-fA-F]+$/u.test(hex)) {
				value += String.fromCharCode(Number.parseInt(hex, 16));
				index += hex.length;
			} else {
				throw new NotBlockYaml();
			}
			index++;
			from = index + 1;
		}
		throw new NotBlockYaml();
	}

	/** `#` at `at` up to the end of the line: records the comment and returns where it ends. */
	#comment(at: number): number {
		const end = this.#lineEnd(at);
		this.#nodes.comment(at, this.#text.slice(at, end));
		return end;
	}

	#enter(): void {
		if (++this.#depth > MAX_BLOCK_DEPTH) throw new NotBlockYaml();
	}

	/** A dash that starts a list item: followed by a space or the line break. */
	#isDash(at: number): boolean {
		return this.#text[at] === "-" && this.#separates(at + 1);
	}

	/** Whether `at` is a space, a line break or the end of the text. */
	#separates(at: number): boolean {
		return this.#text[at] === " " || this.#atLineEnd(at);
	}

	/** Lines end at LF or CRLF (a lone CR is left to the yaml package). */
	#atLineEnd(at: number): boolean {
		const character = this.#text[at];
		return character === undefined || character === "\n" || character === "\r";
	}

	/** Where the line that `at` is on ends. */
	#lineEnd(at: number): number {
		let end = at;
		while (!this.#atLineEnd(end)) end++;
		return end;
	}

	/** The start of the line after the line end at `at`, or the end of the text. */
	#nextLineStart(at: number): number {
		return this.#text[at] === "\r" ? at + 2 : Math.min(at + 1, this.#text.length);
	}
}
