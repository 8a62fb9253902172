import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import { csvTypes, fileProblem, getCsvType, getProjectFacts, LEGACY_ENCODINGS, readSourceFile, resolveCsvType, type EncodingFacts, type FileKind } from "@miglint/core";
import type { CsvDocument, CsvNode } from "../ast.js";
import { parseCsv } from "../parser/parse-csv.js";
import type { ResolvedCsvType, ScriptBatch } from "./csv-columns.js";
import { CsvSourceCode } from "./csv-source-code.js";

export type CsvLanguageOptions = {
	/** The migration CSV type of the file, when its header does not tell (miglint's `csv.types`). */
	csvType?: string;
	/** The script that creates a migration batch from the file; without it, the project facts source tells (see setProjectFactsSource). */
	scriptBatch?: ScriptBatch;
	/** The legacy ("ANSI") encoding of files that are not UTF-8 (miglint's `csv.legacyEncoding`). */
	legacyEncoding?: string;
};

const LANGUAGE_OPTIONS = ["csvType", "scriptBatch", "legacyEncoding"];

export type CsvParseResultExtras = {
	text: string;
	encoding: EncodingFacts;
	csvType: ResolvedCsvType | null;
};

const CSV_FILE: FileKind = {
	name: "a CSV file",
	zip: "most likely an Excel workbook (.xlsx) saved under a .csv name",
	ole: "most likely an Excel .xls workbook saved under a .csv name",
	advice: 'In Excel use "Save As" with "CSV UTF-8 (Comma delimited)".',
};

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
		Document: ["typeInformation", "header", "blankLines"],
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
				throw new Error(`Unknown CSV language option "${key}"; the options are ${LANGUAGE_OPTIONS.join(", ")}.`);
			}
		}
		if (options.csvType !== undefined && !getCsvType(options.csvType)) {
			const known = csvTypes.map((type) => `"${type.name}"`).join(", ");
			// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- the options are unchecked user input here, whatever their declared type
			throw new Error(`Unknown migration CSV type "${String(options.csvType)}" in languageOptions.csvType; known types: ${known}.`);
		}
		const { scriptBatch } = options;
		// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the options are unchecked user input here, whatever their declared type
		if (scriptBatch !== undefined && (typeof scriptBatch?.script !== "string" || !getCsvType(scriptBatch.type))) {
			throw new Error(`languageOptions.scriptBatch must be { type, script } with a known migration CSV type; got ${JSON.stringify(scriptBatch)}.`);
		}
		if (options.legacyEncoding !== undefined && !(LEGACY_ENCODINGS as readonly string[]).includes(options.legacyEncoding)) {
			// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- the options are unchecked user input here, whatever their declared type
			throw new Error(`Unsupported encoding "${String(options.legacyEncoding)}" in languageOptions.legacyEncoding; use one of ${LEGACY_ENCODINGS.join(", ")}.`);
		}
	}

	parse(file: File, context: { languageOptions?: CsvLanguageOptions }): ParseResult<CsvDocument> {
		const { legacyEncoding } = context.languageOptions ?? {};
		const read = readSourceFile(file, CSV_FILE, legacyEncoding ? { legacyEncoding } : {});
		if (!read.ok) {
			return read;
		}
		const { decoded } = read;
		const parsed = parseCsv(decoded.text);
		if (!parsed.ok) {
			return fileProblem(parsed.message, parsed.line, parsed.column);
		}
		const result: OkParseResult<CsvDocument> & CsvParseResultExtras = {
			ok: true,
			ast: parsed.document,
			text: decoded.text,
			encoding: decoded.facts,
			csvType: resolveCsvType(
				context.languageOptions?.csvType,
				context.languageOptions?.scriptBatch ?? getProjectFacts(undefined, file.physicalPath).scriptBatch,
				() => parsed.document.header?.names ?? null,
			),
		};
		return result;
	}

	createSourceCode(_file: File, result: OkParseResult<CsvDocument>): CsvSourceCode {
		const { ast, text, encoding, csvType } = result as OkParseResult<CsvDocument> & CsvParseResultExtras;
		return new CsvSourceCode({ text, ast, encoding, csvType });
	}
}
