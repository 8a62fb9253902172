import { visitorKeys, type Node } from "@miglint/powershell-parser";

/** The child nodes of `node`, in the order of the parser's visitor keys. */
export function childrenOf(node: Node): Node[] {
	const children: Node[] = [];
	const record = node as unknown as Record<string, unknown>;
	for (const key of visitorKeys[node.type]) {
		const value = record[key];
		if (Array.isArray(value)) {
			for (const item of value) {
				if (isNode(item)) children.push(item);
			}
		} else if (isNode(value)) {
			children.push(value);
		}
	}
	return children;
}

function isNode(value: unknown): value is Node {
	return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** Entering or leaving one node of a walk. */
export interface WalkStep {
	readonly node: Node;
	readonly parent: Node | null;
	readonly exit: boolean;
}

/**
 * The steps of a depth-first walk, made as they are consumed: entering a
 * node, its children's steps, then leaving it. Iterative: the parser accepts
 * nesting far deeper than a recursive walk's stack, and nothing of the size of
 * the tree is kept but the siblings still to visit.
 */
export function* walkSteps(root: Node): Generator<WalkStep, void, undefined> {
	const stack: WalkStep[] = [{ node: root, parent: null, exit: false }];
	for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
		yield step;
		if (step.exit) continue;
		stack.push({ node: step.node, parent: step.parent, exit: true });
		const children = childrenOf(step.node);
		for (let index = children.length - 1; index >= 0; index--) {
			stack.push({ node: children[index]!, parent: step.node, exit: false });
		}
	}
}

/** The first node, in walk order, more than `limit` levels below the root (the root is level 1), or null. */
export function nodeDeeperThan(root: Node, limit: number): Node | null {
	let depth = 0;
	for (const { node, exit } of walkSteps(root)) {
		if (exit) depth--;
		else if (++depth > limit) return node;
	}
	return null;
}
