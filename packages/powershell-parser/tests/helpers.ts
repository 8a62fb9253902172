import { type Node, parse, type ParseResult, visitorKeys } from "../src/index.js";
import { Lexer, type LexMode } from "../src/lexer/lexer.js";
import { ParserCore } from "../src/parser/parser-core.js";

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

/**
 * Parses `text` with a budget of token reads proportional to its length, so
 * that a parser loop that stops making progress ends the parse (as an
 * internal error in the result) instead of hanging the test run.
 */
export function parseBounded(text: string, readsPerCharacter = 200): ParseResult {
	const prototype = ParserCore.prototype as unknown as { peek: (mode: LexMode) => unknown };
	const peek = prototype.peek;
	const budget = readsPerCharacter * (text.length + 10);
	let reads = 0;
	prototype.peek = function (this: unknown, mode: LexMode) {
		if (++reads > budget) throw new Error(`no progress after ${budget} token reads`);
		return peek.call(this, mode);
	};
	try {
		return parse(text);
	} finally {
		prototype.peek = peek;
	}
}

/**
 * The work parsing `text` takes, counted rather than timed: characters the
 * lexer reads plus tokens the parser asks for. Re-reading the same text
 * again and again (a quadratic case) shows in the count on any machine.
 */
export function parseWork(text: string): number {
	const lexer = Lexer.prototype as unknown as { at: (i: number) => number };
	const parser = ParserCore.prototype as unknown as { peek: (mode: LexMode) => unknown };
	const at = lexer.at;
	const peek = parser.peek;
	let work = 0;
	lexer.at = function (this: unknown, i: number) {
		work++;
		return at.call(this, i);
	};
	parser.peek = function (this: unknown, mode: LexMode) {
		work++;
		return peek.call(this, mode);
	};
	try {
		parse(text);
	} finally {
		lexer.at = at;
		parser.peek = peek;
	}
	return work;
}
