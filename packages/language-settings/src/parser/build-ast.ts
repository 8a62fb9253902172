import type { SourceRange } from "@eslint/core";
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type Scalar, type YAMLMap } from "yaml";
import type { AliasNode, MemberNode, ObjectNode, ValueNode } from "../ast.js";
import type { YamlNodes } from "./yaml-nodes.js";

/** An alias whose anchor is not defined before it: YAML readers reject the file. */
export class UnknownAliasError extends Error {
	readonly offset: number;

	constructor(name: string, offset: number) {
		super(`Unknown alias '*${name}': no anchor '&${name}' is defined before it`);
		this.offset = offset;
	}
}

/** Where a scalar of `text` is, without the last line break that a block scalar's range includes. */
export function scalarRange(scalar: Scalar, text: string, shift = 0): SourceRange {
	const start = scalar.range![0];
	let end = scalar.range![1];
	if (scalar.type === "BLOCK_LITERAL" || scalar.type === "BLOCK_FOLDED") {
		while (end > start && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
	}
	return [start + shift, end + shift];
}

/**
 * Turns the yaml package's documents into the config AST (the parser keeps
 * every pair: the nodes collect the repeated keys).
 */
export class AstBuilder {
	readonly #text: string;
	readonly #nodes: YamlNodes;
	/**
	 * Each anchor's node as last defined so far: the builder goes through the
	 * document in order, so this is the node an alias refers to, found at once
	 * (the yaml package's `Alias.resolve` walks the document again for every
	 * alias, which is quadratic).
	 */
	readonly #anchors = new Map<string, ValueNode>();

	constructor(text: string, nodes: YamlNodes) {
		this.#text = text;
		this.#nodes = nodes;
	}

	body(document: Document.Parsed): ValueNode | null {
		const contents = document.contents as YamlNode | null;
		return contents ? this.#value(contents) : null;
	}

	#value(node: YamlNode): ValueNode {
		let value: ValueNode;
		if (isMap(node)) {
			value = this.#object(node as YAMLMap<YamlNode | null, YamlNode | null>);
		} else if (isSeq(node)) {
			const elements = (node.items as YamlNode[]).map((item) => this.#value(item));
			value = this.#nodes.array(elements, node.range![0], node.flow ? node.range![1] : elements.at(-1)!.range[1]);
		} else if (isAlias(node)) {
			const converted = this.#anchors.get(node.source);
			if (!converted) {
				throw new UnknownAliasError(node.source, node.range![0]);
			}
			const range: SourceRange = [node.range![0], node.range![1]];
			value = this.#nodes.node<AliasNode>(range, { type: "Alias", name: node.source, target: converted });
		} else {
			value = this.#scalar(node);
		}
		if (node.anchor) {
			this.#anchors.set(node.anchor, value);
		}
		return value;
	}

	#scalar(scalar: Scalar): ValueNode {
		return this.#nodes.scalar(scalarRange(scalar, this.#text), scalar.value);
	}

	#object(map: YAMLMap<YamlNode | null, YamlNode | null>): ObjectNode {
		const members = map.items.filter(isPair).map((pair) => this.#member(pair));
		return this.#nodes.object(members, map.range![0], map.flow ? map.range![1] : members.at(-1)!.range[1]);
	}

	#member(pair: Pair<YamlNode | null, YamlNode | null>): MemberNode {
		const keyNode = pair.key;
		const valueNode = pair.value;
		const keyRange: SourceRange = keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : [valueNode!.range![0], valueNode!.range![0]];
		const name = this.#nodes.key(keyRange, this.#keyName(keyNode, keyRange));
		return this.#nodes.member(name, valueNode ? this.#value(valueNode) : this.#nodes.empty(keyRange[1]));
	}

	/** A key's name as JSON would have it: a string, the source text of other scalars and of collection keys. */
	#keyName(key: YamlNode | null, range: SourceRange): string {
		if (isScalar(key)) {
			return typeof key.value === "string" ? key.value : (key.source ?? String(key.value));
		}
		return this.#text.slice(range[0], range[1]);
	}
}
