import {
	CsvBlankLine,
	CsvHeader,
	CsvRows,
	fieldValue,
	isQuoted,
	type CsvDelimiter,
	type CsvDocument,
	type CsvTextData,
	type CsvTypeInformationLine,
} from "../ast.js";
import { LineIndex, lineStartsOf } from "@miglint/core";
import { isScanError, scanCsv, type CsvScan, type ScanErrorKind } from "./scan-csv.js";

export type CsvParseResult = { ok: true; document: CsvDocument } | { ok: false; message: string; line: number; column: number };

const SCAN_ERROR_MESSAGES: Record<ScanErrorKind, string> = {
	"unclosed-quote": 'Unclosed quote: the quoted field starting here never ends. A quote inside a quoted value must be doubled ("").',
	"stray-quote": 'Stray quote in an unquoted field. Put the whole value in quotes and double the quote inside it ("O""Brien").',
	"text-after-quote": 'Unexpected character after a closing quote. A quoted field must end at its closing quote; a quote inside it must be doubled ("").',
};

const TYPE_INFORMATION = /^#TYPE(?=[ \t\r\n]|$)(?:[ \t]+([^\r\n]*))?/iu;
const CANDIDATE_DELIMITERS = [",", ";", "\t"] as const;

function lineEnd(text: string, from: number): number {
	const end = text.slice(from).search(/[\r\n]/u);
	return end === -1 ? text.length : from + end;
}

function afterLineBreak(text: string, end: number): number {
	if (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a) {
		return end + 2;
	}
	return end < text.length ? end + 1 : end;
}

/**
 * Which separator the header uses. A header without commas but with `;` or
 * tabs comes from Export-Csv -UseCulture or Excel in a locale whose list
 * separator is not a comma; the file is then read with that separator, so
 * that one rule reports it instead of every rule misreading the rows.
 */
function detectDelimiter(text: string, from: number): CsvDelimiter {
	const firstOffset = new Map<string, number>();
	const counts = new Map<string, number>();
	let inQuotes = false;
	for (let index = from; index < text.length; index++) {
		const character = text[index]!;
		if (character === '"') {
			inQuotes = !inQuotes;
		} else if (!inQuotes && (character === "\n" || character === "\r")) {
			break;
		} else if (!inQuotes && (CANDIDATE_DELIMITERS as readonly string[]).includes(character)) {
			counts.set(character, (counts.get(character) ?? 0) + 1);
			if (!firstOffset.has(character)) {
				firstOffset.set(character, index);
			}
		}
	}
	if (counts.has(",")) {
		return { character: ",", offset: null };
	}
	const [best] = [...counts].sort((a, b) => b[1] - a[1]);
	return best ? { character: best[0], offset: firstOffset.get(best[0])! } : { character: ",", offset: null };
}

/** The extent of a `#TYPE` line at the start of the text: its end, and where the next line starts. */
function typeInformationExtent(text: string): { end: number; bodyStart: number } | null {
	if (!TYPE_INFORMATION.test(text)) {
		return null;
	}
	const end = lineEnd(text, 0);
	return { end, bodyStart: afterLineBreak(text, end) };
}

function typeInformationLine(data: CsvTextData, { end, bodyStart }: { end: number; bodyStart: number }): CsvTypeInformationLine {
	return {
		type: "TypeInformation",
		// Read from the text when asked for, as field values are: the document keeps no piece of the text of its own.
		get typeName() {
			return (TYPE_INFORMATION.exec(data.text)?.[1] ?? "").trim();
		},
		range: [0, end],
		get loc() {
			return data.lines.location(0, end);
		},
		rangeWithLineBreak: [0, bodyStart],
	};
}

function errorAt(text: string, offset: number, message: string): CsvParseResult {
	const { line, column } = new LineIndex(lineStartsOf(text, offset + 1), 1).position(offset);
	return { ok: false, message, line, column };
}

function isBlank(data: CsvTextData, record: number): boolean {
	const first = data.scan.recordFirstField[record]!;
	const count = data.scan.recordFirstField[record + 1]! - first;
	return count === 1 && !isQuoted(data, first) && fieldValue(data, first).trim() === "";
}

/**
 * Parses CSV text into miglint's AST, in one pass that finds every field's
 * exact extent (csv-parse does not report them) and reads CSV as csv-parse
 * does (tests/scan-agreement.test.ts holds the two together). Values are
 * decoded from the text when asked for, so that a large batch is its text and
 * a few flat arrays. Malformed quoting is the only parse error: everything
 * else (blank lines, ragged rows, odd headers, separators) is recorded for
 * the rules. A `headerless` file (a Move-CsUser user list) has rows only, and
 * no `#TYPE` line.
 */
export function parseCsv(text: string, options: ParseOptions = {}): CsvParseResult {
	return parseCsvText(text, options).result;
}

export interface ParseOptions {
	/** Every record is a row: the file has no header (a Move-CsUser -UserList file). */
	headerless?: boolean;
}

/** parseCsv, with the data the document's nodes share (null for a parse error). */
export function parseCsvText(text: string, { headerless = false }: ParseOptions = {}): { result: CsvParseResult; data: CsvTextData | null } {
	// Export-Csv writes no headerless list: there a #TYPE line is an entry like any other.
	const typeInformation = headerless ? null : typeInformationExtent(text);
	const bodyStart = typeInformation?.bodyStart ?? 0;
	const delimiter = detectDelimiter(text, bodyStart);
	const scan = scanCsv(text.slice(bodyStart), delimiter.character.charCodeAt(0));
	if (isScanError(scan)) {
		return { result: errorAt(text, bodyStart + scan.offset, SCAN_ERROR_MESSAGES[scan.kind]), data: null };
	}
	shiftScan(scan, bodyStart);
	// A #TYPE line is rare enough that its file's lines are simply counted again.
	const lines = new LineIndex(typeInformation ? lineStartsOf(text) : scan.lineStarts, 1);
	// The #TYPE line is row 1 of the file when present, as a spreadsheet shows it.
	const data: CsvTextData = { text, scan, lines, rowOffset: typeInformation ? 1 : 0 };
	return { result: { ok: true, document: buildDocument(data, typeInformation && typeInformationLine(data, typeInformation), delimiter, headerless) }, data };
}

/** Moves scan offsets from the body (after a `#TYPE` line) to the whole text. */
function shiftScan(scan: CsvScan, by: number): void {
	if (by === 0) {
		return;
	}
	for (let index = 0; index < scan.fieldStarts.length; index++) {
		scan.fieldStarts[index]! += by;
	}
}

function buildDocument(data: CsvTextData, typeInformation: CsvTypeInformationLine | null, delimiter: CsvDelimiter, headerless: boolean): CsvDocument {
	const { scan } = data;
	let headerRecord = -1;
	const blankRecords: number[] = [];
	for (let record = 0; record < scan.recordCount; record++) {
		if (isBlank(data, record)) {
			blankRecords.push(record);
		} else if (headerRecord === -1 && !headerless) {
			headerRecord = record;
		}
	}
	// The rows are the records after the header (every record of a headerless list) that are not blank.
	const firstRow = headerRecord + 1;
	const blankAfterHeader = blankRecords.filter((record) => record >= firstRow).length;
	const rowRecords = new Int32Array(scan.recordCount - firstRow - blankAfterHeader);
	for (let record = firstRow, row = 0, blank = blankRecords.length - blankAfterHeader; record < scan.recordCount; record++) {
		if (blankRecords[blank] === record) {
			blank++;
		} else {
			rowRecords[row++] = record;
		}
	}
	const end = data.text.length;
	return {
		type: "Document",
		range: [0, end],
		get loc() {
			return data.lines.location(0, end);
		},
		typeInformation,
		header: headerRecord === -1 ? null : new CsvHeader(data, headerRecord),
		rows: new CsvRows(data, rowRecords),
		blankLines: blankRecords.map((record) => new CsvBlankLine(data, record)),
		delimiter,
	};
}
