import type { File, Language, OkParseResult, ParseResult, SourceLocation } from "@eslint/core";
import {
	csvTypes,
	factsForText,
	getCsvType,
	getProjectFacts,
	LEGACY_ENCODINGS,
	readSourceFile,
	resolveCsvType,
	type EncodingFacts,
	type FileKind,
} from "@miglint/core";
import type { CsvDocument, CsvNode } from "../ast.js";
import { parseCsv } from "../parser/parse-csv.js";
import { takeParseForLint } from "../parser/parse-for-lint.js";
import type { ResolvedCsvType, ScriptBatch } from "./csv-columns.js";
import { CsvSourceCode, type CsvSyntaxError } from "./csv-source-code.js";

export type CsvLanguageOptions = {
	/** The migration CSV type of the file, when its header does not tell (miglint's `csv.types`). */
	csvType?: string;
	/** The script that creates a migration batch from the file; without it, the project facts source tells (see setProjectFactsSource). */
	scriptBatch?: ScriptBatch;
	/** The legacy ("ANSI") encoding of files that are not UTF-8 (miglint's `csv.legacyEncoding`). */
	legacyEncoding?: string;
	/** Lint CSV files that are not migration batches too, with the rules that need no batch type (miglint's `csv.allFiles`). */
	allFiles?: boolean;
};

const LANGUAGE_OPTIONS = ["csvType", "scriptBatch", "legacyEncoding", "allFiles"];

export type CsvParseResultExtras = {
	text: string;
	encoding: EncodingFacts;
	csvType: ResolvedCsvType | null;
	linted: boolean;
	syntaxError: CsvSyntaxError | null;
};

const CSV_FILE: FileKind = {
	name: "a CSV file",
	zip: "most likely an Excel workbook (.xlsx) saved under a .csv name",
	ole: "most likely an Excel .xls workbook saved under a .csv name",
	advice: 'In Excel use "Save As" with "CSV UTF-8 (Comma delimited)".',
};

/** An empty location at a 1-based line and column, where a parse error is reported. */
function pointAt(line: number, column: number): SourceLocation {
	return { start: { line, column }, end: { line, column } };
}

/** The text up to the first line break: a header line, whose quoting can be broken by a line break only beyond it. */
/** The document of a file left alone whose first line does not parse either: an empty one. */
function emptyDocument(): CsvDocument {
	const empty = parseCsv("");
	if (!empty.ok) throw new Error("an empty text parses as an empty CSV document");
	return empty.document;
}

/** The parse result of a file that is not a batch: no rule sees it. */
function leftAlone(text: string, encoding: EncodingFacts, ast: CsvDocument): OkParseResult<CsvDocument> & CsvParseResultExtras {
	return { ok: true, ast, text, encoding, csvType: null, linted: false, syntaxError: null };
}

function firstLineOf(text: string): string {
	const end = text.search(/[\r\n]/u);
	return end === -1 ? text : text.slice(0, end);
}

/** A line such as 'Wave 3 users' above a batch header: the file is a batch (csv-field-count reports the line), though its header does not say so. */
function hasTitleAboveBatchHeader(document: CsvDocument): boolean {
	const firstRow = document.rows.at(0);
	return firstRow !== undefined && resolveCsvType(undefined, undefined, () => firstRow.values) !== null;
}

/** ESLint language for migration CSV files (`miglint/csv`). */
export class CsvLanguage implements Language<{
	LangOptions: CsvLanguageOptions;
	Code: CsvSourceCode;
	RootNode: CsvDocument;
	Node: CsvNode;
}> {
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
		if (options.allFiles !== undefined && typeof options.allFiles !== "boolean") {
			throw new Error(`languageOptions.allFiles must be true or false; got ${JSON.stringify(options.allFiles)}.`);
		}
		if (options.legacyEncoding !== undefined && !(LEGACY_ENCODINGS as readonly string[]).includes(options.legacyEncoding)) {
			// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- the options are unchecked user input here, whatever their declared type
			throw new Error(`Unsupported encoding "${String(options.legacyEncoding)}" in languageOptions.legacyEncoding; use one of ${LEGACY_ENCODINGS.join(", ")}.`);
		}
	}

	parse(file: File, context: { languageOptions?: CsvLanguageOptions }): ParseResult<CsvDocument> {
		const { legacyEncoding, allFiles = false } = context.languageOptions ?? {};
		const projectFacts = getProjectFacts(undefined, file.physicalPath);
		const typeFrom = (headerNames: () => readonly string[] | null) =>
			resolveCsvType(context.languageOptions?.csvType, context.languageOptions?.scriptBatch ?? projectFacts.scriptBatch, headerNames);
		const declared = allFiles || Object.values(projectFacts.csvSources ?? {}).includes(file.physicalPath);
		const read = readSourceFile(file, CSV_FILE, legacyEncoding ? { legacyEncoding } : {});
		if (!read.ok) {
			// A file that is not text at all (a gzip or a workbook under a .csv name) is reported where something says it is a
			// batch: csv.types, csv.sources, a script's -CSVData or csv.allFiles. Anywhere else it is data, and left alone.
			return read.binary && !declared && typeFrom(() => null) === null ? leftAlone("", factsForText(""), emptyDocument()) : read;
		}
		const { decoded } = read;
		// Only csv.types or a script can say a file is a headerless list, and that decides how its first line is read.
		const headerless = typeFrom(() => null)?.declaration.headerless === true;
		// The project facts keep a parse with a header: a headerless list is parsed again.
		const kept = takeParseForLint(file.physicalPath, decoded.text);
		const parsed = (headerless ? undefined : kept) ?? parseCsv(decoded.text, { headerless });
		// A file that is no batch is left alone, broken quoting included: its header line alone tells whether it is one.
		const headed = parsed.ok ? parsed : parseCsv(firstLineOf(decoded.text), { headerless });
		const csvType = typeFrom(() => (headed.ok ? (headed.document.header?.names ?? null) : null));
		const linted = declared || csvType !== null || (headed.ok && hasTitleAboveBatchHeader(headed.document));
		// A batch that does not parse gets its parse error (CsvSourceCode.applyInlineConfig) and the rules that read only its
		// bytes; its document is empty, so that no rule, and no message, can reach a cell of it.
		const syntaxError = !parsed.ok && linted ? { message: parsed.message, loc: pointAt(parsed.line, parsed.column) } : null;
		const result: OkParseResult<CsvDocument> & CsvParseResultExtras = {
			ok: true,
			// A file left alone is never traversed: its header line stands for the whole file when the rest does not parse,
			// and nothing does when not even that line parses (a data file with broken quoting in its first line).
			ast: headed.ok && !syntaxError ? headed.document : emptyDocument(),
			text: decoded.text,
			encoding: decoded.facts,
			csvType,
			linted,
			syntaxError,
		};
		return result;
	}

	createSourceCode(_file: File, result: OkParseResult<CsvDocument>): CsvSourceCode {
		const { ast, text, encoding, csvType, linted, syntaxError } = result as OkParseResult<CsvDocument> & CsvParseResultExtras;
		return new CsvSourceCode({ text, ast, encoding, csvType, linted, syntaxError });
	}
}
