import type { Document, LineCounter, Node, Pair } from "yaml";
import { yaml } from "./yaml.js";

export interface Position {
	line: number;
	column: number;
}

/** Positions of keys and values in a parsed YAML or JSON document, by JSON path. */
export class DocumentLocations {
	readonly #document: Document;
	readonly #lineCounter: LineCounter;

	constructor(document: Document, lineCounter: LineCounter) {
		this.#document = document;
		this.#lineCounter = lineCounter;
	}

	position(offset: number): Position {
		const { line, col } = this.#lineCounter.linePos(offset);
		return { line, column: col };
	}

	#pairAt(map: Node, key: string): Pair<Node, Node> | undefined {
		if (!yaml().isMap(map)) {
			return undefined;
		}
		return (map.items as Pair<Node, Node>[]).find((pair) => yaml().isScalar(pair.key) && String(pair.key.value) === key);
	}

	#walk(path: readonly (string | number)[]): { node: Node | undefined; pair: Pair<Node, Node> | undefined } {
		let node = this.#document.contents as Node | null | undefined;
		let pair: Pair<Node, Node> | undefined;
		for (const segment of path) {
			if (!node) {
				return { node: undefined, pair: undefined };
			}
			if (yaml().isSeq(node)) {
				pair = undefined;
				node = node.items[Number(segment)] as Node | undefined;
			} else {
				pair = this.#pairAt(node, String(segment));
				node = pair?.value ?? undefined;
			}
		}
		return { node: node ?? undefined, pair };
	}

	/** Where the value at `path` starts; the nearest existing parent when it is absent. */
	ofValue(path: readonly (string | number)[]): Position {
		for (let length = path.length; length >= 0; length--) {
			const { node, pair } = this.#walk(path.slice(0, length));
			const range = node?.range ?? (pair?.key as Node | null | undefined)?.range;
			if (range) {
				return this.position(range[0]);
			}
		}
		return { line: 1, column: 1 };
	}

	/** Where the key `key` of the mapping at `path` starts. */
	ofKey(path: readonly (string | number)[], key: string): Position {
		const { node } = this.#walk(path);
		const keyRange = (node && this.#pairAt(node, key)?.key)?.range;
		return keyRange ? this.position(keyRange[0]) : this.ofValue(path);
	}
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
