import type { CsvTextData } from "../ast.js";
import { parseCsvText, type CsvParseResult } from "./parse-csv.js";

/**
 * A batch that the project facts read and ESLint then lints is parsed once:
 * the facts parse the files about to be linted with parseCsvForLint, which
 * keeps the parse, and the language takes it (takeParseForLint) when the text
 * ESLint gives it is the same. The document then reads ESLint's copy of the
 * text, so that the facts' copy is freed. Each parse is taken once, and kept
 * parses hold at most KEPT_CHARACTERS of text: a file ESLint never parses
 * (a cache hit, a worker thread linting it) costs no more than that.
 */
const KEPT_CHARACTERS = 64 * 1024 * 1024;

const kept = new Map<string, { text: string; result: CsvParseResult; data: CsvTextData | null }>();
let keptCharacters = 0;

function release(file: string): void {
	const entry = kept.get(file);
	if (entry) {
		kept.delete(file);
		keptCharacters -= entry.text.length;
	}
}

/** Parses the text of a file about to be linted, keeping the parse for the language (within the bound). */
export function parseCsvForLint(file: string, text: string): CsvParseResult {
	const parsed = parseCsvText(text);
	release(file);
	if (keptCharacters + text.length <= KEPT_CHARACTERS) {
		kept.set(file, { text, ...parsed });
		keptCharacters += text.length;
	}
	return parsed.result;
}

/** The parse kept for this file, when it was made from the same text; it is not kept any longer either way. */
export function takeParseForLint(file: string, text: string): CsvParseResult | undefined {
	const entry = kept.get(file);
	if (!entry) {
		return undefined;
	}
	release(file);
	if (entry.text !== text) {
		return undefined;
	}
	if (entry.data) {
		entry.data.text = text;
	}
	return entry.result;
}
