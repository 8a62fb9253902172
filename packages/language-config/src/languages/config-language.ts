import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import { fileProblem, readSourceFile, type EncodingFacts, type FileKind } from "@miglint/core";
import { VISITOR_KEYS, type CommentNode, type ConfigNode, type DocumentNode, type DuplicateKey } from "../ast.js";
import { parseConfig, syntaxOfFile } from "../parser/parse-config.js";
import { ConfigSourceCode } from "./config-source-code.js";

/** The config language has no options. */
export type ConfigLanguageOptions = Record<string, never>;

export type ConfigParseResultExtras = {
	text: string;
	comments: CommentNode[];
	duplicateKeys: DuplicateKey[];
	encoding: EncodingFacts;
};

const SETTINGS_FILE: FileKind = { name: "a JSON or YAML file" };

/** ESLint language for JSON and YAML files (`miglint/config`): tenant settings and exports. */
export class ConfigLanguage
	implements
		Language<{
			LangOptions: ConfigLanguageOptions;
			Code: ConfigSourceCode;
			RootNode: DocumentNode;
			Node: ConfigNode;
		}>
{
	readonly fileType = "text" as const;
	readonly lineStart = 1 as const;
	/** Columns count from 0, as in ESTree. */
	readonly columnStart = 0 as const;
	readonly nodeTypeKey = "type";
	readonly defaultLanguageOptions: ConfigLanguageOptions = {};
	readonly visitorKeys: Record<string, string[]> = Object.fromEntries(Object.entries(VISITOR_KEYS).map(([type, keys]) => [type, [...keys]]));

	validateLanguageOptions(options: ConfigLanguageOptions): void {
		const [unknown] = Object.keys(options);
		if (unknown !== undefined) {
			throw new Error(`Unknown config language option "${unknown}"; the config language has no options.`);
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
		const parsed = parseConfig(decoded.text, syntaxOfFile(file.path));
		if (!parsed.ok) {
			return fileProblem(parsed.message, parsed.line, parsed.column);
		}
		const result: OkParseResult<DocumentNode> & ConfigParseResultExtras = {
			ok: true,
			ast: parsed.ast,
			text: decoded.text,
			comments: parsed.comments,
			duplicateKeys: parsed.duplicateKeys,
			encoding: decoded.facts,
		};
		return result;
	}

	createSourceCode(_file: File, result: OkParseResult<DocumentNode>): ConfigSourceCode {
		const { ast, text, comments, duplicateKeys, encoding } = result as OkParseResult<DocumentNode> & ConfigParseResultExtras;
		return new ConfigSourceCode({ text, ast, comments, duplicateKeys, encoding });
	}
}
