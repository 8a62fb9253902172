import { LineIndex, lineStartsOf } from "@miglint/core";
import { Composer, Parser, type Document } from "yaml";
import type { CommentNode, DocumentNode, DuplicateKey, ValueNode } from "../ast.js";
import { AstBuilder, UnknownAliasError } from "./build-ast.js";
import { checkJson } from "./check-json.js";
import { TOO_DEEP } from "./nesting.js";
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

/**
 * Parses a JSON or YAML text into the config AST. `text` must be decoded
 * (without a byte order mark). Duplicate keys are collected, not errors.
 */
export function parseSettingsDocument(text: string, syntax: SettingsSyntax): DocumentParseResult {
	const lines = new LineIndex(lineStartsOf(text), 0);
	if (syntax === "json") {
		const jsonError = checkJson(text);
		if (jsonError) {
			return syntaxError(jsonError.message, jsonError.offset, lines);
		}
	}
	const tokens = [...new Parser().parse(text)];
	// Strict JSON has no comments, and its nesting is already checked.
	const cst: CstScan = syntax === "yaml" ? scanCst(tokens, lines) : { comments: [], tooDeepAt: null };
	if (cst.tooDeepAt !== null) {
		return syntaxError(TOO_DEEP, cst.tooDeepAt, lines);
	}
	const documents = [...new Composer({ uniqueKeys: false }).compose(tokens, true)] as Document.Parsed[];
	const yamlError = firstYamlError(documents);
	if (yamlError) {
		return syntaxError(yamlError.message, yamlError.offset, lines);
	}
	const builder = new AstBuilder(text, lines);
	let bodies: (ValueNode | null)[];
	try {
		bodies = documents.map((document) => builder.body(document));
	} catch (error) {
		if (error instanceof UnknownAliasError) {
			return syntaxError(error.message, error.offset, lines);
		}
		throw error;
	}
	const [body = null, ...later] = bodies;
	const ast: DocumentNode = {
		type: "Document",
		body,
		laterBodies: later.filter((value) => value !== null),
		range: [0, text.length],
		loc: lines.location(0, text.length),
	};
	return { ok: true, ast, comments: cst.comments, duplicateKeys: builder.duplicateKeys.sort((a, b) => a.key.range[0] - b.key.range[0]) };
}
