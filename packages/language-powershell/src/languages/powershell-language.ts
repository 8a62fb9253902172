import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import { fileProblem, MAX_SCRIPT_TREE_DEPTH, readSourceFile, SCRIPT_TOO_DEEP, type EncodingFacts, type FileKind } from "@miglint/core";
import { parse, visitorKeys, type Node, type ParseError, type ParseResult as ScriptParse, type Program } from "@miglint/powershell-parser";
import { indexTree, type TreeIndex } from "../ast/tree-index.js";
import { PowerShellSourceCode } from "./powershell-source-code.js";

/** The PowerShell language has no options yet. */
export type PowerShellLanguageOptions = Record<string, never>;

export type PowerShellParseResultExtras = {
	text: string;
	/** The parser's result, whose tokens are made only if a rule reads them. */
	script: ScriptParse;
	encoding: EncodingFacts;
	syntaxError: ParseError | null;
	/** Each node's parent is set, and the nodes the source code models are found, in the walk that checks the depth. */
	index: TreeIndex;
};

const POWERSHELL_SCRIPT: FileKind = { name: "a PowerShell script" };

/** ESLint language for PowerShell scripts, modules and data files (`miglint/powershell`). */
export class PowerShellLanguage implements Language<{
	LangOptions: PowerShellLanguageOptions;
	Code: PowerShellSourceCode;
	RootNode: Program;
	Node: Node;
}> {
	readonly fileType = "text" as const;
	readonly lineStart = 1 as const;
	/** The parser counts columns from 0, as ESTree does. */
	readonly columnStart = 0 as const;
	readonly nodeTypeKey = "type";
	readonly defaultLanguageOptions: PowerShellLanguageOptions = {};
	readonly visitorKeys: Record<string, string[]> = Object.fromEntries(Object.entries(visitorKeys).map(([type, keys]) => [type, [...keys]]));

	validateLanguageOptions(options: PowerShellLanguageOptions): void {
		const [unknown] = Object.keys(options);
		if (unknown !== undefined) {
			throw new Error(`Unknown PowerShell language option "${unknown}"; the PowerShell language has no options.`);
		}
	}

	/**
	 * Decodes the file's bytes as PowerShell reads a script (by BOM, else UTF-8
	 * when valid) and parses it. A script with a syntax error still parses, to
	 * the parser's recovered tree: the source code reports the first error as
	 * ESLint reports a parse error (later ones can follow from the parser's
	 * recovery), and only the rules declared to run on it do.
	 */
	parse(file: File): ParseResult<Program> {
		const read = readSourceFile(file, POWERSHELL_SCRIPT);
		if (!read.ok) {
			return read;
		}
		const { decoded } = read;
		const parsed = parse(decoded.text);
		const { index, tooDeep } = indexTree(parsed.ast, MAX_SCRIPT_TREE_DEPTH);
		if (tooDeep) {
			const { start } = tooDeep.loc;
			return fileProblem(SCRIPT_TOO_DEEP, start.line, start.column + 1);
		}
		const result: OkParseResult<Program> & PowerShellParseResultExtras = {
			ok: true,
			ast: parsed.ast,
			text: decoded.text,
			script: parsed,
			encoding: decoded.facts,
			syntaxError: parsed.errors[0] ?? null,
			index,
		};
		return result;
	}

	createSourceCode(_file: File, result: OkParseResult<Program>): PowerShellSourceCode {
		const { text, script, encoding, syntaxError, index } = result as OkParseResult<Program> & PowerShellParseResultExtras;
		return new PowerShellSourceCode({ text, script, encoding, syntaxError, index });
	}
}
