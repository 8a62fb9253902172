export type UnicodeEncoding = "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be";

/** Byte order marks, longest first so that UTF-32LE is not mistaken for UTF-16LE. */
const BYTE_ORDER_MARKS: ReadonlyArray<{ encoding: UnicodeEncoding; bytes: readonly number[] }> = [
	{ encoding: "utf-32le", bytes: [0xff, 0xfe, 0x00, 0x00] },
	{ encoding: "utf-32be", bytes: [0x00, 0x00, 0xfe, 0xff] },
	{ encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
	{ encoding: "utf-16le", bytes: [0xff, 0xfe] },
	{ encoding: "utf-16be", bytes: [0xfe, 0xff] },
];

export function detectByteOrderMark(bytes: Uint8Array): { encoding: UnicodeEncoding; length: number } | null {
	for (const mark of BYTE_ORDER_MARKS) {
		if (mark.bytes.length <= bytes.length && mark.bytes.every((value, index) => bytes[index] === value)) {
			return { encoding: mark.encoding, length: mark.bytes.length };
		}
	}
	return null;
}

/** TextDecoder has no UTF-32, so it is decoded here; invalid code points become U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const chunks: string[] = [];
	const codePoints: number[] = [];
	const whole = bytes.byteLength - (bytes.byteLength % 4);
	for (let offset = 0; offset < whole; offset += 4) {
		const codePoint = view.getUint32(offset, littleEndian);
		const valid = codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
		codePoints.push(valid ? codePoint : 0xfffd);
		if (codePoints.length === 8192) {
			chunks.push(String.fromCodePoint(...codePoints));
			codePoints.length = 0;
		}
	}
	if (whole !== bytes.byteLength) {
		codePoints.push(0xfffd);
	}
	chunks.push(String.fromCodePoint(...codePoints));
	return chunks.join("");
}

/** Decodes bytes (without their BOM) in a Unicode encoding. */
export function decodeUnicode(bytes: Uint8Array, encoding: UnicodeEncoding): string {
	switch (encoding) {
		case "utf-32le":
			return decodeUtf32(bytes, true);
		case "utf-32be":
			return decodeUtf32(bytes, false);
		default:
			return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
	}
}

export type NulPattern = "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be" | "scattered";

const SAMPLE_SIZE = 64 * 1024;

/**
 * Classifies where the NUL bytes of a file without BOM sit. Text in UTF-16 or
 * UTF-32 without a BOM has NULs in the high bytes of ASCII characters, so they
 * line up on every second (or every fourth) byte; anything else is treated as binary.
 */
export function classifyNulBytes(bytes: Uint8Array): { pattern: NulPattern; confident: boolean } {
	const sampleLength = Math.min(bytes.length, SAMPLE_SIZE) & ~3;
	const nulByPosition = [0, 0, 0, 0];
	for (let index = 0; index < sampleLength; index++) {
		if (bytes[index] === 0) {
			nulByPosition[index & 3]!++;
		}
	}
	const quarter = Math.max(1, sampleLength / 4);
	const [p0, p1, p2, p3] = nulByPosition.map((count) => count / quarter) as [number, number, number, number];

	if (p2 > 0.95 && p3 > 0.95 && p1 > 0.3 && p0 < 0.05) {
		return { pattern: "utf-32le", confident: p1 > 0.5 && bytes.length % 4 === 0 };
	}
	if (p0 > 0.95 && p1 > 0.95 && p2 > 0.3 && p3 < 0.05) {
		return { pattern: "utf-32be", confident: p2 > 0.5 && bytes.length % 4 === 0 };
	}
	const even = (p0 + p2) / 2;
	const odd = (p1 + p3) / 2;
	if (odd > 0.3 && even < 0.05) {
		return { pattern: "utf-16le", confident: odd > 0.5 && even < 0.01 && bytes.length % 2 === 0 };
	}
	if (even > 0.3 && odd < 0.05) {
		return { pattern: "utf-16be", confident: even > 0.5 && odd < 0.01 && bytes.length % 2 === 0 };
	}
	return { pattern: "scattered", confident: false };
}
