import type { LineIndex } from "../text/line-index.js";
import type { Range, SourceLocation } from "./location.js";

/** Where a node starts and ends: what a node keeps of its position. */
export interface NodeExtent {
	start: number;
	end: number;
}

/** Where a node keeps the line index of its script, for its `loc`. */
export const NODE_LINES = Symbol("lines");

/** A node's own fields besides those of its type: its offsets, and its script's line index. */
export interface NodeFields extends NodeExtent {
	[NODE_LINES]: LineIndex;
}

/**
 * The prototype of every node: a node keeps its start and end offsets (and
 * its script's line index) only, and its `range` and `loc` are made from
 * them when read. A script keeps a node for every few characters; the range
 * array and the three objects of a location each node held were most of the
 * tree's memory. One prototype for every parse: a prototype of each parse's
 * own gave each parse's nodes shapes of their own, and the code reading nodes
 * (the parser, the rules) slowed down with the thousands of shapes of a
 * repository's scripts (about 12% of the CPU time of linting 3,000 scripts).
 */
export const NODE_PROTOTYPE: object = Object.freeze({
	get range(): Range {
		const { start, end } = this as unknown as NodeExtent;
		return [start, end];
	},
	get loc(): SourceLocation {
		const { start, end, [NODE_LINES]: lines } = this as unknown as NodeFields;
		return lines.location(start, end);
	},
});
