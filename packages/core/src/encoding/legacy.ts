import { createRequire } from "node:module";
import type Chardet from "chardet";

// Loaded on first use: most files are UTF-8 and never need a guess.
const chardet = (): typeof Chardet => createRequire(import.meta.url)("chardet") as typeof Chardet;

export interface DetectedEncoding {
	/** WHATWG label understood by TextDecoder. */
	encoding: string;
	/** Name an admin recognises ("Windows-1252 (ANSI, Western European)"). */
	name: string;
	/** chardet's confidence, 0..100; 100 when the configuration declares the encoding. */
	confidence: number;
	/** Who says so: chardet's guess, or the configuration (`csv.legacyEncoding`). */
	source: "chardet" | "configuration";
}

/**
 * Legacy encodings a non-UTF-8 file can be declared to use: the Windows "ANSI"
 * and DOS code pages and the other encodings TextDecoder supports.
 */
export const LEGACY_ENCODINGS = [
	"windows-1250",
	"windows-1251",
	"windows-1252",
	"windows-1253",
	"windows-1254",
	"windows-1255",
	"windows-1256",
	"windows-1257",
	"windows-1258",
	"windows-874",
	"iso-8859-2",
	"iso-8859-4",
	"iso-8859-5",
	"iso-8859-6",
	"iso-8859-7",
	"iso-8859-8",
	"iso-8859-13",
	"iso-8859-15",
	"koi8-r",
	"koi8-u",
	"ibm866",
	"macintosh",
	"x-mac-cyrillic",
	"shift_jis",
	"euc-jp",
	"iso-2022-jp",
	"euc-kr",
	"big5",
	"gbk",
	"gb18030",
] as const;

/**
 * chardet names the ISO code pages, but files saved as "ANSI" on Windows use
 * the Windows code pages that extend them; the WHATWG decoder maps the ISO
 * labels to those supersets too, so the name shown follows the decoder.
 */
const DISPLAY_NAMES: Record<string, string> = {
	"windows-1252": "Windows-1252 (ANSI, Western European)",
	"windows-1250": "Windows-1250 (ANSI, Central European)",
	"windows-1251": "Windows-1251 (ANSI, Cyrillic)",
	"windows-1253": "Windows-1253 (ANSI, Greek)",
	"windows-1254": "Windows-1254 (ANSI, Turkish)",
	"windows-1255": "Windows-1255 (ANSI, Hebrew)",
	"windows-1256": "Windows-1256 (ANSI, Arabic)",
	"iso-8859-2": "ISO-8859-2 (Central European)",
	"iso-8859-5": "ISO-8859-5 (Cyrillic)",
	"iso-8859-6": "ISO-8859-6 (Arabic)",
	"iso-8859-7": "ISO-8859-7 (Greek)",
	"iso-8859-8": "ISO-8859-8 (Hebrew)",
	"koi8-r": "KOI8-R (Cyrillic)",
	shift_jis: "Shift_JIS (Japanese)",
	"euc-jp": "EUC-JP (Japanese)",
	"iso-2022-jp": "ISO-2022-JP (Japanese)",
	"euc-kr": "EUC-KR (Korean)",
	big5: "Big5 (Traditional Chinese)",
	gb18030: "GB18030 (Simplified Chinese)",
};

const CHARDET_TO_WHATWG: Record<string, string> = {
	"ISO-8859-1": "windows-1252",
	"ISO-8859-9": "windows-1254",
	GB18030: "gb18030",
};

/** The code page Windows uses for "ANSI" in Western European locales, the usual source of non-UTF-8 CSVs. */
export const FALLBACK_LEGACY_ENCODING = "windows-1252";

function isDecodable(label: string): boolean {
	try {
		new TextDecoder(label);
		return true;
	} catch {
		return false;
	}
}

/** Asks chardet which legacy encoding the bytes most likely use; null when it has no usable answer. */
export function detectLegacyEncoding(bytes: Uint8Array): DetectedEncoding | null {
	for (const candidate of chardet().analyse(bytes)) {
		const encoding = CHARDET_TO_WHATWG[candidate.name] ?? candidate.name.toLowerCase();
		if (encoding === "utf-8" || encoding.startsWith("utf-") || !isDecodable(encoding)) {
			continue;
		}
		return { encoding, name: displayName(encoding), confidence: candidate.confidence, source: "chardet" };
	}
	return null;
}

export function displayName(encoding: string): string {
	return DISPLAY_NAMES[encoding] ?? encoding;
}

/** An encoding the configuration declares, in the same shape as a detection. */
export function declaredEncoding(encoding: string): DetectedEncoding {
	return { encoding, name: displayName(encoding), confidence: 100, source: "configuration" };
}

export function decodeLegacy(bytes: Uint8Array, encoding: string): string {
	return new TextDecoder(encoding).decode(bytes);
}
