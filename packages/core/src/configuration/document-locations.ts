import type { Document, LineCounter, Node, Pair } from "yaml";
import { yaml } from "./yaml.js";

export interface Position {
	line: number;
	column: number;
}

/** Where the keys and values of a configuration are, by JSON path. */
export interface Locations {
	/** Where the value at `path` starts; the nearest existing parent when it is absent. */
	ofValue(path: readonly (string | number)[]): Position;
	/** Where the key `key` of the mapping at `path` starts. */
	ofKey(path: readonly (string | number)[], key: string): Position;
}

/** A document's tree as DocumentLocations reads it: the yaml package's document, or the values the block reader made. */
export interface DocumentTree<TreeNode> {
	readonly root: TreeNode | undefined;
	/** Where a node starts, when known. */
	start(node: TreeNode): number | undefined;
	/** A sequence's items; null for any other node. */
	items(node: TreeNode): readonly (TreeNode | undefined)[] | null;
	/** A mapping's first entry whose key is `key`, with where the key starts; undefined for any other node. */
	entry(node: TreeNode, key: string): { keyStart: number | undefined; value: TreeNode | undefined } | undefined;
}

/** Positions of keys and values in a document's tree, by JSON path. */
export class DocumentLocations<TreeNode> implements Locations {
	readonly #tree: DocumentTree<TreeNode>;
	readonly #position: (offset: number) => Position;

	constructor(tree: DocumentTree<TreeNode>, position: (offset: number) => Position) {
		this.#tree = tree;
		this.#position = position;
	}

	#walk(path: readonly (string | number)[]): { node: TreeNode | undefined; keyStart: number | undefined } {
		let node = this.#tree.root;
		let keyStart: number | undefined;
		for (const segment of path) {
			if (node === undefined) {
				return { node: undefined, keyStart: undefined };
			}
			const items = this.#tree.items(node);
			if (items) {
				keyStart = undefined;
				node = items[Number(segment)];
			} else {
				const entry = this.#tree.entry(node, String(segment));
				keyStart = entry?.keyStart;
				node = entry?.value;
			}
		}
		return { node, keyStart };
	}

	ofValue(path: readonly (string | number)[]): Position {
		for (let length = path.length; length >= 0; length--) {
			const { node, keyStart } = this.#walk(path.slice(0, length));
			const start = (node === undefined ? undefined : this.#tree.start(node)) ?? keyStart;
			if (start !== undefined) {
				return this.#position(start);
			}
		}
		return { line: 1, column: 1 };
	}

	ofKey(path: readonly (string | number)[], key: string): Position {
		const { node } = this.#walk(path);
		const keyStart = node === undefined ? undefined : this.#tree.entry(node, key)?.keyStart;
		return keyStart === undefined ? this.ofValue(path) : this.#position(keyStart);
	}
}

/** A position in a text the yaml package read, as its line counter gives it. */
export function yamlPosition(lineCounter: LineCounter, offset: number): Position {
	const { line, col } = lineCounter.linePos(offset);
	return { line, column: col };
}

/** The locations in a document the yaml package read. */
export function yamlDocumentLocations(document: Document, lineCounter: LineCounter): Locations {
	const { isMap, isScalar, isSeq } = yaml();
	const tree: DocumentTree<Node> = {
		root: document.contents ?? undefined,
		start: (node) => node.range?.[0],
		items: (node) => (isSeq(node) ? (node.items as (Node | undefined)[]) : null),
		entry(node, key) {
			const pair = isMap(node)
				? (node.items as Pair<Node | null, Node | null>[]).find((item) => isScalar(item.key) && String(item.key.value) === key)
				: undefined;
			return pair && { keyStart: pair.key?.range?.[0], value: pair.value ?? undefined };
		},
	};
	return new DocumentLocations(tree, (offset) => yamlPosition(lineCounter, offset));
}

/** Splits an ajv instancePath ("/rules/csv-max-rows/1") into path segments. */
export function pointerToPath(pointer: string): string[] {
	if (pointer === "") {
		return [];
	}
	return pointer
		.slice(1)
		.split("/")
		.map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** `migration.domains.onPremises[0]`: a path as a person reads it. */
export function describePath(path: readonly (string | number)[]): string {
	let text = "";
	for (const segment of path) {
		text += /^\d+$/u.test(String(segment)) ? `[${segment}]` : text ? `.${segment}` : String(segment);
	}
	return text || "(top level)";
}
