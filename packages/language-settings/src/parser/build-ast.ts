import type { SourceLocation, SourceRange } from "@eslint/core";
import type { LineIndex } from "@miglint/core";
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type Scalar, type YAMLMap } from "yaml";
import type { AliasNode, ArrayNode, DuplicateKey, KeyNode, MemberNode, NullNode, ObjectNode, ValueNode } from "../ast.js";

/** An alias whose anchor is not defined before it: YAML readers reject the file. */
export class UnknownAliasError extends Error {
	readonly offset: number;

	constructor(name: string, offset: number) {
		super(`Unknown alias '*${name}': no anchor '&${name}' is defined before it`);
		this.offset = offset;
	}
}

/**
 * Turns the yaml package's documents into the config AST, collecting the keys
 * repeated in an object on the way (the parser keeps every pair: duplicates
 * are findings, not syntax errors).
 */
export class AstBuilder {
	readonly #text: string;
	readonly #lines: LineIndex;
	/**
	 * Each anchor's node as last defined so far: the builder goes through the
	 * document in order, so this is the node an alias refers to, found at once
	 * (the yaml package's `Alias.resolve` walks the document again for every
	 * alias, which is quadratic).
	 */
	readonly #anchors = new Map<string, ValueNode>();
	readonly duplicateKeys: DuplicateKey[] = [];

	constructor(text: string, lines: LineIndex) {
		this.#text = text;
		this.#lines = lines;
	}

	body(document: Document.Parsed): ValueNode | null {
		const contents = document.contents as YamlNode | null;
		return contents ? this.#value(contents) : null;
	}

	#loc([start, end]: SourceRange): SourceLocation {
		return this.#lines.location(start, end);
	}

	#value(node: YamlNode): ValueNode {
		let value: ValueNode;
		if (isMap(node)) {
			value = this.#object(node as YAMLMap<YamlNode | null, YamlNode | null>);
		} else if (isSeq(node)) {
			const elements = (node.items as YamlNode[]).map((item) => this.#value(item));
			const range: SourceRange = [node.range![0], node.flow ? node.range![1] : elements.at(-1)!.range[1]];
			value = { type: "Array", elements, range, loc: this.#loc(range) } satisfies ArrayNode;
		} else if (isAlias(node)) {
			const converted = this.#anchors.get(node.source);
			if (!converted) {
				throw new UnknownAliasError(node.source, node.range![0]);
			}
			const range: SourceRange = [node.range![0], node.range![1]];
			value = { type: "Alias", name: node.source, target: converted, range, loc: this.#loc(range) } satisfies AliasNode;
		} else {
			value = this.#scalar(node);
		}
		if (node.anchor) {
			this.#anchors.set(node.anchor, value);
		}
		return value;
	}

	#scalar(scalar: Scalar): ValueNode {
		const start = scalar.range![0];
		let end = scalar.range![1];
		if (scalar.type === "BLOCK_LITERAL" || scalar.type === "BLOCK_FOLDED") {
			// A block scalar's range includes its last line break.
			while (end > start && (this.#text[end - 1] === "\n" || this.#text[end - 1] === "\r")) end--;
		}
		const range: SourceRange = [start, end];
		const loc = this.#loc(range);
		const value: unknown = scalar.value;
		switch (typeof value) {
			case "string":
				return { type: "String", value, range, loc };
			case "number":
				return { type: "Number", value, range, loc };
			case "bigint":
				return { type: "Number", value: Number(value), range, loc };
			case "boolean":
				return { type: "Boolean", value, range, loc };
			default:
				// Tagged values (`!!binary`, custom tags) keep their source text.
				return value === null || value === undefined
					? { type: "Null", value: null, range, loc }
					: { type: "String", value: this.#text.slice(start, end), range, loc };
		}
	}

	#object(map: YAMLMap<YamlNode | null, YamlNode | null>): ObjectNode {
		const members = map.items.filter(isPair).map((pair) => this.#member(pair));
		const range: SourceRange = [map.range![0], map.flow ? map.range![1] : members.at(-1)!.range[1]];
		const object: ObjectNode = { type: "Object", members, range, loc: this.#loc(range) };
		const byName = new Map<string, KeyNode>();
		const byLowerName = new Map<string, KeyNode>();
		for (const { name: key } of members) {
			const lower = key.value.toLowerCase();
			const first = byName.get(key.value) ?? byLowerName.get(lower);
			if (first) {
				this.duplicateKeys.push({ key, first, object, sameCase: first.value === key.value });
			}
			if (!byName.has(key.value)) byName.set(key.value, key);
			if (!byLowerName.has(lower)) byLowerName.set(lower, key);
		}
		return object;
	}

	#member(pair: Pair<YamlNode | null, YamlNode | null>): MemberNode {
		const keyNode = pair.key;
		const valueNode = pair.value;
		const keyRange: SourceRange = keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : [valueNode!.range![0], valueNode!.range![0]];
		const name: KeyNode = { type: "Key", value: this.#keyName(keyNode, keyRange), range: keyRange, loc: this.#loc(keyRange) };
		const emptyRange: SourceRange = [keyRange[1], keyRange[1]];
		const value: ValueNode = valueNode
			? this.#value(valueNode)
			: ({ type: "Null", value: null, range: emptyRange, loc: this.#loc(emptyRange) } satisfies NullNode);
		const range: SourceRange = [keyRange[0], value.range[1]];
		return { type: "Member", name, value, range, loc: this.#loc(range) };
	}

	/** A key's name as JSON would have it: a string, the source text of other scalars and of collection keys. */
	#keyName(key: YamlNode | null, range: SourceRange): string {
		if (isScalar(key)) {
			return typeof key.value === "string" ? key.value : (key.source ?? String(key.value));
		}
		return this.#text.slice(range[0], range[1]);
	}
}
