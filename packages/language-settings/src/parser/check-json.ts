import { MAX_NESTING, TOO_DEEP } from "./nesting.js";

/**
 * Strict JSON (RFC 8259) checking. A `.json` file is parsed by the yaml
 * package like YAML, of which JSON is a subset, but YAML also accepts
 * comments, unquoted and single-quoted strings, trailing commas and more,
 * which PowerShell's ConvertFrom-Json and JSON.parse reject. This finds the
 * first such deviation, with its offset; JSON.parse does not say where for
 * most of them.
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

type Container = "object" | "array";

class JsonChecker {
	readonly #text: string;
	#offset = 0;

	constructor(text: string) {
		this.#text = text;
	}

	check(): JsonSyntaxError | null {
		try {
			this.#document();
			return null;
		} catch (error) {
			if (error instanceof JsonCheckFailure) {
				return { offset: error.offset, message: error.message };
			}
			throw error;
		}
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

	#document(): void {
		this.#skipWhitespace();
		if (this.#offset === this.#text.length) {
			this.#fail("Unexpected end of file: a JSON file must hold a value (an empty object is {})");
		}
		this.#values();
		this.#skipWhitespace();
		if (this.#offset < this.#text.length) {
			this.#fail(`Unexpected ${this.#describe()} after the end of the JSON value`);
		}
	}

	/** One value, nested containers included, without recursion: a deeply nested file must not overflow the stack. */
	#values(): void {
		const open: Container[] = [];
		let expectValue = true;
		for (;;) {
			this.#skipWhitespace();
			if (expectValue) {
				const start = this.#offset;
				const container = this.#value();
				if (container) {
					if (open.length === MAX_NESTING) {
						this.#fail(TOO_DEEP, start);
					}
					open.push(container);
					this.#skipWhitespace();
					const closing = container === "object" ? "}" : "]";
					if (this.#peek() === closing) {
						this.#offset++;
						open.pop();
					} else {
						if (container === "object") {
							this.#memberName();
						}
						continue;
					}
				}
				expectValue = false;
			}
			const container = open.at(-1);
			if (!container) {
				return;
			}
			this.#skipWhitespace();
			const closing = container === "object" ? "}" : "]";
			const character = this.#peek();
			if (character === closing) {
				this.#offset++;
				open.pop();
				continue;
			}
			if (character !== ",") {
				this.#fail(
					character === undefined
						? `Unexpected end of file: expected ',' or '${closing}'`
						: `Expected ',' or '${closing}' after ${container === "object" ? "the property value" : "the array element"}, found ${this.#describe()}`,
				);
			}
			const comma = this.#offset++;
			this.#skipWhitespace();
			if (this.#peek() === closing) {
				this.#fail(`Trailing comma: JSON does not allow a comma before '${closing}'`, comma);
			}
			if (container === "object") {
				this.#memberName();
			}
			expectValue = true;
		}
	}

	/** A property name and its colon. */
	#memberName(): void {
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
		this.#string();
		this.#skipWhitespace();
		if (this.#peek() !== ":") {
			this.#fail(this.#peek() === undefined ? "Unexpected end of file: expected ':'" : `Expected ':' after the property name, found ${this.#describe()}`);
		}
		this.#offset++;
	}

	/** A scalar, or the opening of a container (returned, its bracket consumed). */
	#value(): Container | null {
		const character = this.#peek();
		switch (character) {
			case "{":
				this.#offset++;
				return "object";
			case "[":
				this.#offset++;
				return "array";
			case '"':
				this.#string();
				return null;
			case undefined:
				this.#fail("Unexpected end of file: expected a value");
		}
		if (character === "-" || (character >= "0" && character <= "9")) {
			this.#number();
			return null;
		}
		WORD.lastIndex = this.#offset;
		const word = WORD.exec(this.#text)?.[0];
		if (word === "true" || word === "false" || word === "null") {
			this.#offset += word.length;
			return null;
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

	#string(): void {
		const start = this.#offset++;
		const text = this.#text;
		while (this.#offset < text.length) {
			const code = text.charCodeAt(this.#offset);
			if (code === 0x22) {
				this.#offset++;
				return;
			}
			if (code < 0x20) {
				this.#fail("Bad control character in a string: line breaks and tabs must be written \\n and \\t in JSON");
			}
			if (code === 0x5c) {
				const escaped = text[this.#offset + 1];
				if (escaped === "u") {
					HEX4.lastIndex = this.#offset + 2;
					if (!HEX4.test(text)) {
						this.#fail("Invalid \\u escape in a string: it takes four hexadecimal digits");
					}
					this.#offset += 6;
					continue;
				}
				if (escaped === undefined || !ESCAPES.has(escaped)) {
					this.#fail(`Invalid escape sequence '\\${escaped ?? ""}' in a string`);
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

/** The first place where `text` is not strict JSON, or null when it is. */
export function checkJson(text: string): JsonSyntaxError | null {
	return new JsonChecker(text).check();
}
