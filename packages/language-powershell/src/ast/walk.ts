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
 * stack. Nothing is made per node, and what is kept is as deep as the tree,
 * not as wide: the path from the root, with where each of its nodes is in its
 * children (which key of the visitor keys, which item of a list). A step
 * object and an array of children a node, for each of the walks a lint makes,
 * were most of what a lint allocated; a stack of every sibling still to visit
 * grew with the 600,000 statements of a one-line script, once a walk.
 */
export class TreeWalk {
	/** The node of the current step. */
	node: Node;
	/** Its parent, or null for the root. */
	parent: Node | null = null;
	/** Whether the step leaves the node (after its children) rather than enters it. */
	exit = false;
	#started = false;
	/** The path from the root to the node whose children are being walked. */
	readonly #path: Node[] = [];
	/** For each node of the path, the index of the visitor key whose children come next... */
	readonly #keys: number[] = [];
	/** ...and, when that key holds a list, the index of the next item in it. */
	readonly #items: number[] = [];

	constructor(root: Node) {
		this.node = root;
	}

	/** Moves to the next step; false once the walk has left the root. */
	next(): boolean {
		if (!this.#started) {
			this.#started = true;
			this.#enter(this.node, null);
			return true;
		}
		const depth = this.#path.length - 1;
		if (depth < 0) return false;
		const current = this.#path[depth]!;
		const child = this.#nextChild(current, depth);
		if (child !== null) {
			this.#enter(child, current);
			return true;
		}
		this.#path.pop();
		this.#keys.pop();
		this.#items.pop();
		this.node = current;
		this.parent = depth > 0 ? this.#path[depth - 1]! : null;
		this.exit = true;
		return true;
	}

	#enter(node: Node, parent: Node | null): void {
		this.#path.push(node);
		this.#keys.push(0);
		this.#items.push(0);
		this.node = node;
		this.parent = parent;
		this.exit = false;
	}

	/** The next child of `node` (at `depth` of the path) not yet walked, or null. */
	#nextChild(node: Node, depth: number): Node | null {
		const record = node as unknown as Record<string, unknown>;
		const keys = visitorKeys[node.type];
		for (let key = this.#keys[depth]!; key < keys.length; key++) {
			const value = record[keys[key]!];
			if (Array.isArray(value)) {
				for (let item = this.#items[depth]!; item < value.length; item++) {
					const candidate: unknown = value[item];
					if (isNode(candidate)) {
						this.#keys[depth] = key;
						this.#items[depth] = item + 1;
						return candidate;
					}
				}
				this.#items[depth] = 0;
			} else if (isNode(value)) {
				this.#keys[depth] = key + 1;
				return value;
			}
		}
		this.#keys[depth] = keys.length;
		return null;
	}
}
