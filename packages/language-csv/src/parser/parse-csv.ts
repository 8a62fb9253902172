import { parse } from "csv-parse/sync";
import { CsvBlankLine, CsvHeader, CsvRow, type CsvDelimiter, type CsvDocument, type CsvTextData, type CsvTypeInformationLine } from "../ast.js";
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

function readTypeInformation(text: string, lines: () => LineIndex): { line: CsvTypeInformationLine | null; bodyStart: number } {
	const match = TYPE_INFORMATION.exec(text);
	if (!match) {
		return { line: null, bodyStart: 0 };
	}
	const end = lineEnd(text, 0);
	const bodyStart = afterLineBreak(text, end);
	return {
		line: {
			type: "TypeInformation",
			typeName: (match[1] ?? "").trim(),
			range: [0, end],
			get loc() {
				return lines().location(0, end);
			},
			rangeWithLineBreak: [0, bodyStart],
		},
		bodyStart,
	};
}

function errorAt(text: string, offset: number, message: string): CsvParseResult {
	const { line, column } = new LineIndex(lineStartsOf(text, offset + 1), 1).position(offset);
	return { ok: false, message, line, column };
}

function isBlank(data: CsvTextData, record: number): boolean {
	const first = data.scan.recordFirstField[record]!;
	const count = data.scan.recordFirstField[record + 1]! - first;
	return count === 1 && data.scan.fieldQuoted[first] === 0 && data.records[record]![0]!.trim() === "";
}

/**
 * Parses CSV text into miglint's AST. csv-parse decodes the values; a scan of
 * the same text gives every field's exact extent, which csv-parse does not
 * report. Malformed quoting is the only parse error: everything else (blank
 * lines, ragged rows, odd headers, separators) is recorded for the rules.
 * A `headerless` file (a Move-CsUser user list) has rows only, and no `#TYPE` line.
 */
export function parseCsv(text: string, { headerless = false }: { headerless?: boolean } = {}): CsvParseResult {
	// eslint-disable-next-line prefer-const -- read (lazily, by the #TYPE line reader) before it is assigned below
	let lines: LineIndex | undefined;
	// Export-Csv writes no headerless list: there a #TYPE line is an entry like any other.
	const typeInformation = headerless ? { line: null, bodyStart: 0 } : readTypeInformation(text, () => lines!);
	const delimiter = detectDelimiter(text, typeInformation.bodyStart);
	const body = text.slice(typeInformation.bodyStart);
	const scan = scanCsv(body, delimiter.character.charCodeAt(0));
	if (isScanError(scan)) {
		return errorAt(text, typeInformation.bodyStart + scan.offset, SCAN_ERROR_MESSAGES[scan.kind]);
	}
	let records: string[][];
	try {
		records = parse(body, {
			delimiter: delimiter.character,
			record_delimiter: ["\r\n", "\n", "\r"],
			relax_column_count: true,
			skip_empty_lines: false,
			bom: false,
		});
	} catch (error) {
		// The scan accepts exactly what csv-parse accepts; reaching this is a bug, reported without the field's value.
		const { code, lines: line } = error as { code?: string; lines?: number };
		return { ok: false, message: `csv-parse rejected the file (${code ?? "unknown error"})`, line: line ?? 1, column: 1 };
	}
	if (records.length !== scan.recordCount) {
		throw new Error(`CSV scan found ${scan.recordCount} records where csv-parse found ${records.length}`);
	}
	shiftScan(scan, typeInformation.bodyStart);
	// A #TYPE line is rare enough that its file's lines are simply counted again.
	lines = new LineIndex(typeInformation.line ? lineStartsOf(text) : scan.lineStarts, 1);
	const data: CsvTextData = { text, scan, records, lines };
	return { ok: true, document: buildDocument(data, typeInformation.line, delimiter, headerless) };
}

/** Moves scan offsets from the body (after a `#TYPE` line) to the whole text. */
function shiftScan(scan: CsvScan, by: number): void {
	if (by === 0) {
		return;
	}
	for (const offsets of [scan.fieldStarts, scan.fieldEnds]) {
		for (let index = 0; index < offsets.length; index++) {
			offsets[index]! += by;
		}
	}
}

function buildDocument(data: CsvTextData, typeInformation: CsvTypeInformationLine | null, delimiter: CsvDelimiter, headerless: boolean): CsvDocument {
	const { scan } = data;
	let header: CsvHeader | null = null;
	const rows: CsvRow[] = [];
	const blankLines: CsvBlankLine[] = [];
	// The #TYPE line is row 1 of the file when present, as a spreadsheet shows it.
	const rowOffset = typeInformation ? 1 : 0;
	for (let record = 0; record < scan.recordCount; record++) {
		const fieldCount = scan.recordFirstField[record + 1]! - scan.recordFirstField[record]!;
		if (data.records[record]!.length !== fieldCount) {
			throw new Error(`CSV scan and csv-parse disagree on the fields of record ${record + 1}`);
		}
		if (isBlank(data, record)) {
			blankLines.push(new CsvBlankLine(data, record, rowOffset));
		} else if (header === null && !headerless) {
			header = new CsvHeader(data, record, rowOffset);
		} else {
			rows.push(new CsvRow(data, record, rowOffset));
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
		header,
		rows,
		blankLines,
		delimiter,
	};
}
