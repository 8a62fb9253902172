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

/**
 * Depth-first walk calling `enter` before and `exit` after a node's children.
 * Iterative: the parser accepts nesting far deeper than a recursive walk's stack.
 */
export function walk(root: Node, enter: (node: Node, parent: Node | null) => void, exit: (node: Node, parent: Node | null) => void): void {
	const stack: { node: Node; parent: Node | null; entered: boolean }[] = [{ node: root, parent: null, entered: false }];
	while (stack.length > 0) {
		const frame = stack[stack.length - 1]!;
		if (frame.entered) {
			stack.pop();
			exit(frame.node, frame.parent);
			continue;
		}
		frame.entered = true;
		enter(frame.node, frame.parent);
		const children = childrenOf(frame.node);
		for (let index = children.length - 1; index >= 0; index--) {
			stack.push({ node: children[index]!, parent: frame.node, entered: false });
		}
	}
}
