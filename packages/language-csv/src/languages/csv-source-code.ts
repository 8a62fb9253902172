import type { SourceLocation, SourceRange } from "@eslint/core";
import { TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
import { getValueValidator, type EncodingFacts, type ValueViolation } from "@miglint/core";
import type { CsvBlankLine, CsvDocument, CsvNode, CsvRow } from "../ast.js";
import type { CsvLanguageOptions } from "./csv-language.js";
import { mapColumns, type CsvColumn, type ResolvedCsvType } from "./csv-columns.js";

const ENTER = 1;
const EXIT = 2;

/** Rows and blank lines in file order. */
function* recordsInOrder(rows: readonly CsvRow[], blankLines: readonly CsvBlankLine[]): Generator<CsvRow | CsvBlankLine> {
	let blank = 0;
	for (const row of rows) {
		while (blank < blankLines.length && blankLines[blank]!.rowNumber < row.rowNumber) {
			yield blankLines[blank++]!;
		}
		yield row;
	}
	while (blank < blankLines.length) {
		yield blankLines[blank++]!;
	}
}

/**
 * The CSV file as rules see it: the decoded text, the AST, the encoding facts
 * of the bytes, the file's migration CSV type and its columns.
 */
export class CsvSourceCode extends TextSourceCodeBase<{
	LangOptions: CsvLanguageOptions;
	RootNode: CsvDocument;
	SyntaxElementWithLoc: CsvNode;
	ConfigNode: never;
}> {
	readonly encoding: EncodingFacts;
	readonly csvType: ResolvedCsvType | null;
	#columns: CsvColumn[] | undefined;

	constructor({ text, ast, encoding, csvType }: { text: string; ast: CsvDocument; encoding: EncodingFacts; csvType: ResolvedCsvType | null }) {
		super({ text, ast, lineEndingPattern: /\r\n|[\r\n]/u });
		this.encoding = encoding;
		this.csvType = csvType;
	}

	/** Header columns with their declaration in the file's type. */
	get columns(): readonly CsvColumn[] {
		this.#columns ??= mapColumns(this.ast.header, this.csvType);
		return this.#columns;
	}

	/** The first column declared as `name` by the file's type (however it is spelled in the header). */
	getColumn(name: string): CsvColumn | undefined {
		return this.columns.find((column) => column.declaration?.name === name);
	}

	/** The value of `column` in every data row long enough to have one (empty values included). */
	*valuesOf(column: CsvColumn): Generator<{ row: CsvRow; value: string }> {
		for (const row of this.ast.rows) {
			const value = row.values[column.index];
			if (value !== undefined) {
				yield { row, value };
			}
		}
	}

	/** Non-empty values of `column` that break its type's value schema, with what they break. */
	*valueViolations(column: CsvColumn): Generator<{ row: CsvRow; value: string; violations: ValueViolation[] }> {
		const validate = column.declaration && getValueValidator(column.declaration);
		if (!validate) {
			return;
		}
		for (const { row, value } of this.valuesOf(column)) {
			if (value !== "") {
				const violations = validate(value);
				if (violations.length > 0) {
					yield { row, value, violations };
				}
			}
		}
	}

	override getLoc(node: CsvNode): SourceLocation {
		return node.loc;
	}

	override getRange(node: CsvNode): SourceRange {
		return node.range;
	}

	/** Parents follow from node types; a data cell, which traversal does not visit, has none. */
	override getParent(node: CsvNode): CsvNode | undefined {
		switch (node.type) {
			case "Document":
			case "Cell":
				return undefined;
			case "HeaderCell":
				return this.ast.header ?? undefined;
			default:
				return this.ast;
		}
	}

	/**
	 * Visits the document, the `#TYPE` line, the header and its cells, then rows
	 * and blank lines in file order. Data cells are not visited (a large batch
	 * has hundreds of thousands); rules reach them through `Row#cells`.
	 */
	override *traverse(): Generator<VisitNodeStep> {
		const document = this.ast;
		yield this.#step(document, null, ENTER);
		if (document.typeInformation) {
			yield* this.#leaf(document.typeInformation, document);
		}
		const header = document.header;
		if (header) {
			yield this.#step(header, document, ENTER);
			for (const cell of header.cells) {
				yield* this.#leaf(cell, header);
			}
			yield this.#step(header, document, EXIT);
		}
		for (const record of recordsInOrder(document.rows, document.blankLines)) {
			yield this.#step(record, document, ENTER);
			yield this.#step(record, document, EXIT);
		}
		yield this.#step(document, null, EXIT);
	}

	#step(node: CsvNode, parent: CsvNode | null, phase: typeof ENTER | typeof EXIT): VisitNodeStep {
		return new VisitNodeStep({ target: node, phase, args: [node, parent] });
	}

	*#leaf(node: CsvNode, parent: CsvNode): Generator<VisitNodeStep> {
		yield this.#step(node, parent, ENTER);
		yield this.#step(node, parent, EXIT);
	}
}
