import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import type { CsvDocument } from "../src/ast.js";
import { parseCsv } from "../src/parser/parse-csv.js";

function parsed(text: string): CsvDocument {
	const result = parseCsv(text);
	if (!result.ok) {
		throw new Error(`${result.message} at ${result.line}:${result.column}`);
	}
	return result.document;
}

describe("parseCsv", () => {
	it("locates header cells, rows and cells with 1-based lines and UTF-16 columns", () => {
		const document = parsed('EmailAddress,"Pass\r\nword"\r\nJosé👍@contoso.com,x\r\n');
		const [email, password] = document.header!.cells;
		expect(email).toMatchObject({ type: "HeaderCell", index: 0, value: "EmailAddress", range: [0, 12] });
		expect(email!.loc).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 13 } });
		expect(password).toMatchObject({ value: "Pass\r\nword", quoted: true, range: [13, 25], innerRange: [14, 24] });
		expect(password!.loc).toEqual({ start: { line: 1, column: 14 }, end: { line: 2, column: 6 } });
		const [row] = document.rows;
		expect(row).toMatchObject({ type: "Row", rowNumber: 2, fieldCount: 2, values: ["José👍@contoso.com", "x"] });
		expect(row!.loc).toEqual({ start: { line: 3, column: 1 }, end: { line: 3, column: 21 } });
		// The emoji is two UTF-16 units.
		expect(row!.cell(1)!.loc.start).toEqual({ line: 3, column: 20 });
		expect(document.loc.end).toEqual({ line: 4, column: 1 });
	});

	it.each([
		["LF", "a,b\nc,d\n"],
		["CRLF", "a,b\r\nc,d\r\n"],
		["lone CR", "a,b\rc,d\r"],
		["mixed", "a,b\r\nc,d\n"],
	])("ends records and lines at %s", (_name, text) => {
		const document = parsed(text);
		expect(document.rows.at(0)!.values).toEqual(["c", "d"]);
		expect(document.rows.at(0)!.loc.start).toEqual({ line: 2, column: 1 });
	});

	it("numbers rows as a spreadsheet does, counting blank lines and the #TYPE line", () => {
		const document = parsed("#TYPE X\nEmailAddress\n\na@contoso.com\n");
		expect(document.typeInformation).toMatchObject({ typeName: "X", range: [0, 7], rangeWithLineBreak: [0, 8] });
		expect(document.header!.rowNumber).toBe(2);
		expect(document.blankLines.map((line) => line.rowNumber)).toEqual([3]);
		expect(Array.from(document.rows, (row) => [row.rowNumber, row.loc.start.line])).toEqual([[4, 4]]);
	});

	it("gives the row of a record after quoted newlines, with its own line", () => {
		const document = parsed('a,b\n"1\n2\n3",x\ny,z\n');
		expect(Array.from(document.rows, (row) => [row.rowNumber, row.loc.start.line])).toEqual([
			[2, 2],
			[3, 5],
		]);
	});

	it("keeps ragged rows and blank lines for the rules", () => {
		const document = parsed("a,b\n1\n\n   \n1,2,3\n");
		expect(Array.from(document.rows, (row) => row.fieldCount)).toEqual([1, 3]);
		expect(document.blankLines.map((line) => line.rangeWithLineBreak)).toEqual([
			[6, 7],
			[7, 11],
		]);
	});

	it.each([
		[";", 'EmailAddress;Password\n"a;b";c\n', 12],
		["\t", "EmailAddress\tPassword\na\tb\n", 12],
		[",", "EmailAddress,Pass;word\na,b\n", null],
		[",", "EmailAddress\na;b\n", null],
	])("reads the separator %j from the header", (character, text, offset) => {
		const document = parsed(text);
		expect(document.delimiter).toEqual({ character, offset });
		expect(document.header!.cells.length).toBe(offset === null ? text.split("\n")[0]!.split(",").length : 2);
	});

	it("reads every line of a headerless list as a row, a #TYPE line included", () => {
		const result = parseCsv("#TYPE x\nsip:a@contoso.com,sip:b@contoso.com\n\nsip:c@contoso.com\n", { headerless: true });
		if (!result.ok) throw new Error(result.message);
		const { header, typeInformation, rows, blankLines } = result.document;
		expect([header, typeInformation]).toEqual([null, null]);
		expect(Array.from(rows, (row) => [row.rowNumber, row.values])).toEqual([
			[1, ["#TYPE x"]],
			[2, ["sip:a@contoso.com", "sip:b@contoso.com"]],
			[4, ["sip:c@contoso.com"]],
		]);
		expect(blankLines.map((line) => line.rowNumber)).toEqual([3]);
	});

	it("has no header and no rows for an empty file", () => {
		const document = parsed("");
		expect(document).toMatchObject({ header: null, rows: { length: 0 }, blankLines: [], typeInformation: null });
		expect(document.loc).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
	});

	it.each([
		["an unclosed quote, at the opening quote", 'a,b\n1,"two\n3,4\n', 2, 3, /^Unclosed quote/u],
		["a stray quote in an unquoted field", 'a,b\n1,O"Brien\n', 2, 4, /^Stray quote/u],
		["text after a closing quote", 'a,b\n1,"x"y\n', 2, 6, /^Unexpected character after a closing quote/u],
		["a quote after a blank", 'a,b\n1, "x"\n', 2, 4, /^Stray quote/u],
		["an unclosed quote after a #TYPE line", '#TYPE T\na\n"x\n', 3, 1, /^Unclosed quote/u],
	])("reports %s at its exact position", (_what, text, line, column, message) => {
		const result = parseCsv(text);
		expect(result.ok).toBe(false);
		expect(result).toMatchObject({ line, column });
		expect(!result.ok && result.message).toMatch(message);
	});

	it("makes each row from its record index when it is read, so that a large batch is its text and a few flat arrays", () => {
		const document = parsed('EmailAddress,Password\na@contoso.com,"x""y"\n');
		const [row] = document.rows;
		// No values, cells, type or row number of its own: all are read from the shared data when asked for.
		expect(Object.keys(row!)).toEqual(["data", "record"]);
		// Nor is the row kept: the document holds no object per row.
		expect(document.rows.at(0)).not.toBe(row);
		expect(document.rows.at(0)).toEqual(row);
		expect(row!.value(1)).toBe('x"y');
		expect(row!.cell(1)).not.toBe(row!.cell(1));
		expect(Object.keys(row!.cell(1)!).sort()).toEqual(["data", "field", "index"]);
	});

	it("keeps a large batch in less memory than its text: no object per row, a few bytes per field", () => {
		// A full collection before each measure, for figures that do not depend on when the collector last ran.
		setFlagsFromString("--expose-gc");
		const collect = runInNewContext("gc") as () => void;
		const rows = Array.from({ length: 60_000 }, (_, index) => `user.${String(index).padStart(6, "0")}@contoso.com,Harbour-${index}-Lamp!,False`);
		const text = ["EmailAddress,Password,ForceChangePassword", ...rows, ""].join("\r\n");
		const used = () => {
			collect();
			const { heapUsed, arrayBuffers } = process.memoryUsage();
			return heapUsed + arrayBuffers;
		};
		const before = used();
		const document = parsed(text);
		const kept = used() - before;
		expect(document.rows.length).toBe(60_000);
		// About 25 bytes a row of 52 (field starts, record and line starts, the row's record); a row object, and each
		// field's end and quoting, made it 88.
		expect(kept).toBeLessThan(text.length * 0.75);
	});

	it("never puts a field's value in a parse error message", () => {
		const result = parseCsv('EmailAddress,Password\na@contoso.com,Se"cret1!\n');
		expect(!result.ok && result.message).not.toContain("Se");
	});
});
