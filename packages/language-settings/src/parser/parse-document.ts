import { LineIndex, lineStartsOf, readBlockYaml } from "@miglint/core";
import type { CommentNode, DocumentNode, DuplicateKey, ValueNode } from "../ast.js";
import { BlockNodes } from "./block-nodes.js";
import { readJson } from "./read-json.js";
import { readYamlDocuments } from "./read-yaml-documents.js";
import { YamlNodes } from "./yaml-nodes.js";

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

/** The values of a YAML text's documents, with its comments and repeated keys, or its first error. */
interface YamlTree {
	bodies: (ValueNode | null)[];
	comments: CommentNode[];
	duplicateKeys: DuplicateKey[];
}

/** Block YAML (what settings exports are) by the block reader, which keeps only the AST; anything else by the yaml package. */
function readYaml(text: string, lines: LineIndex): YamlTree | { message: string; offset: number } {
	const blockNodes = new BlockNodes(text, lines);
	const body = readBlockYaml(text, blockNodes);
	if (body) {
		return { bodies: [body], comments: blockNodes.comments, duplicateKeys: blockNodes.duplicateKeys };
	}
	// The repeated keys the block reader found before it stopped are not the file's.
	const nodes = new YamlNodes(text, lines);
	const documents = readYamlDocuments(text, lines, nodes);
	return "message" in documents ? documents : { ...documents, duplicateKeys: nodes.duplicateKeys };
}

/**
 * Parses a JSON or YAML text into the config AST: strict JSON by its own
 * reader, block YAML by the block reader, other YAML by the yaml package. `text` must be decoded (without a byte
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
