import type { SourceLocation, SourceRange } from "@eslint/core";
import type { LineIndex } from "@miglint/core";

/**
 * One AST for JSON and YAML files, ESTree-like: every node has `range`
 * (UTF-16 offsets in the decoded text, end exclusive) and `loc` (1-based
 * lines, 0-based columns).
 */
interface NodeBase {
	range: SourceRange;
	loc: SourceLocation;
}

/**
 * What the parser makes nodes of: `loc` is computed from `range` when read,
 * since a large file has millions of nodes and rules read few locations
 * (three objects per node otherwise).
 */
class LocatedNode implements NodeBase {
	readonly range: SourceRange;
	readonly #lines: LineIndex;

	constructor(lines: LineIndex, range: SourceRange) {
		this.#lines = lines;
		this.range = range;
	}

	get loc(): SourceLocation {
		return this.#lines.location(this.range[0], this.range[1]);
	}
}

/** A node of the tree with these fields, located at `range`. */
export function locatedNode<T extends SettingsNode>(lines: LineIndex, range: SourceRange, fields: Omit<T, "range" | "loc">): T {
	return Object.assign(new LocatedNode(lines, range), fields) as unknown as T;
}

/** The comment `source` (from its `#` to the end of its line) at `offset`. */
export function commentNode(lines: LineIndex, offset: number, source: string): CommentNode {
	const end = offset + source.length;
	return { type: "Comment", value: source.slice(1), range: [offset, end], loc: lines.location(offset, end) };
}

export interface DocumentNode extends NodeBase {
	type: "Document";
	/** The value the file holds: null for an empty file (or an empty first YAML document). */
	body: ValueNode | null;
	/** The values of the YAML documents after the first in a `---` stream; empty for JSON and single-document YAML. */
	laterBodies: ValueNode[];
}

export interface ObjectNode extends NodeBase {
	type: "Object";
	members: MemberNode[];
}

/** A key with its value. Its range runs from the key to the end of the value. */
export interface MemberNode extends NodeBase {
	type: "Member";
	name: KeyNode;
	value: ValueNode;
}

/** A key as written: quotes included in its range, decoded in `value`. */
export interface KeyNode extends NodeBase {
	type: "Key";
	value: string;
}

export interface ArrayNode extends NodeBase {
	type: "Array";
	elements: ValueNode[];
}

export interface StringNode extends NodeBase {
	type: "String";
	value: string;
}

export interface NumberNode extends NodeBase {
	type: "Number";
	value: number;
}

export interface BooleanNode extends NodeBase {
	type: "Boolean";
	value: boolean;
}

/** `null`, YAML `~`, or a YAML key without a value (then the range is empty, just after the colon). */
export interface NullNode extends NodeBase {
	type: "Null";
	value: null;
}

/**
 * A YAML alias (`*name`). `target` is the anchored node it stands for (null
 * when the anchor is not defined before it); traversal does not enter it, as
 * it belongs where the anchor is. Accessors read through aliases.
 */
export interface AliasNode extends NodeBase {
	type: "Alias";
	name: string;
	target: ValueNode | null;
}

/** A YAML `#` comment (JSON has none): `value` is its text after the `#`. Not part of the tree. */
export interface CommentNode extends NodeBase {
	type: "Comment";
	value: string;
}

export type ValueNode = ObjectNode | ArrayNode | StringNode | NumberNode | BooleanNode | NullNode | AliasNode;

export type SettingsNode = DocumentNode | MemberNode | KeyNode | ValueNode;

/**
 * A key repeated in one object: `key` is the later occurrence, `first` the
 * earliest. `sameCase` is false when the two differ only in letter case, which
 * matters where keys are case-insensitive (PowerShell).
 */
export interface DuplicateKey {
	key: KeyNode;
	first: KeyNode;
	object: ObjectNode;
	sameCase: boolean;
}

/** The properties of each node type that hold its children, in source order. */
export const VISITOR_KEYS: Readonly<Record<SettingsNode["type"], readonly string[]>> = {
	Document: ["body", "laterBodies"],
	Object: ["members"],
	Member: ["name", "value"],
	Key: [],
	Array: ["elements"],
	String: [],
	Number: [],
	Boolean: [],
	Null: [],
	// Its target is visited where the anchor is.
	Alias: [],
};
