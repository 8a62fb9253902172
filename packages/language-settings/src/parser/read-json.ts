import type { SourceRange } from "@eslint/core";
import { MAX_SETTINGS_NESTING, SETTINGS_TOO_DEEP, type LineIndex } from "@miglint/core";
import {
	locatedNode,
	type ArrayNode,
	type BooleanNode,
	type DuplicateKey,
	type KeyNode,
	type MemberNode,
	type NullNode,
	type NumberNode,
	type ObjectNode,
	type SettingsNode,
	type StringNode,
	type ValueNode,
} from "../ast.js";
import { findDuplicateKeys } from "./duplicate-keys.js";

/**
 * Strict JSON (RFC 8259), read straight into the config AST in one pass. YAML
 * (of which JSON is a subset) also accepts comments, unquoted and
 * single-quoted strings, trailing commas and more, which PowerShell's
 * ConvertFrom-Json and JSON.parse reject: this finds the first such
 * deviation, with its offset (JSON.parse does not say where for most of
 * them). Reading JSON without the yaml package also spares a large file its
 * concrete syntax tree and documents, several times the size of the AST.
 */

export interface JsonSyntaxError {
	offset: number;
	message: string;
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const WORD = /[^\s,:[\]{}"]+/y;

/** A container being read: its node, and for an object the key whose value comes next. */
interface OpenContainer {
	node: ObjectNode | ArrayNode;
	key: KeyNode | null;
}

export interface JsonTree {
	body: ValueNode;
	duplicateKeys: DuplicateKey[];
}

class JsonReader {
	readonly #text: string;
	readonly #lines: LineIndex;
	#offset = 0;
	readonly #duplicateKeys: DuplicateKey[] = [];

	constructor(text: string, lines: LineIndex) {
		this.#text = text;
		this.#lines = lines;
	}

	read(): JsonTree | JsonSyntaxError {
		try {
			return { body: this.#document(), duplicateKeys: this.#duplicateKeys };
		} catch (error) {
			if (error instanceof JsonCheckFailure) {
				return { offset: error.offset, message: error.message };
			}
			throw error;
		}
	}

	#node<T extends SettingsNode>(range: SourceRange, fields: Omit<T, "range" | "loc">): T {
		return locatedNode<T>(this.#lines, range, fields);
	}

	#fail(message: string, offset = this.#offset): never {
		throw new JsonCheckFailure(message, offset);
	}

	#peek(): string | undefined {
		return this.#text[this.#offset];
	}

	#skipWhitespace(): void {
		while (this.#offset < this.#text.length) {
			const character = this.#text[this.#offset]!;
			if (WHITESPACE.has(character)) {
				this.#offset++;
			} else if (character === "/" && (this.#text[this.#offset + 1] === "/" || this.#text[this.#offset + 1] === "*")) {
				this.#fail("Comments are not allowed in JSON");
			} else if (character === "#") {
				this.#fail("Comments are not allowed in JSON ('#' starts a comment in YAML only)");
			} else {
				return;
			}
		}
	}

	#document(): ValueNode {
		this.#skipWhitespace();
		if (this.#offset === this.#text.length) {
			this.#fail("Unexpected end of file: a JSON file must hold a value (an empty object is {})");
		}
		const body = this.#values();
		this.#skipWhitespace();
		if (this.#offset < this.#text.length) {
			this.#fail(`Unexpected ${this.#describe()} after the end of the JSON value`);
		}
		return body;
	}

	/** Puts a value where it belongs: in the open container, or as the document's value when none is open. */
	#place(value: ValueNode, open: OpenContainer[]): ValueNode | null {
		const container = open.at(-1);
		if (!container) {
			return value;
		}
		if (container.node.type === "Array") {
			container.node.elements.push(value);
		} else {
			const name = container.key!;
			container.node.members.push(this.#node<MemberNode>([name.range[0], value.range[1]], { type: "Member", name, value }));
			container.key = null;
		}
		return null;
	}

	/** Closes the innermost container at its closing bracket (consumed) and places it. */
	#close(open: OpenContainer[]): ValueNode | null {
		const { node } = open.pop()!;
		node.range[1] = this.#offset;
		if (node.type === "Object") {
			findDuplicateKeys(node, this.#duplicateKeys);
		}
		return this.#place(node, open);
	}

	/** One value, nested containers included, without recursion: a deeply nested file must not overflow the stack. */
	#values(): ValueNode {
		const open: OpenContainer[] = [];
		let expectValue = true;
		for (;;) {
			this.#skipWhitespace();
			if (expectValue) {
				const start = this.#offset;
				const value = this.#value();
				if (value.type === "Object" || value.type === "Array") {
					if (open.length === MAX_SETTINGS_NESTING) {
						this.#fail(SETTINGS_TOO_DEEP, start);
					}
					open.push({ node: value, key: null });
					this.#skipWhitespace();
					const closing = value.type === "Object" ? "}" : "]";
					if (this.#peek() === closing) {
						this.#offset++;
						const done = this.#close(open);
						if (done) {
							return done;
						}
					} else {
						if (value.type === "Object") {
							open.at(-1)!.key = this.#memberName();
						}
						continue;
					}
				} else {
					const done = this.#place(value, open);
					if (done) {
						return done;
					}
				}
				expectValue = false;
			}
			const container = open.at(-1)!;
			this.#skipWhitespace();
			const isObject = container.node.type === "Object";
			const closing = isObject ? "}" : "]";
			const character = this.#peek();
			if (character === closing) {
				this.#offset++;
				const done = this.#close(open);
				if (done) {
					return done;
				}
				continue;
			}
			if (character !== ",") {
				this.#fail(
					character === undefined
						? `Unexpected end of file: expected ',' or '${closing}'`
						: `Expected ',' or '${closing}' after ${isObject ? "the property value" : "the array element"}, found ${this.#describe()}`,
				);
			}
			const comma = this.#offset++;
			this.#skipWhitespace();
			if (this.#peek() === closing) {
				this.#fail(`Trailing comma: JSON does not allow a comma before '${closing}'`, comma);
			}
			if (isObject) {
				container.key = this.#memberName();
			}
			expectValue = true;
		}
	}

	/** A property name and its colon. */
	#memberName(): KeyNode {
		this.#skipWhitespace();
		const character = this.#peek();
		if (character !== '"') {
			this.#fail(
				character === undefined
					? "Unexpected end of file: expected a property name or '}'"
					: character === "'"
						? "Property names must be in double quotes in JSON, not single quotes"
						: `Expected a property name in double quotes, found ${this.#describe()}`,
			);
		}
		const [range, value] = this.#string();
		this.#skipWhitespace();
		if (this.#peek() !== ":") {
			this.#fail(this.#peek() === undefined ? "Unexpected end of file: expected ':'" : `Expected ':' after the property name, found ${this.#describe()}`);
		}
		this.#offset++;
		return this.#node<KeyNode>(range, { type: "Key", value });
	}

	/** A scalar, or a container just opened (its bracket consumed; its range ends when it closes). */
	#value(): ValueNode {
		const start = this.#offset;
		const character = this.#peek();
		switch (character) {
			case "{":
				this.#offset++;
				return this.#node<ObjectNode>([start, start], { type: "Object", members: [] });
			case "[":
				this.#offset++;
				return this.#node<ArrayNode>([start, start], { type: "Array", elements: [] });
			case '"': {
				const [range, value] = this.#string();
				return this.#node<StringNode>(range, { type: "String", value });
			}
			case undefined:
				this.#fail("Unexpected end of file: expected a value");
		}
		if (character === "-" || (character >= "0" && character <= "9")) {
			this.#number();
			return this.#node<NumberNode>([start, this.#offset], { type: "Number", value: Number(this.#text.slice(start, this.#offset)) });
		}
		WORD.lastIndex = this.#offset;
		const word = WORD.exec(this.#text)?.[0];
		if (word === "true" || word === "false" || word === "null") {
			this.#offset += word.length;
			const range: SourceRange = [start, this.#offset];
			return word === "null"
				? this.#node<NullNode>(range, { type: "Null", value: null })
				: this.#node<BooleanNode>(range, { type: "Boolean", value: word === "true" });
		}
		if (character === "'") {
			this.#fail("Strings must be in double quotes in JSON, not single quotes");
		}
		this.#fail(
			word && /^(?:true|false|null)$/iu.test(word)
				? `Unexpected '${word}': JSON writes true, false and null in lower case`
				: `Unexpected ${word ? `'${word}'` : this.#describe()}: a JSON value is a string in double quotes, a number, true, false, null, an object or an array`,
		);
	}

	/** A string in double quotes: its range, quotes included, and its value. */
	#string(): [SourceRange, string] {
		const start = this.#offset++;
		const text = this.#text;
		let escaped = false;
		while (this.#offset < text.length) {
			const code = text.charCodeAt(this.#offset);
			if (code === 0x22) {
				this.#offset++;
				const raw = text.slice(start, this.#offset);
				return [[start, this.#offset], escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1)];
			}
			if (code < 0x20) {
				this.#fail("Bad control character in a string: line breaks and tabs must be written \\n and \\t in JSON");
			}
			if (code === 0x5c) {
				escaped = true;
				const escape = text[this.#offset + 1];
				if (escape === "u") {
					HEX4.lastIndex = this.#offset + 2;
					if (!HEX4.test(text)) {
						this.#fail("Invalid \\u escape in a string: it takes four hexadecimal digits");
					}
					this.#offset += 6;
					continue;
				}
				if (escape === undefined || !ESCAPES.has(escape)) {
					this.#fail(`Invalid escape sequence '\\${escape ?? ""}' in a string`);
				}
				this.#offset += 2;
				continue;
			}
			this.#offset++;
		}
		this.#fail("Unterminated string", start);
	}

	#number(): void {
		NUMBER.lastIndex = this.#offset;
		const match = NUMBER.exec(this.#text);
		const end = match ? this.#offset + match[0].length : this.#offset;
		WORD.lastIndex = this.#offset;
		const word = WORD.exec(this.#text)?.[0] ?? "";
		if (!match || match[0].length === 0 || word.length > match[0].length) {
			this.#fail(`Invalid number '${word}'`);
		}
		this.#offset = end;
	}

	/** The character at the current offset, for messages. */
	#describe(): string {
		const character = this.#peek();
		return character === undefined ? "end of file" : `'${character}'`;
	}
}

class JsonCheckFailure extends Error {
	readonly offset: number;

	constructor(message: string, offset: number) {
		super(message);
		this.offset = offset;
	}
}

/** The tree of a strict JSON text, or the first place where it is not strict JSON. */
export function readJson(text: string, lines: LineIndex): JsonTree | JsonSyntaxError {
	return new JsonReader(text, lines).read();
}
