import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { decodeBytes, factsForText, factsForValidUtf8, type DecodedSource, type DecodeOptions } from "./decode-bytes.js";

/** The part of ESLint's `File` that decoding needs. */
export interface LintedFile {
	physicalPath: string;
	body: string | Uint8Array;
	/**
	 * ESLint's `File.bom`: the text it is linting starts with a BOM, which it
	 * removed from `body`. Between `--fix` passes this can differ from the file
	 * on disk (a fix added or removed the BOM), and then the disk is stale.
	 */
	bom?: boolean;
}

function readBytes(path: string): Buffer | null {
	try {
		return readFileSync(path);
	} catch {
		return null;
	}
}

/** ESLint reads files as UTF-8 and strips a leading U+FEFF; the bytes are the source only if that reading gives the body. */
function isEslintReadingOf(bytes: Buffer, body: string): boolean {
	const text = bytes.toString("utf8");
	return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) === body;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The common case without reading the file twice: ESLint's text has no U+FFFD
 * and no NUL, so the bytes were valid UTF-8 (invalid bytes would have become
 * U+FFFD, UTF-16 and binary files have NULs or invalid bytes), and the file's
 * size confirms that the text is its content. Only the first bytes are read,
 * for the byte order mark.
 */
function decodeValidUtf8(path: string, body: string, expectedBom: boolean | undefined): DecodedSource | null {
	if (body.includes("\ufffd") || body.includes("\0")) {
		return null;
	}
	let descriptor: number;
	try {
		descriptor = openSync(path, "r");
	} catch {
		return null;
	}
	try {
		const head = Buffer.alloc(UTF8_BOM.length);
		const headLength = readSync(descriptor, head, 0, head.length, 0);
		const bom = headLength === UTF8_BOM.length && UTF8_BOM.every((byte, index) => head[index] === byte);
		if (expectedBom !== undefined && expectedBom !== bom) {
			return null;
		}
		const size = fstatSync(descriptor).size;
		return size === Buffer.byteLength(body, "utf8") + (bom ? UTF8_BOM.length : 0)
			? { text: body, facts: factsForValidUtf8(body, size, bom), binary: null }
			: null;
	} finally {
		closeSync(descriptor);
	}
}

/**
 * ESLint hands languages text decoded as UTF-8, which turns ANSI bytes into
 * U+FFFD and UTF-16 into NUL-ridden text. This goes back to the file's bytes
 * when they are what ESLint read, and decodes them properly; otherwise (stdin,
 * editor buffers, later fix passes) the given text is all there is.
 */
export function decodeFile(file: LintedFile, options: DecodeOptions = {}): DecodedSource {
	if (typeof file.body !== "string") {
		return decodeBytes(file.body, options);
	}
	const validUtf8 = decodeValidUtf8(file.physicalPath, file.body, file.bom);
	if (validUtf8) {
		return validUtf8;
	}
	const bytes = readBytes(file.physicalPath);
	const bomMatches = (bytes: Buffer) => file.bom === undefined || file.bom === UTF8_BOM.every((byte, index) => bytes[index] === byte);
	if (bytes && isEslintReadingOf(bytes, file.body) && bomMatches(bytes)) {
		return decodeBytes(bytes, options);
	}
	return { text: file.body, facts: factsForText(file.body), binary: null };
}
