import { MAX_SETTINGS_NESTING, type LineIndex } from "@miglint/core";
import { commentNode, type CommentNode } from "../ast.js";

const COLLECTIONS = new Set(["block-map", "block-seq", "flow-collection"]);

interface CstToken {
	type?: unknown;
	offset?: number;
	source?: string;
}

export interface CstScan {
	/** `#` comments, in file order. */
	comments: CommentNode[];
	/** Where the first collection nested deeper than MAX_SETTINGS_NESTING starts. */
	tooDeepAt: number | null;
}

/**
 * What the composed documents do not keep, from the yaml package's concrete
 * syntax tree: the comments with their positions (comments sit in many kinds
 * of tokens, so every token is searched) and the nesting depth. Iterative, for
 * any depth. The tokens are of a text that starts at `shift` in the file.
 */
export function scanCst(tokens: readonly object[], lines: LineIndex, shift = 0): CstScan {
	const comments: CommentNode[] = [];
	let tooDeepAt: number | null = null;
	const pending: { value: unknown; depth: number }[] = tokens.map((value) => ({ value, depth: 0 }));
	while (pending.length > 0) {
		const { value, depth } = pending.pop()!;
		if (Array.isArray(value)) {
			for (const item of value) pending.push({ value: item, depth });
			continue;
		}
		if (!value || typeof value !== "object") continue;
		const token = value as CstToken;
		if (token.type === "comment" && token.offset !== undefined && token.source !== undefined) {
			comments.push(commentNode(lines, token.offset + shift, token.source));
			continue;
		}
		const inner = COLLECTIONS.has(token.type as string) ? depth + 1 : depth;
		if (inner > MAX_SETTINGS_NESTING && token.offset !== undefined && (tooDeepAt === null || token.offset < tooDeepAt)) {
			tooDeepAt = token.offset;
			continue;
		}
		for (const child of Object.values(value)) pending.push({ value: child, depth: inner });
	}
	return { comments: comments.sort((a, b) => a.range[0] - b.range[0]), tooDeepAt };
}
