import type { SourceRange } from "@eslint/core";
import type { LineIndex } from "@miglint/core";
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type Scalar, type YAMLMap } from "yaml";
import {
	locatedNode,
	type AliasNode,
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

	#node<T extends SettingsNode>(range: SourceRange, fields: Omit<T, "range" | "loc">): T {
		return locatedNode<T>(this.#lines, range, fields);
	}

	#value(node: YamlNode): ValueNode {
		let value: ValueNode;
		if (isMap(node)) {
			value = this.#object(node as YAMLMap<YamlNode | null, YamlNode | null>);
		} else if (isSeq(node)) {
			const elements = (node.items as YamlNode[]).map((item) => this.#value(item));
			const range: SourceRange = [node.range![0], node.flow ? node.range![1] : elements.at(-1)!.range[1]];
			value = this.#node<ArrayNode>(range, { type: "Array", elements });
		} else if (isAlias(node)) {
			const converted = this.#anchors.get(node.source);
			if (!converted) {
				throw new UnknownAliasError(node.source, node.range![0]);
			}
			const range: SourceRange = [node.range![0], node.range![1]];
			value = this.#node<AliasNode>(range, { type: "Alias", name: node.source, target: converted });
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
		const value: unknown = scalar.value;
		switch (typeof value) {
			case "string":
				return this.#node<StringNode>(range, { type: "String", value });
			case "number":
				return this.#node<NumberNode>(range, { type: "Number", value });
			case "bigint":
				return this.#node<NumberNode>(range, { type: "Number", value: Number(value) });
			case "boolean":
				return this.#node<BooleanNode>(range, { type: "Boolean", value });
			default:
				// Tagged values (`!!binary`, custom tags) keep their source text.
				return value === null || value === undefined
					? this.#node<NullNode>(range, { type: "Null", value: null })
					: this.#node<StringNode>(range, { type: "String", value: this.#text.slice(start, end) });
		}
	}

	#object(map: YAMLMap<YamlNode | null, YamlNode | null>): ObjectNode {
		const members = map.items.filter(isPair).map((pair) => this.#member(pair));
		const range: SourceRange = [map.range![0], map.flow ? map.range![1] : members.at(-1)!.range[1]];
		const object = this.#node<ObjectNode>(range, { type: "Object", members });
		findDuplicateKeys(object, this.duplicateKeys);
		return object;
	}

	#member(pair: Pair<YamlNode | null, YamlNode | null>): MemberNode {
		const keyNode = pair.key;
		const valueNode = pair.value;
		const keyRange: SourceRange = keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : [valueNode!.range![0], valueNode!.range![0]];
		const name = this.#node<KeyNode>(keyRange, { type: "Key", value: this.#keyName(keyNode, keyRange) });
		const value: ValueNode = valueNode ? this.#value(valueNode) : this.#node<NullNode>([keyRange[1], keyRange[1]], { type: "Null", value: null });
		return this.#node<MemberNode>([keyRange[0], value.range[1]], { type: "Member", name, value });
	}

	/** A key's name as JSON would have it: a string, the source text of other scalars and of collection keys. */
	#keyName(key: YamlNode | null, range: SourceRange): string {
		if (isScalar(key)) {
			return typeof key.value === "string" ? key.value : (key.source ?? String(key.value));
		}
		return this.#text.slice(range[0], range[1]);
	}
}
