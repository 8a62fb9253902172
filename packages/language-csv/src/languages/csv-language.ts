import type { File, FileError, Language, OkParseResult, ParseResult } from "@eslint/core";
import {
	csvTypes,
	decodeFile,
	fileTooLargeMessage,
	getCsvType,
	LEGACY_ENCODINGS,
	MAX_FILE_BYTES,
	type DecodedSource,
	type EncodingFacts,
} from "@miglint/core";
import type { CsvDocument, CsvNode } from "../ast.js";
import { parseCsv } from "../parser/parse-csv.js";
import { resolveCsvType, type ResolvedCsvType } from "./csv-columns.js";
import { CsvSourceCode } from "./csv-source-code.js";

export type CsvLanguageOptions = {
	/** The migration CSV type of the file, when its header does not tell (miglint's `csv.types`). */
	csvType?: string;
	/** The legacy ("ANSI") encoding of files that are not UTF-8 (miglint's `csv.legacyEncoding`). */
	legacyEncoding?: string;
};

const LANGUAGE_OPTIONS = ["csvType", "legacyEncoding"];

export type CsvParseResultExtras = {
	text: string;
	encoding: EncodingFacts;
	csvType: ResolvedCsvType | null;
};

function binaryError(binary: NonNullable<DecodedSource["binary"]>): string {
	switch (binary.signature) {
		case "zip":
			return 'This is a ZIP archive, most likely an Excel workbook (.xlsx) saved under a .csv name, not a CSV file. In Excel use "Save As" with "CSV UTF-8 (Comma delimited)".';
		case "ole":
			return 'This is a legacy Office document, most likely an Excel .xls workbook saved under a .csv name, not a CSV file. In Excel use "Save As" with "CSV UTF-8 (Comma delimited)".';
		default:
			return `This file contains NUL bytes (the first at byte ${binary.byteOffset}) and is not UTF-16 or UTF-32 text: it looks binary, not like a CSV file.`;
	}
}

function fileError(message: string, line = 1, column = 1): { ok: false; errors: FileError[] } {
	return { ok: false, errors: [{ message, line, column }] };
}

/** ESLint language for migration CSV files (`miglint/csv`). */
export class CsvLanguage
	implements
		Language<{
			LangOptions: CsvLanguageOptions;
			Code: CsvSourceCode;
			RootNode: CsvDocument;
			Node: CsvNode;
		}>
{
	readonly fileType = "text" as const;
	readonly lineStart = 1 as const;
	readonly columnStart = 1 as const;
	readonly nodeTypeKey = "type";
	readonly defaultLanguageOptions: CsvLanguageOptions = {};
	readonly visitorKeys: Record<string, string[]> = {
		Document: ["typeInformation", "header", "rows", "blankLines"],
		TypeInformation: [],
		Header: ["cells"],
		HeaderCell: [],
		Row: [],
		BlankLine: [],
		Cell: [],
	};

	validateLanguageOptions(options: CsvLanguageOptions): void {
		for (const key of Object.keys(options)) {
			if (!LANGUAGE_OPTIONS.includes(key)) {
				throw new Error(`Unknown CSV language option "${key}"; the options are ${LANGUAGE_OPTIONS.join(" and ")}.`);
			}
		}
		if (options.csvType !== undefined && !getCsvType(options.csvType)) {
			const known = csvTypes.map((type) => `"${type.name}"`).join(", ");
			throw new Error(`Unknown migration CSV type "${String(options.csvType)}" in languageOptions.csvType; known types: ${known}.`);
		}
		if (options.legacyEncoding !== undefined && !(LEGACY_ENCODINGS as readonly string[]).includes(options.legacyEncoding)) {
			throw new Error(`Unsupported encoding "${String(options.legacyEncoding)}" in languageOptions.legacyEncoding; use one of ${LEGACY_ENCODINGS.join(", ")}.`);
		}
	}

	parse(file: File, context: { languageOptions?: CsvLanguageOptions }): ParseResult<CsvDocument> {
		const { legacyEncoding } = context.languageOptions ?? {};
		const decoded = decodeFile(file, legacyEncoding ? { legacyEncoding } : {});
		if (decoded.binary) {
			return fileError(binaryError(decoded.binary));
		}
		const size = decoded.facts.byteLength ?? decoded.text.length;
		if (size > MAX_FILE_BYTES) {
			return fileError(fileTooLargeMessage(size));
		}
		const parsed = parseCsv(decoded.text);
		if (!parsed.ok) {
			return fileError(parsed.message, parsed.line, parsed.column);
		}
		const result: OkParseResult<CsvDocument> & CsvParseResultExtras = {
			ok: true,
			ast: parsed.document,
			text: decoded.text,
			encoding: decoded.facts,
			csvType: resolveCsvType(context.languageOptions?.csvType, parsed.document.header),
		};
		return result;
	}

	createSourceCode(_file: File, result: OkParseResult<CsvDocument>): CsvSourceCode {
		const { ast, text, encoding, csvType } = result as OkParseResult<CsvDocument> & CsvParseResultExtras;
		return new CsvSourceCode({ text, ast, encoding, csvType });
	}
}
