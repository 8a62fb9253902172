import { findUtf8Error } from "./utf8.js";
import { classifyNulBytes, decodeUnicode, detectByteOrderMark, type NulPattern, type UnicodeEncoding } from "./unicode.js";
import { FALLBACK_LEGACY_ENCODING, decodeLegacy, declaredEncoding, detectLegacyEncoding, type DetectedEncoding } from "./legacy.js";

/**
 * chardet confidence (0..100) from which miglint trusts a guess enough to
 * rewrite the file. On chardet's own test files (386 legacy-encoded), guesses
 * at 70 or more were right for 148 of 150, against 171 of 181 at 50.
 */
export const TRANSCODE_CONFIDENCE = 70;

export interface DecodeOptions {
	/** The legacy encoding non-UTF-8 files are known to use (`csv.legacyEncoding`); replaces detection. */
	legacyEncoding?: string;
}

export interface InvalidByteFact {
	/** Offset in the file, BOM included. */
	byteOffset: number;
	/** Offset of the corresponding character in the decoded text. */
	textOffset: number;
	/** The file ends inside a multi-byte UTF-8 sequence. */
	truncated: boolean;
}

export interface NulBytesFact {
	byteOffset: number;
	/** What the NUL bytes look like: UTF-16/32 text without a BOM. */
	pattern: Exclude<NulPattern, "scattered">;
}

export interface EncodingFacts {
	/** "bytes" when the file's real bytes were read; "text" when only decoded text was available (stdin, editor buffers, tests). */
	origin: "bytes" | "text";
	/** The encoding the text was decoded with (a WHATWG label, or utf-32le/be). */
	encoding: string;
	bom: UnicodeEncoding | null;
	byteLength: number | null;
	/** Valid UTF-8 (with or without BOM), or UTF-16/32 with a BOM. */
	unicode: boolean;
	/** Writing the text back as UTF-8 (as ESLint does for fixes) reproduces the file's bytes. */
	faithful: boolean;
	invalidByte: InvalidByteFact | null;
	nulBytes: NulBytesFact | null;
	/** The likely source encoding of non-Unicode bytes. */
	detected: DetectedEncoding | null;
	/** The source encoding is known well enough to rewrite the file as UTF-8. */
	transcodable: boolean;
	/**
	 * Length of the text ESLint itself read (UTF-8, BOM removed). ESLint applies
	 * fixes to that text, so a fix rewriting the whole file must span it.
	 */
	utf8ReadingLength: number;
}

export type BinarySignature = "zip" | "ole" | "nul";

export interface DecodedSource {
	text: string;
	facts: EncodingFacts;
	/** Set when the bytes are not text at all. */
	binary: { signature: BinarySignature; byteOffset: number } | null;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
	return signature.length <= bytes.length && signature.every((value, index) => bytes[index] === value);
}

function baseFacts(overrides: Partial<EncodingFacts> & Pick<EncodingFacts, "encoding">): EncodingFacts {
	return {
		origin: "bytes",
		bom: null,
		byteLength: null,
		unicode: true,
		faithful: true,
		invalidByte: null,
		nulBytes: null,
		detected: null,
		transcodable: false,
		utf8ReadingLength: 0,
		...overrides,
	};
}

/** How long ESLint's UTF-8 reading of the bytes is (it drops a leading U+FEFF). */
function utf8ReadingLength(bytes: Uint8Array): number {
	const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
	return text.charCodeAt(0) === 0xfeff ? text.length - 1 : text.length;
}

/** Completes the facts of an unfaithful decoding with the length of ESLint's own reading. */
function withReadingLength(source: DecodedSource, bytes: Uint8Array): DecodedSource {
	const length = source.facts.faithful ? source.text.length : utf8ReadingLength(bytes);
	return { ...source, facts: { ...source.facts, utf8ReadingLength: length } };
}

function decodeWithBom(bytes: Uint8Array, bom: UnicodeEncoding, bomLength: number): DecodedSource {
	const body = bytes.subarray(bomLength);
	if (bom !== "utf-8") {
		return {
			text: decodeUnicode(body, bom),
			facts: baseFacts({ encoding: bom, bom, byteLength: bytes.length, faithful: false }),
			binary: null,
		};
	}
	const error = findUtf8Error(body);
	const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
	const invalidByte = error && {
		byteOffset: error.byteOffset + bomLength,
		textOffset: Buffer.from(body.subarray(0, error.byteOffset)).toString("utf8").length,
		truncated: error.truncated,
	};
	return {
		text,
		facts: baseFacts({ encoding: "utf-8", bom, byteLength: bytes.length, unicode: !error, faithful: !error, invalidByte }),
		binary: null,
	};
}

function decodeWithNulBytes(bytes: Uint8Array, nulOffset: number): DecodedSource {
	const { pattern, confident } = classifyNulBytes(bytes);
	if (pattern === "scattered") {
		return {
			text: "",
			facts: baseFacts({ encoding: "binary", byteLength: bytes.length, unicode: false, faithful: false }),
			binary: { signature: "nul", byteOffset: nulOffset },
		};
	}
	return {
		text: decodeUnicode(bytes, pattern),
		facts: baseFacts({
			encoding: pattern,
			byteLength: bytes.length,
			unicode: false,
			faithful: false,
			nulBytes: { byteOffset: nulOffset, pattern },
			transcodable: confident,
		}),
		binary: null,
	};
}

function decodeInvalidUtf8(bytes: Uint8Array, byteOffset: number, truncated: boolean, options: DecodeOptions): DecodedSource {
	const declared = options.legacyEncoding && declaredEncoding(options.legacyEncoding);
	const detected = truncated ? null : declared || detectLegacyEncoding(bytes);
	const encoding = detected?.encoding ?? (truncated ? "utf-8" : FALLBACK_LEGACY_ENCODING);
	const decode = (part: Uint8Array) => (encoding === "utf-8" ? Buffer.from(part).toString("utf8") : decodeLegacy(part, encoding));
	const text = decode(bytes);
	const transcodable = detected !== null && detected.confidence >= TRANSCODE_CONFIDENCE && !text.includes("\ufffd");
	return {
		text,
		facts: baseFacts({
			encoding,
			byteLength: bytes.length,
			unicode: false,
			faithful: false,
			invalidByte: { byteOffset, textOffset: decode(bytes.subarray(0, byteOffset)).length, truncated },
			detected,
			transcodable,
		}),
		binary: null,
	};
}

/**
 * Decodes a file's bytes the way a careful reader would: by BOM, then as UTF-8
 * when valid, then UTF-16/32 recognised from NUL bytes, then the legacy
 * encoding chardet finds most likely. The facts say what was found.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedSource {
	return withReadingLength(decodeWithoutReadingLength(bytes, options), bytes);
}

function decodeWithoutReadingLength(bytes: Uint8Array, options: DecodeOptions): DecodedSource {
	const bom = detectByteOrderMark(bytes);
	if (bom) {
		return decodeWithBom(bytes, bom.encoding, bom.length);
	}
	if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, OLE_SIGNATURE)) {
		return {
			text: "",
			facts: baseFacts({ encoding: "binary", byteLength: bytes.length, unicode: false, faithful: false }),
			binary: { signature: bytes[0] === 0x50 ? "zip" : "ole", byteOffset: 0 },
		};
	}
	const nulOffset = bytes.indexOf(0);
	if (nulOffset !== -1) {
		return decodeWithNulBytes(bytes, nulOffset);
	}
	const error = findUtf8Error(bytes);
	if (error) {
		return decodeInvalidUtf8(bytes, error.byteOffset, error.truncated, options);
	}
	return {
		text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"),
		facts: baseFacts({ encoding: "utf-8", byteLength: bytes.length }),
		binary: null,
	};
}

/** Facts for a file of valid UTF-8 (`text` is its content without the byte order mark). */
export function factsForValidUtf8(text: string, byteLength: number, bom: boolean): EncodingFacts {
	return baseFacts({ encoding: "utf-8", bom: bom ? "utf-8" : null, byteLength, utf8ReadingLength: text.length });
}

/** Facts for text that reached miglint already decoded (stdin, an editor buffer, a test). */
export function factsForText(text: string): EncodingFacts {
	return baseFacts({ origin: "text", encoding: "utf-8", utf8ReadingLength: text.length });
}
