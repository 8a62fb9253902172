import { readFileSync } from "node:fs";
import { decodeBytes, factsForText, type DecodedSource, type DecodeOptions } from "./decode-bytes.js";

/** The part of ESLint's `File` that decoding needs. */
export interface LintedFile {
	physicalPath: string;
	body: string | Uint8Array;
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
	const bytes = readBytes(file.physicalPath);
	if (bytes && isEslintReadingOf(bytes, file.body)) {
		return decodeBytes(bytes, options);
	}
	return { text: file.body, facts: factsForText(file.body), binary: null };
}
