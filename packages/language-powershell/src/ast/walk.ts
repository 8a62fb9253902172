import { visitorKeys, type Node } from "@miglint/powershell-parser";

function isNode(value: unknown): value is Node {
	return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/**
 * A depth-first walk of a tree, one step at a time: entering a node, its
 * children's steps in the order of the parser's visitor keys, then leaving it.
 *
 * ```ts
 * for (const walk = new TreeWalk(root); walk.next(); ) if (!walk.exit) visit(walk.node, walk.parent);
 * ```
 *
 * Iterative: the parser accepts nesting far deeper than a recursive walk's
 * stack. Nothing is made per node: the nodes still to visit, their parents
 * and whether they are being left are kept on three stacks. (A step object and
 * an array of children a node, for each of the walks a lint makes, were most
 * of what a lint allocated.)
 */
export class TreeWalk {
	/** The node of the current step. */
	node: Node;
	/** Its parent, or null for the root. */
	parent: Node | null = null;
	/** Whether the step leaves the node (after its children) rather than enters it. */
	exit = true;
	readonly #nodes: Node[];
	readonly #parents: (Node | null)[] = [null];
	readonly #exits: boolean[] = [false];

	constructor(root: Node) {
		this.node = root;
		this.#nodes = [root];
	}

	/** Moves to the next step; false once the walk has left the root. */
	next(): boolean {
		const node = this.#nodes.pop();
		if (node === undefined) return false;
		const parent = this.#parents.pop()!;
		const exit = this.#exits.pop()!;
		this.node = node;
		this.parent = parent;
		this.exit = exit;
		if (!exit) {
			this.#push(node, parent, true);
			this.#pushChildren(node);
		}
		return true;
	}

	#push(node: Node, parent: Node | null, exit: boolean): void {
		this.#nodes.push(node);
		this.#parents.push(parent);
		this.#exits.push(exit);
	}

	/** The children, last first, so that they are popped in source order. */
	#pushChildren(node: Node): void {
		const record = node as unknown as Record<string, unknown>;
		const keys = visitorKeys[node.type];
		for (let key = keys.length - 1; key >= 0; key--) {
			const value = record[keys[key]!];
			if (Array.isArray(value)) {
				for (let index = value.length - 1; index >= 0; index--) {
					const item: unknown = value[index];
					if (isNode(item)) this.#push(item, node, false);
				}
			} else if (isNode(value)) {
				this.#push(value, node, false);
			}
		}
	}
}

/** The first node, in walk order, more than `limit` levels below the root (the root is level 1), or null. */
export function nodeDeeperThan(root: Node, limit: number): Node | null {
	let depth = 0;
	for (const walk = new TreeWalk(root); walk.next();) {
		if (walk.exit) depth--;
		else if (++depth > limit) return walk.node;
	}
	return null;
}
