import type { LineIndex } from "@miglint/core";
import { Composer, Parser, type Document } from "yaml";
import type { CommentNode, ValueNode } from "../ast.js";
import { AstBuilder, UnknownAliasError } from "./build-ast.js";
import { TOO_DEEP } from "./nesting.js";
import { scanCst, type CstScan } from "./scan-cst.js";
import type { YamlNodes } from "./yaml-nodes.js";

/** The earliest error the yaml package found in any document of the stream. */
function firstYamlError(documents: readonly Document.Parsed[]): { message: string; offset: number } | null {
	let first: { message: string; offset: number } | null = null;
	for (const document of documents) {
		for (const error of document.errors) {
			if (!first || error.pos[0] < first.offset) {
				first = { message: error.message.split("\n")[0]!, offset: error.pos[0] };
			}
		}
	}
	return first;
}

/**
 * The yaml package's documents of a text, with the comments of its concrete
 * syntax tree. The tree is not kept: it is several times the size of the
 * documents, which are themselves dropped once the AST is built from them.
 */
function composeYaml(text: string, lines: LineIndex): { documents: Document.Parsed[]; comments: CommentNode[] } | { message: string; offset: number } {
	const tokens = [...new Parser().parse(text)];
	const cst: CstScan = scanCst(tokens, lines);
	if (cst.tooDeepAt !== null) {
		return { message: TOO_DEEP, offset: cst.tooDeepAt };
	}
	const documents = [...new Composer({ uniqueKeys: false }).compose(tokens, true)] as Document.Parsed[];
	return firstYamlError(documents) ?? { documents, comments: cst.comments };
}

/** Any YAML text, read by the yaml package: the values of its documents with their comments, or its first error. */
export function readYamlDocuments(
	text: string,
	lines: LineIndex,
	nodes: YamlNodes,
): { bodies: (ValueNode | null)[]; comments: CommentNode[] } | { message: string; offset: number } {
	const composed = composeYaml(text, lines);
	if ("message" in composed) {
		return composed;
	}
	const builder = new AstBuilder(text, nodes);
	try {
		return { bodies: composed.documents.map((document) => builder.body(document)), comments: composed.comments };
	} catch (error) {
		if (error instanceof UnknownAliasError) {
			return { message: error.message, offset: error.offset };
		}
		throw error;
	}
}
