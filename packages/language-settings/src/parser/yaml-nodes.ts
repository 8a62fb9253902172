import type { SourceRange } from "@eslint/core";
import type { LineIndex } from "@miglint/core";
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
 * Makes the AST's nodes for a YAML text, whichever reader reads it (the
 * block reader or the yaml package's documents), and collects the keys
 * repeated in an object on the way (duplicates are findings, not syntax
 * errors).
 */
export class YamlNodes {
	protected readonly text: string;
	protected readonly lines: LineIndex;
	readonly duplicateKeys: DuplicateKey[] = [];

	constructor(text: string, lines: LineIndex) {
		this.text = text;
		this.lines = lines;
	}

	node<T extends SettingsNode>(range: SourceRange, fields: Omit<T, "range" | "loc">): T {
		return locatedNode<T>(this.lines, range, fields);
	}

	/** A block collection ends with its last entry; a flow collection at its closing bracket (`end`). */
	object(members: MemberNode[], start: number, end: number): ObjectNode {
		const object = this.node<ObjectNode>([start, end], { type: "Object", members });
		findDuplicateKeys(object, this.duplicateKeys);
		return object;
	}

	array(elements: ValueNode[], start: number, end: number): ArrayNode {
		return this.node<ArrayNode>([start, end], { type: "Array", elements });
	}

	key(range: SourceRange, name: string): KeyNode {
		return this.node<KeyNode>(range, { type: "Key", value: name });
	}

	member(name: KeyNode, value: ValueNode): MemberNode {
		return this.node<MemberNode>([name.range[0], value.range[1]], { type: "Member", name, value });
	}

	/** The null of a key or a list item written without a value, where the yaml package places it. */
	empty(offset: number): NullNode {
		return this.node<NullNode>([offset, offset], { type: "Null", value: null });
	}

	/** A scalar as its tag resolved it; values of other tags (`!!binary`, custom tags) keep their source text. */
	scalar(range: SourceRange, value: unknown): ValueNode {
		switch (typeof value) {
			case "string":
				return this.node<StringNode>(range, { type: "String", value });
			case "number":
				return this.node<NumberNode>(range, { type: "Number", value });
			case "bigint":
				return this.node<NumberNode>(range, { type: "Number", value: Number(value) });
			case "boolean":
				return this.node<BooleanNode>(range, { type: "Boolean", value });
			default:
				return value === null || value === undefined
					? this.node<NullNode>(range, { type: "Null", value: null })
					: this.node<StringNode>(range, { type: "String", value: this.text.slice(range[0], range[1]) });
		}
	}
}
