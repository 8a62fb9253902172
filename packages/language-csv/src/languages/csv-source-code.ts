import type { FileProblem, RulesConfig, SourceLocation, SourceRange } from "@eslint/core";
import { TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
import {
	closest,
	csvTypes,
	diagnoseSmtpAddress,
	isDocumentedColumnName,
	getValueValidator,
	normalizeColumnName,
	type EncodingFacts,
	type ValueViolation,
} from "@miglint/core";
import type { CsvDocument, CsvHeaderCell, CsvNode, CsvRow } from "../ast.js";
import type { CsvLanguageOptions } from "./csv-language.js";
import { mapColumns, type CsvColumn, type ResolvedCsvType } from "./csv-columns.js";

const ENTER = 1;

const knownColumnNames = [...new Set(csvTypes.flatMap((type) => type.columns.map((column) => column.name)))];
const secretColumnNames = new Set(csvTypes.flatMap((type) => type.columns.filter((column) => column.secret).map((column) => normalizeColumnName(column.name))));

/** The letters of a name in order, so that names whose words are swapped ('ForcePasswordChange') compare equal. */
function lettersOf(name: string): string {
	return Array.from(normalizeColumnName(name)).sort().join("");
}

const columnNameLetters = new Set(knownColumnNames.map(lettersOf));

/**
 * A documented column name, or a misspelling of one (a typo or swapped words)
 * made of letters and blanks only: a valid Microsoft 365 password mixes three
 * kinds of characters, and 'Password1!' must not pass as a misspelling.
 */
function isKnownColumnName(name: string): boolean {
	if (isDocumentedColumnName(name)) {
		return true;
	}
	return /^[\p{L} _-]+$/u.test(name) && (closest(name, knownColumnNames) !== undefined || columnNameLetters.has(lettersOf(name)));
}

function isAddressColumn(column: CsvColumn): boolean {
	const value = column.declaration?.value as { smtpAddress?: boolean } | undefined;
	return value?.smtpAddress === true;
}

const EXIT = 2;

export interface CsvValueViolation {
	row: CsvRow;
	value: string;
	violations: ValueViolation[];
}

/**
 * The CSV file as rules see it: the decoded text, the AST, the encoding facts
 * of the bytes, the file's migration CSV type and its columns.
 */
/** The longest text a message quotes whole: longer ones are cut, so that a message stays one readable line. */
const MAX_QUOTED_LENGTH = 60;

/** `'text'`, cut to MAX_QUOTED_LENGTH characters with an ellipsis (never between the two halves of a surrogate pair). */
function quoted(text: string): string {
	if (text.length <= MAX_QUOTED_LENGTH) {
		return `'${text}'`;
	}
	const last = text.charCodeAt(MAX_QUOTED_LENGTH - 2);
	const end = last >= 0xd800 && last <= 0xdbff ? MAX_QUOTED_LENGTH - 2 : MAX_QUOTED_LENGTH - 1;
	return `'${text.slice(0, end)}…'`;
}

/** Why a migration batch does not parse, and where. */
export interface CsvSyntaxError {
	message: string;
	loc: SourceLocation;
}

export class CsvSourceCode extends TextSourceCodeBase<{
	LangOptions: CsvLanguageOptions;
	RootNode: CsvDocument;
	SyntaxElementWithLoc: CsvNode;
	ConfigNode: never;
}> {
	readonly encoding: EncodingFacts;
	readonly csvType: ResolvedCsvType | null;
	/** Whether rules see the file: it is a migration batch, or `csv.allFiles` asks for every CSV file. */
	readonly linted: boolean;
	/**
	 * Why the batch does not parse, or null. ESLint gets it through
	 * `applyInlineConfig` and reports it as a parse error; the document is then
	 * empty, and only the rules declared to run there (`runsOnSyntaxErrors` of
	 * `defineRule`: those that read the bytes alone) run.
	 */
	readonly syntaxError: CsvSyntaxError | null;
	#columns: CsvColumn[] | undefined;
	readonly #violations = new Map<number, CsvValueViolation[]>();
	#secrets: boolean | undefined;

	constructor({
		text,
		ast,
		encoding,
		csvType,
		linted,
		syntaxError,
	}: {
		text: string;
		ast: CsvDocument;
		encoding: EncodingFacts;
		csvType: ResolvedCsvType | null;
		linted: boolean;
		syntaxError: CsvSyntaxError | null;
	}) {
		super({ text, ast, lineEndingPattern: /\r\n|[\r\n]/u });
		this.encoding = encoding;
		this.csvType = csvType;
		this.linted = linted;
		this.syntaxError = syntaxError;
	}

	/** The parse error as the fatal problem ESLint reports a parse error as; a CSV file has no inline configuration. */
	applyInlineConfig(): { problems: FileProblem[]; configs: { config: { rules: RulesConfig }; loc: SourceLocation }[] } {
		const problems: FileProblem[] = this.syntaxError
			? [{ ruleId: null, message: `Parsing error: ${this.syntaxError.message}`, loc: this.syntaxError.loc }]
			: [];
		return { problems, configs: [] };
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

	/**
	 * Calls `visit` with the value of `column` in every data row long enough to
	 * have one (empty values included). A callback rather than a list: a batch
	 * can have hundreds of thousands of rows, and rules read several columns.
	 */
	forEachValue(column: CsvColumn, visit: (value: string, row: CsvRow) => void): void {
		for (const row of this.ast.rows) {
			const value = row.value(column.index);
			if (value !== undefined) {
				visit(value, row);
			}
		}
	}

	/**
	 * A cell value as a message may quote it: `'value'`, or why it is not shown.
	 * Messages must never carry a password, and a password can sit anywhere
	 * when fields are misplaced or columns swapped: so a row whose field count
	 * differs from the header's is never quoted, and in a file that may hold
	 * passwords only valid SMTP addresses in an address column are.
	 */
	quoteValue(row: CsvRow, column: CsvColumn, value: string): string {
		if (row.fieldCount !== this.ast.header?.fieldCount) {
			return "(value not shown: the row has misplaced fields)";
		}
		if (this.#mayHoldSecrets() && !(isAddressColumn(column) && diagnoseSmtpAddress(value) === null)) {
			return "(value not shown: it could be a misplaced password)";
		}
		return quoted(value);
	}

	/**
	 * A header name as a message may show it: `'name'`, or where it is. A lost
	 * line break, a line separator CSV does not know (NEL, U+2028) or a
	 * header-less batch puts data cells in the header, and in a file that may
	 * hold passwords any of them may be one: there only names that are, or are
	 * a plain misspelling of, documented column names are shown.
	 */
	quoteHeaderName(cell: CsvHeaderCell): string {
		return this.showsHeaderName(cell) ? quoted(cell.name.trim()) : `in column ${cell.index + 1} (not shown: it may be a password)`;
	}

	/** Whether messages may show this header name (see quoteHeaderName); a hint derived from a hidden name (a did-you-mean) would leak it too. */
	showsHeaderName(cell: CsvHeaderCell): boolean {
		return !this.#mayHoldSecrets() || isKnownColumnName(cell.name.trim());
	}

	/**
	 * Whether any misplaced cell may be a password: the header names a secret
	 * column, or the file's type has one and was set by the configuration or a
	 * script, so that the first line need not be a header at all.
	 */
	#mayHoldSecrets(): boolean {
		this.#secrets ??=
			(this.ast.header?.names.some((name) => secretColumnNames.has(normalizeColumnName(name))) ?? false) ||
			(this.csvType !== null && this.csvType.origin !== "header" && this.csvType.declaration.columns.some((column) => column.secret));
		return this.#secrets;
	}

	/** Non-empty values of `column` that break its type's value schema, with what they break (computed once). */
	valueViolations(column: CsvColumn): readonly CsvValueViolation[] {
		let found = this.#violations.get(column.index);
		if (!found) {
			found = [];
			const validate = column.declaration && getValueValidator(column.declaration);
			for (const row of validate ? this.ast.rows : []) {
				const value = row.value(column.index);
				if (value) {
					const violations = validate!(value);
					if (violations.length > 0) {
						found.push({ row, value, violations });
					}
				}
			}
			this.#violations.set(column.index, found);
		}
		return found;
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
	 * Visits the document, the `#TYPE` line, the header and its cells, then the
	 * blank lines in file order. Rows and their cells are not visited: a batch
	 * can have hundreds of thousands, and visiting each row cost a tenth of the
	 * time to lint a 200,000-row file. Rules read them from the document
	 * (`document.rows`, `sourceCode.forEachValue`, `Row#cells`). A file that
	 * is not linted (see `linted`) has nothing to visit, so no rule reports on it.
	 */
	override *traverse(): Generator<VisitNodeStep> {
		if (!this.linted) {
			return;
		}
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
		for (const blankLine of document.blankLines) {
			yield* this.#leaf(blankLine, document);
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
