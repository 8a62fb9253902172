import { isAscii } from "node:buffer";
import { decodeBytes, getCsvType, normalizeColumnName, resolveCsvType, type CsvTypeDeclaration, type ScriptBatch } from "@miglint/core";
import { parseCsv } from "@miglint/language-csv";
import { HEADER_BYTES, readProjectFile, readWholeFile } from "./read-project-file.js";
import { forEachAddress, type AddressList, type FileSummary } from "./file-summaries.js";

const NO_ADDRESSES: AddressList = { addresses: "", rows: [] };

/** How a CSV file's migration type was decided. */
export interface CsvTypeFact {
	file: string;
	type: string | null;
	origin: "configuration" | "script" | "header" | null;
	/** Why, in words (for --print-facts). */
	reason: string;
	/** Whether rules see the file: a batch (a type, or named by csv.sources), or any CSV file with csv.allFiles; the others are left alone. */
	linted: boolean;
	/** For origin "script": where the batch is created, `path:line:column` relative to the project. */
	script?: string;
}

/** The header names of a CSV file, from its first 64 KiB; null when it cannot be read. */
export function headerNames(file: string, legacyEncoding: string | null): readonly string[] | null {
	const read = readProjectFile(file, () => false);
	return read && headerOfHead(read.head, legacyEncoding);
}

/** The header names in a CSV file's first bytes (readProjectFile's head); null when they are not CSV text. */
export function headerOfHead(head: Buffer, legacyEncoding: string | null): readonly string[] | null {
	const decoded = decodeBytes(head, legacyEncoding ? { legacyEncoding } : {});
	if (decoded.binary) return null;
	// The last line may be cut short; a #TYPE line may come before the header.
	const text = head.length < HEADER_BYTES ? decoded.text : decoded.text.slice(0, Math.max(decoded.text.lastIndexOf("\n"), 0) + 1);
	const parsed = parseCsv(text);
	return parsed.ok ? (parsed.document.header?.names ?? null) : null;
}

/**
 * The migration type of each CSV file, and whether it is linted, as linting
 * will decide them: `csv.types` first, then the script that creates a batch
 * from it, then its header; files csv.sources names are batches whatever
 * their header, and `allFiles` (csv.allFiles) lints every CSV file.
 */
export function csvTypeFacts(
	files: readonly string[],
	configured: (file: string) => string | undefined,
	scriptTypes: ReadonlyMap<string, ScriptBatch>,
	summaries: ReadonlyMap<string, FileSummary>,
	sourceFiles: ReadonlySet<string>,
	allFiles: boolean,
): CsvTypeFact[] {
	const facts: CsvTypeFact[] = [];
	for (const file of files) {
		const configuredType = configured(file);
		const fromScript = scriptTypes.get(file);
		const summary = summaries.get(file);
		const names = summary?.kind === "csv" ? summary.header : null;
		const resolved = resolveCsvType(configuredType, fromScript, () => names, "it");
		const linted = resolved !== null || sourceFiles.has(file) || allFiles;
		facts.push(
			resolved
				? {
						file,
						type: resolved.declaration.name,
						origin: resolved.origin,
						reason: resolved.reason,
						linted,
						...(resolved.origin === "script" ? { script: fromScript!.script } : {}),
					}
				: { file, type: null, origin: null, reason: names ? "its header fits no documented migration CSV type" : "it has no header miglint can read", linted },
		);
	}
	return facts;
}

type Place = { file: string; row: number };

/** A mailbox listed in more than one batch file. */
export interface DuplicateFact {
	address: string;
	places: Place[];
}

function uniqueColumnOf(type: CsvTypeDeclaration): string | undefined {
	return type.columns.find((column) => column.unique)?.name;
}

/** A file's text; null when it cannot be read, is over miglint's size cap or is not text. */
export function decodedText(file: string, legacyEncoding: string | null): string | null {
	const bytes = readWholeFile(file);
	return bytes && decodedBytes(bytes, legacyEncoding);
}

export function decodedBytes(bytes: Buffer, legacyEncoding: string | null): string | null {
	const decoded = decodeBytes(bytes, legacyEncoding ? { legacyEncoding } : {});
	return decoded.binary ? null : decoded.text;
}

/** What may surround a value in CSV text: the separators, line breaks and quotes. */
const AROUND_VALUES = /[,;\t\r\n"]/u;

/**
 * A test of whether a CSV file may list one of these addresses (addressKey: trimmed, lower case), from its text alone,
 * without parsing it: every value without a separator, line break or quote is one of the pieces its lower-cased text
 * splits into at them, less the blanks around it. Null when some address could hide from the test (one holding such
 * a character, or a character outside ASCII, whose lower case may depend on its neighbours): every file may list it.
 * A file over miglint's size cap lists none (its summary has no addresses).
 */
export function mayListAddressTest(wanted: ReadonlySet<string>, legacyEncoding: string | null): ((file: string) => boolean) | null {
	for (const key of wanted) if (AROUND_VALUES.test(key) || /[^\x20-\x7e]/u.test(key)) return null;
	return (file) => {
		const bytes = readWholeFile(file);
		if (bytes === null) return false;
		// Most batches are plain ASCII, which every encoding miglint reads reads alike (NULs are UTF-16 without a byte order mark).
		const text = isAscii(bytes) && !bytes.includes(0) ? bytes.toString("latin1") : decodedBytes(bytes, legacyEncoding);
		return (
			text !== null &&
			text
				.toLowerCase()
				.split(AROUND_VALUES)
				.some((piece) => wanted.has(piece.trim()))
		);
	};
}

/** Each row of a CSV file's text, with the values of its columns of these (normalised) names; none when it does not parse. */
export function columnValues(text: string, columns: ReadonlySet<string>): { row: number; values: string[] }[] {
	const parsed = parseCsv(text);
	if (!parsed.ok || !parsed.document.header) return [];
	const indexes = parsed.document.header.names.flatMap((name, index) => (columns.has(normalizeColumnName(name)) ? [index] : []));
	if (indexes.length === 0) return [];
	return Array.from(parsed.document.rows, (row) => ({ row: row.rowNumber, values: indexes.map((index) => row.value(index) ?? "") }));
}

/**
 * Mailboxes that a linted batch CSV file lists and another batch CSV file
 * (a type with a unique address column) lists too, from the address sets of
 * the file summaries: no batch is read again, and the work grows with the
 * number of addresses, however many batches share them.
 */
export function crossBatchDuplicates(types: readonly CsvTypeFact[], linted: ReadonlySet<string>, summaries: ReadonlyMap<string, FileSummary>): DuplicateFact[] {
	const addressesOf = (fact: CsvTypeFact): AddressList => {
		const column = fact.type === null ? undefined : uniqueColumnOf(getCsvType(fact.type)!);
		const summary = summaries.get(fact.file);
		return (column === undefined || summary?.kind !== "csv" ? undefined : summary.addresses[normalizeColumnName(column)]) ?? NO_ADDRESSES;
	};
	const batches = types.filter((fact) => fact.type !== null && uniqueColumnOf(getCsvType(fact.type)!) !== undefined);
	const lintedBatches = batches.filter((fact) => linted.has(fact.file));
	if (batches.length < 2 || lintedBatches.length === 0) return [];
	// The first place of each address of a linted batch, as an index into two flat lists: most addresses have one
	// place, and a repository's batches list hundreds of thousands of them.
	const firstPlace = new Map<string, number>();
	const files: string[] = [];
	const rows: number[] = [];
	const places = new Map<string, Place[]>();
	const add = (address: string, file: string, row: number, isLinted: boolean) => {
		const first = firstPlace.get(address);
		if (first === undefined) {
			if (!isLinted) return;
			firstPlace.set(address, files.length);
			files.push(file);
			rows.push(row);
			return;
		}
		const list = places.get(address);
		if (list) list.push({ file, row });
		else
			places.set(address, [
				{ file: files[first]!, row: rows[first]! },
				{ file, row },
			]);
	};
	for (const fact of lintedBatches)
		forEachAddress(addressesOf(fact), (address, row) => {
			add(address, fact.file, row, true);
		});
	for (const fact of batches) {
		if (!linted.has(fact.file))
			forEachAddress(addressesOf(fact), (address, row) => {
				add(address, fact.file, row, false);
			});
	}
	return [...places]
		.map(([address, list]) => ({ address, places: list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row)) }))
		.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}
