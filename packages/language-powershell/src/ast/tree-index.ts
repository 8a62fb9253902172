import type { Command, Node, ParamBlock } from "@miglint/powershell-parser";
import { isDscKeyword } from "../commands/dsc-keywords.js";
import { VARIABLE_WRITE_TYPES } from "../commands/scopes.js";
import { TreeWalk } from "./walk.js";

/**
 * Where a node keeps its parent once the tree is indexed: a property of the
 * node rather than a map (an entry a node was a tenth of the memory a lint
 * kept), keyed by a symbol, which `Object.keys`, `for...in` and JSON do not
 * list. Set by assignment: `Object.defineProperty`, which would hide it from
 * `Object.assign` too, took 3 s for the 3 million nodes of a 10 MB script.
 */
const PARENT = Symbol("parent");

/** The parent of a node of an indexed tree (undefined for the root). */
export function parentOf(node: Node): Node | undefined {
	return (node as { [PARENT]?: Node })[PARENT];
}

/** The nodes the source code models, found in the one walk that gives each node its parent. */
export interface TreeIndex {
	/** The commands the script runs: DSC keywords written like commands (`Node x { }`, `Type = ...`) are not. */
	commands: Command[];
	paramBlocks: ParamBlock[];
	variableWrites: Node[];
}

/**
 * Gives each node of the tree its parent and gathers the nodes the source
 * code models, in one walk; or, in a tree nested deeper than `depthLimit`
 * levels (the root is level 1), the first node past it, in walk order.
 */
export function indexTree(root: Node, depthLimit: number): { index: TreeIndex; tooDeep: null } | { index: null; tooDeep: Node } {
	const index: TreeIndex = { commands: [], paramBlocks: [], variableWrites: [] };
	let depth = 0;
	for (const walk = new TreeWalk(root); walk.next();) {
		if (walk.exit) {
			depth--;
			continue;
		}
		const { node, parent } = walk;
		if (++depth > depthLimit) return { index: null, tooDeep: node };
		if (parent) (node as { [PARENT]?: Node })[PARENT] = parent;
		if (node.type === "Command" && !isDscKeyword(node, parentOf)) index.commands.push(node);
		else if (node.type === "ParamBlock") index.paramBlocks.push(node);
		else if (VARIABLE_WRITE_TYPES.has(node.type)) index.variableWrites.push(node);
	}
	return { index, tooDeep: null };
}
