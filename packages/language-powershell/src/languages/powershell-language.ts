import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import { fileProblem, readSourceFile, type EncodingFacts, type FileKind } from "@miglint/core";
import { parse, visitorKeys, type Comment, type Node, type Program, type Token } from "@miglint/powershell-parser";
import { PowerShellSourceCode } from "./powershell-source-code.js";

/** The PowerShell language has no options yet. */
export type PowerShellLanguageOptions = Record<string, never>;

export type PowerShellParseResultExtras = {
	text: string;
	tokens: Token[];
	comments: Comment[];
	encoding: EncodingFacts;
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
	 * when valid) and parses it. A syntax error is a parse error, as PowerShell
	 * runs no part of a script with one; the first is reported, since the
	 * parser's recovery can make later ones follow from it.
	 */
	parse(file: File): ParseResult<Program> {
		const read = readSourceFile(file, POWERSHELL_SCRIPT);
		if (!read.ok) {
			return read;
		}
		const { decoded } = read;
		const parsed = parse(decoded.text);
		const [error] = parsed.errors;
		if (error) {
			return fileProblem(error.message, error.loc.start.line, error.loc.start.column + 1);
		}
		const result: OkParseResult<Program> & PowerShellParseResultExtras = {
			ok: true,
			ast: parsed.ast,
			text: decoded.text,
			tokens: parsed.tokens,
			comments: parsed.comments,
			encoding: decoded.facts,
		};
		return result;
	}

	createSourceCode(_file: File, result: OkParseResult<Program>): PowerShellSourceCode {
		const { ast, text, tokens, comments, encoding } = result as OkParseResult<Program> & PowerShellParseResultExtras;
		return new PowerShellSourceCode({ text, ast, tokens, comments, encoding });
	}
}
