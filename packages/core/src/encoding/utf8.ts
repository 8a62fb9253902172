import { isUtf8 } from "node:buffer";

export interface Utf8Error {
	/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
	byteOffset: number;
	/** True when the file ends inside a multi-byte sequence of which at least two bytes are present. */
	truncated: boolean;
}

/**
 * Finds the first invalid UTF-8 sequence, following the WHATWG decoder's
 * rules (no overlongs, no surrogates, nothing above U+10FFFF).
 * Returns null for valid UTF-8.
 */
export function findUtf8Error(bytes: Uint8Array): Utf8Error | null {
	if (isUtf8(bytes)) {
		return null;
	}
	const length = bytes.length;
	let index = 0;
	while (index < length) {
		const lead = bytes[index]!;
		if (lead < 0x80) {
			index++;
			continue;
		}
		let needed: number;
		let lower = 0x80;
		let upper = 0xbf;
		if (lead >= 0xc2 && lead <= 0xdf) {
			needed = 1;
		} else if (lead >= 0xe0 && lead <= 0xef) {
			needed = 2;
			if (lead === 0xe0) lower = 0xa0;
			if (lead === 0xed) upper = 0x9f;
		} else if (lead >= 0xf0 && lead <= 0xf4) {
			needed = 3;
			if (lead === 0xf0) lower = 0x90;
			if (lead === 0xf4) upper = 0x8f;
		} else {
			return { byteOffset: index, truncated: false };
		}
		for (let k = 1; k <= needed; k++) {
			const position = index + k;
			if (position >= length) {
				// A lone lead byte at the end is as likely a legacy character ("Café" in
				// Windows-1252) as a cut-off one; only a partial sequence counts as truncation.
				return { byteOffset: index, truncated: k >= 2 };
			}
			const continuation = bytes[position]!;
			const min = k === 1 ? lower : 0x80;
			const max = k === 1 ? upper : 0xbf;
			if (continuation < min || continuation > max) {
				return { byteOffset: index, truncated: false };
			}
		}
		index += needed + 1;
	}
	return null;
}
