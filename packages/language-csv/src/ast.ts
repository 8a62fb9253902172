import type { SourceLocation, SourceRange } from "@eslint/core";
import type { LineIndex } from "@miglint/core";
import type { CsvScan } from "./parser/scan-csv.js";

/** What every node shares: the scanned text, its field table, csv-parse's values and the line index. */
export interface CsvTextData {
	readonly text: string;
	readonly scan: CsvScan;
	readonly records: readonly string[][];
	readonly lines: LineIndex;
}

function recordStart(data: CsvTextData, record: number): number {
	return data.scan.fieldStarts[data.scan.recordFirstField[record]!]!;
}

function recordEnd(data: CsvTextData, record: number): number {
	return data.scan.fieldEnds[data.scan.recordFirstField[record + 1]! - 1]!;
}

/** Offset where the next record starts: the end of this record's line ending. */
function recordEndWithLineBreak(data: CsvTextData, record: number): number {
	return record + 1 < data.scan.recordCount ? recordStart(data, record + 1) : data.text.length;
}

/**
 * A record of the file. `rowNumber` counts every record from 1, as a
 * spreadsheet numbers rows: the header is row 1 when it is the first line.
 * Locations are computed on demand from the shared line index.
 */
abstract class CsvRecordNode {
	abstract readonly type: string;
	readonly rowNumber: number;
	protected readonly data: CsvTextData;
	protected readonly record: number;

	constructor(data: CsvTextData, record: number, rowOffset = 0) {
		this.data = data;
		this.record = record;
		this.rowNumber = record + 1 + rowOffset;
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

	/** Field values as csv-parse decoded them. */
	get values(): readonly string[] {
		return this.data.records[this.record]!;
	}
}

/** One field: its decoded value, its raw extent (quotes included) and the extent of the text between the quotes. */
abstract class CsvFieldNode {
	abstract readonly type: string;
	/** 0-based position of the field in its record (its column). */
	readonly index: number;
	readonly value: string;
	protected readonly data: CsvTextData;
	protected readonly field: number;

	constructor(data: CsvTextData, field: number, index: number, value: string) {
		this.data = data;
		this.field = field;
		this.index = index;
		this.value = value;
	}

	get quoted(): boolean {
		return this.data.scan.fieldQuoted[this.field] === 1;
	}

	get range(): SourceRange {
		return [this.data.scan.fieldStarts[this.field]!, this.data.scan.fieldEnds[this.field]!];
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
	readonly type = "Cell";
}

export class CsvHeaderCell extends CsvFieldNode {
	readonly type = "HeaderCell";

	/** The column name as written, whitespace included. */
	get name(): string {
		return this.value;
	}
}

function fieldNodes<T>(data: CsvTextData, record: number, create: (field: number, index: number, value: string) => T): T[] {
	const first = data.scan.recordFirstField[record]!;
	const values = data.records[record]!;
	return values.map((value, index) => create(first + index, index, value));
}

export class CsvHeader extends CsvRecordNode {
	readonly type = "Header";
	readonly cells: readonly CsvHeaderCell[];

	constructor(data: CsvTextData, record: number, rowOffset = 0) {
		super(data, record, rowOffset);
		this.cells = fieldNodes(data, record, (field, index, value) => new CsvHeaderCell(data, field, index, value));
	}

	get names(): readonly string[] {
		return this.values;
	}
}

/**
 * A data row. Its cells are created only when a rule asks for them, so that
 * checking one column of a large file does not build every cell.
 */
export class CsvRow extends CsvRecordNode {
	readonly type = "Row";
	#cells: CsvCell[] | undefined;

	get cells(): readonly CsvCell[] {
		this.#cells ??= fieldNodes(this.data, this.record, (field, index, value) => new CsvCell(this.data, field, index, value));
		return this.#cells;
	}

	/** The cell of a column, or undefined when the row is too short to have one. */
	cell(column: number): CsvCell | undefined {
		if (this.#cells) {
			return this.#cells[column];
		}
		if (column < 0 || column >= this.fieldCount) {
			return undefined;
		}
		const field = this.data.scan.recordFirstField[this.record]! + column;
		return new CsvCell(this.data, field, column, this.values[column]!);
	}
}

/** A line with no content (or only blanks): not a row to the migration service, but a broken one. */
export class CsvBlankLine extends CsvRecordNode {
	readonly type = "BlankLine";
}

/** The `#TYPE ...` line Windows PowerShell's Export-Csv writes above the header. */
export interface CsvTypeInformationLine {
	type: "TypeInformation";
	/** The text after `#TYPE`. */
	typeName: string;
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
	rows: readonly CsvRow[];
	blankLines: readonly CsvBlankLine[];
	delimiter: CsvDelimiter;
}

export type CsvNode = CsvDocument | CsvHeader | CsvHeaderCell | CsvRow | CsvCell | CsvBlankLine | CsvTypeInformationLine;
