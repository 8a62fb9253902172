import type { BlockYamlBuilder } from "@miglint/core";
import { commentNode, type CommentNode, type KeyNode, type MemberNode, type ValueNode } from "../ast.js";
import { readYamlEntry } from "./read-yaml-documents.js";
import { YamlNodes } from "./yaml-nodes.js";

/** The AST's nodes as the block reader (`@miglint/core`'s readBlockYaml) makes them, with the comments it meets. */
export class BlockNodes extends YamlNodes implements BlockYamlBuilder<ValueNode, KeyNode, MemberNode> {
	readonly comments: CommentNode[] = [];

	comment(offset: number, source: string): void {
		this.comments.push(commentNode(this.lines, offset, source));
	}

	/** Block scalars and scalars over several lines, read by the yaml package. */
	entryByYaml(start: number, end: number, column: number): ValueNode | null {
		const entry = readYamlEntry(this.text, start, end, column, this.lines, this);
		if (!entry) return null;
		this.comments.push(...entry.comments);
		return entry.value;
	}
}
