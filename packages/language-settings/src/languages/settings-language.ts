import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import { fileProblem, readSourceFile, type EncodingFacts, type FileKind } from "@miglint/core";
import { VISITOR_KEYS, type CommentNode, type SettingsNode, type DocumentNode, type DuplicateKey } from "../ast.js";
import { parseSettingsDocument, syntaxOfFile } from "../parser/parse-document.js";
import { SettingsSourceCode } from "./settings-source-code.js";

/** The settings language has no options. */
export type SettingsLanguageOptions = Record<string, never>;

export type SettingsParseResultExtras = {
	text: string;
	comments: CommentNode[];
	duplicateKeys: DuplicateKey[];
	encoding: EncodingFacts;
};

const SETTINGS_FILE: FileKind = { name: "a JSON or YAML file" };

/** ESLint language for JSON and YAML files (`miglint/settings`): tenant settings and exports. */
export class SettingsLanguage implements Language<{
	LangOptions: SettingsLanguageOptions;
	Code: SettingsSourceCode;
	RootNode: DocumentNode;
	Node: SettingsNode;
}> {
	readonly fileType = "text" as const;
	readonly lineStart = 1 as const;
	/** Columns count from 0, as in ESTree. */
	readonly columnStart = 0 as const;
	readonly nodeTypeKey = "type";
	readonly defaultLanguageOptions: SettingsLanguageOptions = {};
	readonly visitorKeys: Record<string, string[]> = Object.fromEntries(Object.entries(VISITOR_KEYS).map(([type, keys]) => [type, [...keys]]));

	validateLanguageOptions(options: SettingsLanguageOptions): void {
		const [unknown] = Object.keys(options);
		if (unknown !== undefined) {
			throw new Error(`Unknown settings language option "${unknown}"; the settings language has no options.`);
		}
	}

	/**
	 * Decodes the file's bytes (Windows PowerShell writes ConvertTo-Json output
	 * as UTF-16) and parses it: a `.json` file as strict JSON, anything else as
	 * YAML. A syntax error is a parse error, located where it is.
	 */
	parse(file: File): ParseResult<DocumentNode> {
		const read = readSourceFile(file, SETTINGS_FILE);
		if (!read.ok) {
			return read;
		}
		const { decoded } = read;
		const parsed = parseSettingsDocument(decoded.text, syntaxOfFile(file.path));
		if (!parsed.ok) {
			return fileProblem(parsed.message, parsed.line, parsed.column);
		}
		const result: OkParseResult<DocumentNode> & SettingsParseResultExtras = {
			ok: true,
			ast: parsed.ast,
			text: decoded.text,
			comments: parsed.comments,
			duplicateKeys: parsed.duplicateKeys,
			encoding: decoded.facts,
		};
		return result;
	}

	createSourceCode(_file: File, result: OkParseResult<DocumentNode>): SettingsSourceCode {
		const { ast, text, comments, duplicateKeys, encoding } = result as OkParseResult<DocumentNode> & SettingsParseResultExtras;
		return new SettingsSourceCode({ text, ast, comments, duplicateKeys, encoding });
	}
}
