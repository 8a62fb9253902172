import type { LineIndex } from "../text/line-index.js";
import type { Range, SourceLocation } from "./location.js";

/** Where a node starts and ends: what a node keeps of its position. */
export interface NodeExtent {
	start: number;
	end: number;
}

/**
 * The prototype of one parse's nodes: a node keeps its start and end offsets
 * only, and its `range` and `loc` are made from them when read. A script
 * keeps a node for every few characters; the range array and the three
 * objects of a location each node held were most of the tree's memory.
 */
export function nodePrototype(lines: LineIndex): object {
	return Object.freeze({
		get range(): Range {
			const { start, end } = this as unknown as NodeExtent;
			return [start, end];
		},
		get loc(): SourceLocation {
			const { start, end } = this as unknown as NodeExtent;
			return lines.location(start, end);
		},
	});
}
