import { SETTINGS_TOO_DEEP, type LineIndex } from "@miglint/core";
import { Composer, isMap, isPair, isScalar, isSeq, Parser, type Document } from "yaml";
import type { CommentNode, ValueNode } from "../ast.js";
import { AstBuilder, scalarRange, UnknownAliasError } from "./build-ast.js";
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
		return { message: SETTINGS_TOO_DEEP, offset: cst.tooDeepAt };
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

/**
 * The scalar value of one block entry, read by the yaml package: the block
 * reader leaves it block scalars and scalars over several lines. The entry (a
 * key or a list item's dash, and its value down to `end`) starts at `start`,
 * at `column` of its line; it is read alone, indented as in the file, so that
 * its value is read in the same context. Null unless the yaml package reads
 * one entry whose value is a scalar without an anchor, and no error.
 */
export function readYamlEntry(
	text: string,
	start: number,
	end: number,
	column: number,
	lines: LineIndex,
	nodes: YamlNodes,
): { value: ValueNode; comments: CommentNode[] } | null {
	const shift = start - column;
	const entry = " ".repeat(column) + text.slice(start, end);
	const tokens = [...new Parser().parse(entry)];
	const [document, ...more] = new Composer({ uniqueKeys: false }).compose(tokens, true);
	if (!document || more.length > 0 || document.errors.length > 0) return null;
	const { contents } = document;
	const items: unknown[] = isMap(contents) || isSeq(contents) ? contents.items : [];
	const [item] = items;
	const value = isPair(item) ? item.value : item;
	if (items.length !== 1 || !isScalar(value) || value.anchor) return null;
	return { value: nodes.scalar(scalarRange(value, entry, shift), value.value), comments: scanCst(tokens, lines, shift).comments };
}
