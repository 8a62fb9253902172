import { type Node, parse, type ParseResult, visitorKeys } from "../src/index.js";

/** Every node of the tree, parents before children, following `visitorKeys`. */
export function allNodes(root: Node): Node[] {
	const out: Node[] = [];
	const stack: Node[] = [root];
	while (stack.length > 0) {
		const node = stack.pop()!;
		out.push(node);
		const children: Node[] = [];
		for (const key of visitorKeys[node.type]) {
			const value = (node as unknown as Record<string, unknown>)[key];
			if (Array.isArray(value)) children.push(...(value as Node[]));
			else if (value !== null && value !== undefined) children.push(value as Node);
		}
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
	}
	return out;
}

export function nodesOf<T extends Node["type"]>(root: Node, type: T): Extract<Node, { type: T }>[] {
	return allNodes(root).filter((node): node is Extract<Node, { type: T }> => node.type === type);
}

export function firstOf<T extends Node["type"]>(root: Node, type: T): Extract<Node, { type: T }> {
	const found = nodesOf(root, type)[0];
	if (found === undefined) throw new Error(`no ${type} node`);
	return found;
}

/** Parses text that must be free of syntax errors. */
export function parseValid(text: string): ParseResult {
	const result = parse(text);
	if (result.errors.length > 0) throw new Error(`unexpected errors in ${JSON.stringify(text)}: ${JSON.stringify(result.errors.map((e) => e.message))}`);
	return result;
}

export function rebuild(result: ParseResult): string {
	let text = "";
	for (const token of result.tokens) {
		for (const trivia of token.leadingTrivia) text += trivia.value;
		text += token.value;
	}
	return text;
}

/** The text a node covers. */
export function textOf(text: string, node: { range: [number, number] }): string {
	return text.slice(node.range[0], node.range[1]);
}
