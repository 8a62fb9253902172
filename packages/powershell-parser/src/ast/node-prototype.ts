import type { LineIndex } from "../text/line-index.js";
import type { BaseNode } from "./nodes.js";
import type { SourceLocation } from "./location.js";

/**
 * The prototype of one parse's nodes: a node keeps its range only, and its
 * `loc` is made from it when read. ESLint asks for the location of the nodes
 * it reports, a few in a script; three objects a node were a third of the
 * tree's memory.
 */
export function nodePrototype(lines: LineIndex): object {
	return Object.freeze({
		get loc(): SourceLocation {
			const { range } = this as unknown as BaseNode;
			return lines.location(range[0], range[1]);
		},
	});
}
