import { LineIndex, lineStartsOf, SETTINGS_TOO_DEEP } from "@miglint/core";
import { Composer, Parser, type Document } from "yaml";
import type { CommentNode, DocumentNode, DuplicateKey, ValueNode } from "../ast.js";
import { AstBuilder, UnknownAliasError } from "./build-ast.js";
import { readJson } from "./read-json.js";
import { scanCst, type CstScan } from "./scan-cst.js";

export type SettingsSyntax = "json" | "yaml";

/** A syntax error, at a 1-based line and a 1-based column (as people and ESLint's parse errors count them). */
export interface SettingsSyntaxError {
	ok: false;
	message: string;
	line: number;
	column: number;
}

export type DocumentParseResult = { ok: true; ast: DocumentNode; comments: CommentNode[]; duplicateKeys: DuplicateKey[] } | SettingsSyntaxError;

/** `.json` files are strict JSON; anything else is YAML (of which JSON is a subset). */
export function syntaxOfFile(fileName: string): SettingsSyntax {
	return /\.json$/iu.test(fileName) ? "json" : "yaml";
}

function syntaxError(message: string, offset: number, lines: LineIndex): SettingsSyntaxError {
	const { line, column } = lines.position(offset);
	return { ok: false, message, line, column: column + 1 };
}

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

/** The values of a YAML text's documents, with its comments and repeated keys, or its first error. */
interface YamlTree {
	bodies: (ValueNode | null)[];
	comments: CommentNode[];
	duplicateKeys: DuplicateKey[];
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

function readYaml(text: string, lines: LineIndex): YamlTree | { message: string; offset: number } {
	const composed = composeYaml(text, lines);
	if ("message" in composed) {
		return composed;
	}
	const builder = new AstBuilder(text, lines);
	try {
		return { bodies: composed.documents.map((document) => builder.body(document)), comments: composed.comments, duplicateKeys: builder.duplicateKeys };
	} catch (error) {
		if (error instanceof UnknownAliasError) {
			return { message: error.message, offset: error.offset };
		}
		throw error;
	}
}

/**
 * Parses a JSON or YAML text into the config AST: strict JSON by its own
 * reader, YAML by the yaml package. `text` must be decoded (without a byte
 * order mark). Duplicate keys are collected, not errors.
 */
export function parseSettingsDocument(text: string, syntax: SettingsSyntax): DocumentParseResult {
	const lines = new LineIndex(lineStartsOf(text), 0);
	let tree: YamlTree | { message: string; offset: number };
	if (syntax === "json") {
		const json = readJson(text, lines);
		tree = "message" in json ? json : { bodies: [json.body], comments: [], duplicateKeys: json.duplicateKeys };
	} else {
		tree = readYaml(text, lines);
	}
	if ("message" in tree) {
		return syntaxError(tree.message, tree.offset, lines);
	}
	const [body = null, ...later] = tree.bodies;
	const ast: DocumentNode = {
		type: "Document",
		body,
		laterBodies: later.filter((value) => value !== null),
		range: [0, text.length],
		loc: lines.location(0, text.length),
	};
	return { ok: true, ast, comments: tree.comments, duplicateKeys: tree.duplicateKeys.sort((a, b) => a.key.range[0] - b.key.range[0]) };
}
