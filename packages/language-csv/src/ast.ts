import type { SourceLocation, SourceRange } from "@eslint/core";
import type { LineIndex } from "@miglint/core";
import type { CsvScan } from "./parser/scan-csv.js";

/** What every node shares: the scanned text, its field table and the line index. */
export interface CsvTextData {
	/** Replaced only by an equal text, so that a parse kept for linting shares ESLint's copy (see parse-for-lint.ts). */
	text: string;
	readonly scan: CsvScan;
	readonly lines: LineIndex;
	/** Lines of the file before the first record: 1 for a `#TYPE` line, which a spreadsheet shows as row 1. */
	readonly rowOffset: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Whether a field is quoted: a quote opens a quoted field only at its start, and an unquoted field holds none. */
export function isQuoted(data: CsvTextData, field: number): boolean {
	return data.text.charCodeAt(data.scan.fieldStarts[field]!) === QUOTE;
}

/**
 * Where a field ends (after its closing quote): at the separator before the next field of its record, or at the
 * line break (CRLF, LF or a lone CR) that ends its record, or at the end of the text. A field that ends its record is
 * never followed by a separator, and no field ends with a line break character (a quoted one ends with its quote).
 */
function fieldEnd(data: CsvTextData, field: number): number {
	const { text, scan } = data;
	const last = field === scan.fieldStarts.length - 1;
	const next = last ? text.length : scan.fieldStarts[field + 1]!;
	const before = text.charCodeAt(next - 1);
	if (!last && before === scan.delimiter) {
		return next - 1;
	}
	if (before === LF) {
		return text.charCodeAt(next - 2) === CR ? next - 2 : next - 1;
	}
	return before === CR ? next - 1 : next;
}

/** A field's value as csv-parse gives it: its raw text, or for a quoted field the text between the quotes with each `""` read as `"`. */
export function fieldValue(data: CsvTextData, field: number): string {
	const start = data.scan.fieldStarts[field]!;
	const end = fieldEnd(data, field);
	if (!isQuoted(data, field)) {
		return data.text.slice(start, end);
	}
	const inner = data.text.slice(start + 1, end - 1);
	return inner.includes('"') ? inner.replaceAll('""', '"') : inner;
}

function recordStart(data: CsvTextData, record: number): number {
	return data.scan.fieldStarts[data.scan.recordFirstField[record]!]!;
}

function recordEnd(data: CsvTextData, record: number): number {
	return fieldEnd(data, data.scan.recordFirstField[record + 1]! - 1);
}

/** Offset where the next record starts: the end of this record's line ending. */
function recordEndWithLineBreak(data: CsvTextData, record: number): number {
	return record + 1 < data.scan.recordCount ? recordStart(data, record + 1) : data.text.length;
}

/**
 * A record of the file: the shared data and its index, nothing else, since a
 * batch has one per row. Everything else (its type, row number, extent,
 * location, values) is computed when asked for.
 */
abstract class CsvRecordNode {
	abstract get type(): string;
	protected readonly data: CsvTextData;
	protected readonly record: number;

	constructor(data: CsvTextData, record: number) {
		this.data = data;
		this.record = record;
	}

	/** The record's number counting from 1, as a spreadsheet numbers rows: the header is row 1 when it is the first line. */
	get rowNumber(): number {
		return this.record + 1 + this.data.rowOffset;
	}

	get range(): SourceRange {
		return [recordStart(this.data, this.record), recordEnd(this.data, this.record)];
	}

	get loc(): SourceLocation {
		const [start, end] = this.range;
		return this.data.lines.location(start, end);
	}

	/** The record with its line ending, for fixes that remove the whole line. */
	get rangeWithLineBreak(): SourceRange {
		return [recordStart(this.data, this.record), recordEndWithLineBreak(this.data, this.record)];
	}

	/** Number of fields in this record. */
	get fieldCount(): number {
		const first = this.data.scan.recordFirstField;
		return first[this.record + 1]! - first[this.record]!;
	}

	/**
	 * Field values, decoded from the text at each call: a rule that reads one
	 * column takes `value(column)`, which decodes that field only.
	 */
	get values(): readonly string[] {
		const first = this.data.scan.recordFirstField[this.record]!;
		return Array.from({ length: this.fieldCount }, (_, index) => fieldValue(this.data, first + index));
	}

	/** The value of a column, or undefined when the record is too short to have one. */
	value(column: number): string | undefined {
		return column >= 0 && column < this.fieldCount ? fieldValue(this.data, this.data.scan.recordFirstField[this.record]! + column) : undefined;
	}
}

/** One field: its decoded value, its raw extent (quotes included) and the extent of the text between the quotes. */
abstract class CsvFieldNode {
	abstract get type(): string;
	/** 0-based position of the field in its record (its column). */
	readonly index: number;
	protected readonly data: CsvTextData;
	protected readonly field: number;

	constructor(data: CsvTextData, field: number, index: number) {
		this.data = data;
		this.field = field;
		this.index = index;
	}

	/** The decoded value, read from the text at each call (see fieldValue). */
	get value(): string {
		return fieldValue(this.data, this.field);
	}

	get quoted(): boolean {
		return isQuoted(this.data, this.field);
	}

	get range(): SourceRange {
		return [this.data.scan.fieldStarts[this.field]!, fieldEnd(this.data, this.field)];
	}

	/** The text inside the quotes (or the whole field when unquoted). */
	get innerRange(): SourceRange {
		const [start, end] = this.range;
		return this.quoted ? [start + 1, end - 1] : [start, end];
	}

	get loc(): SourceLocation {
		const [start, end] = this.range;
		return this.data.lines.location(start, end);
	}

	/**
	 * Location of one character of the value (an escaped quote `""` is one
	 * character of the value); an offset at the end of the value gives the
	 * empty location just after it.
	 */
	characterLoc(valueOffset: number): SourceLocation {
		if (valueOffset >= this.value.length) {
			const end = this.innerRange[1];
			return this.data.lines.location(end, end);
		}
		let offset = this.innerRange[0];
		for (let index = 0; index < valueOffset; index++) {
			offset += this.quoted && this.data.text.charCodeAt(offset) === 0x22 ? 2 : 1;
		}
		const code = this.data.text.charCodeAt(offset);
		// A doubled quote stands for one; a surrogate pair is one character.
		const width = (this.quoted && code === 0x22) || (code >= 0xd800 && code <= 0xdbff) ? 2 : 1;
		return this.data.lines.location(offset, offset + width);
	}
}

export class CsvCell extends CsvFieldNode {
	get type(): "Cell" {
		return "Cell";
	}
}

export class CsvHeaderCell extends CsvFieldNode {
	get type(): "HeaderCell" {
		return "HeaderCell";
	}

	/** The column name as written, whitespace included. */
	get name(): string {
		return this.value;
	}
}

function fieldNodes<T>(data: CsvTextData, record: number, create: (field: number, index: number) => T): T[] {
	const first = data.scan.recordFirstField[record]!;
	const count = data.scan.recordFirstField[record + 1]! - first;
	return Array.from({ length: count }, (_, index) => create(first + index, index));
}

export class CsvHeader extends CsvRecordNode {
	readonly cells: readonly CsvHeaderCell[];

	constructor(data: CsvTextData, record: number) {
		super(data, record);
		this.cells = fieldNodes(data, record, (field, index) => new CsvHeaderCell(data, field, index));
	}

	get type(): "Header" {
		return "Header";
	}

	get names(): readonly string[] {
		return this.values;
	}
}

/**
 * A data row. Its cells are created when a rule asks for them, and not kept,
 * so that checking one column of a large file does not build every cell.
 */
export class CsvRow extends CsvRecordNode {
	get type(): "Row" {
		return "Row";
	}

	get cells(): readonly CsvCell[] {
		return fieldNodes(this.data, this.record, (field, index) => new CsvCell(this.data, field, index));
	}

	/** The cell of a column, or undefined when the row is too short to have one. */
	cell(column: number): CsvCell | undefined {
		if (column < 0 || column >= this.fieldCount) {
			return undefined;
		}
		const field = this.data.scan.recordFirstField[this.record]! + column;
		return new CsvCell(this.data, field, column);
	}
}

/**
 * The data rows of a document, each made from its record index when it is
 * read: a 200,000-row batch holds 4 bytes per row rather than an object. A row
 * read twice is two equal objects, not one.
 */
export class CsvRows implements Iterable<CsvRow> {
	readonly #data: CsvTextData;
	readonly #records: Int32Array;

	constructor(data: CsvTextData, records: Int32Array) {
		this.#data = data;
		this.#records = records;
	}

	get length(): number {
		return this.#records.length;
	}

	/** The row at an index (from the end when negative, as `Array#at`), or undefined. */
	at(index: number): CsvRow | undefined {
		const record = this.#records.at(index);
		return record === undefined ? undefined : new CsvRow(this.#data, record);
	}

	*[Symbol.iterator](): Iterator<CsvRow> {
		for (const record of this.#records) {
			yield new CsvRow(this.#data, record);
		}
	}
}

/** A line with no content (or only blanks): not a row to the migration service, but a broken one. */
export class CsvBlankLine extends CsvRecordNode {
	get type(): "BlankLine" {
		return "BlankLine";
	}
}

/** The `#TYPE ...` line Windows PowerShell's Export-Csv writes above the header. */
export interface CsvTypeInformationLine {
	type: "TypeInformation";
	/** The text after `#TYPE`. */
	readonly typeName: string;
	range: SourceRange;
	loc: SourceLocation;
	/** The line with its line ending, for the fix that removes it. */
	rangeWithLineBreak: SourceRange;
}

export interface CsvDelimiter {
	/** The separator the file uses: "," normally, ";" or a tab when saved with a culture's list separator. */
	character: string;
	/** Offset of its first use in the header, when it is not a comma. */
	offset: number | null;
}

export interface CsvDocument {
	type: "Document";
	range: SourceRange;
	loc: SourceLocation;
	typeInformation: CsvTypeInformationLine | null;
	/** The first record that is not blank and not a `#TYPE` line; null for an empty file and for a headerless list. */
	header: CsvHeader | null;
	/** Data rows after the header, or every record of a headerless list (blank lines excluded). */
	rows: CsvRows;
	blankLines: readonly CsvBlankLine[];
	delimiter: CsvDelimiter;
}

export type CsvNode = CsvDocument | CsvHeader | CsvHeaderCell | CsvRow | CsvCell | CsvBlankLine | CsvTypeInformationLine;
