import type { DocumentNode, DuplicateKey } from "../ast.js";
import { parseSettingsDocument, syntaxOfFile, type SettingsSyntaxError } from "../parser/parse-document.js";
import { recogniseSettings, type RecognisedSettings } from "./kinds.js";

export type SettingsParseResult =
	{ ok: true; ast: DocumentNode; settings: RecognisedSettings | null; duplicateKeys: readonly DuplicateKey[] } | SettingsSyntaxError;

/**
 * Parses a JSON or YAML text (strict JSON when `fileName` ends in .json) and
 * recognises the settings it holds, outside ESLint: for reading the settings
 * of a whole repository. A leading byte order mark is ignored; other decoding
 * is the caller's (see decodeBytes in @miglint/core).
 */
export function parseSettingsText(text: string, fileName: string): SettingsParseResult {
	const parsed = parseSettingsDocument(text.replace(/^\ufeff/u, ""), syntaxOfFile(fileName));
	if (!parsed.ok) return parsed;
	return { ok: true, ast: parsed.ast, settings: recogniseSettings(parsed.ast.body), duplicateKeys: parsed.duplicateKeys };
}
