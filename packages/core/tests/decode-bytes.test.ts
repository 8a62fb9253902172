import { describe, expect, it } from "vitest";
import { decodeBytes, TRANSCODE_CONFIDENCE } from "../src/encoding/decode-bytes.js";

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Buffer.from(text, "latin1");

describe("decodeBytes", () => {
	it("reads ASCII and UTF-8 without BOM as faithful Unicode", () => {
		const { text, facts, binary } = decodeBytes(Buffer.from("EmailAddress\nJosé@contoso.com\n", "utf8"));
		expect(text).toBe("EmailAddress\nJosé@contoso.com\n");
		expect(binary).toBeNull();
		expect(facts).toMatchObject({ origin: "bytes", encoding: "utf-8", bom: null, unicode: true, faithful: true, invalidByte: null });
		expect(facts.utf8ReadingLength).toBe(text.length);
	});

	it("strips a UTF-8 BOM so that it never reaches the first header name", () => {
		const { text, facts } = decodeBytes(Buffer.from("\ufeffEmailAddress\n", "utf8"));
		expect(text).toBe("EmailAddress\n");
		expect(facts).toMatchObject({ encoding: "utf-8", bom: "utf-8", faithful: true });
	});

	it.each([
		["utf-16le", Buffer.concat([bytes(0xff, 0xfe), Buffer.from("Josée", "utf16le")])],
		["utf-16be", Buffer.concat([bytes(0xfe, 0xff), Buffer.from("Josée", "utf16le").swap16()])],
		["utf-32le", bytes(0xff, 0xfe, 0, 0, 0x4a, 0, 0, 0, 0xe9, 0, 0, 0, 0x00, 0xf6, 0x01, 0)],
		["utf-32be", bytes(0, 0, 0xfe, 0xff, 0, 0, 0, 0x4a, 0, 0, 0, 0xe9, 0, 0x01, 0xf6, 0x00)],
	])("decodes %s by its BOM", (encoding, input) => {
		const { text, facts } = decodeBytes(input);
		expect(text).toBe(encoding.startsWith("utf-32") ? "Jé\u{1f600}" : "Josée");
		// ESLint reads such files as UTF-8: its text is not this one, so fixes are refused.
		expect(facts).toMatchObject({ encoding, bom: encoding, unicode: true, faithful: false, nulBytes: null });
	});

	it("finds the first invalid byte of an ANSI file and where it lands in the decoded text", () => {
		const { text, facts } = decodeBytes(ascii("EmailAddress\r\nRen\u00e9@contoso.com\r\n"));
		expect(text).toBe("EmailAddress\r\nRené@contoso.com\r\n");
		expect(facts.unicode).toBe(false);
		expect(facts.faithful).toBe(false);
		expect(facts.invalidByte).toEqual({ byteOffset: 17, textOffset: 17, truncated: false });
		expect(facts.detected?.encoding).toBe("windows-1252");
		expect(facts.detected?.source).toBe("chardet");
	});

	it("counts the decoded position after valid multi-byte UTF-8 characters", () => {
		// BOM, "é" (2 bytes, 1 character), then a lone Windows-1252 "è".
		const { facts } = decodeBytes(bytes(0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0xe8, 0x0a));
		expect(facts.invalidByte).toEqual({ byteOffset: 5, textOffset: 1, truncated: false });
	});

	it("trusts a declared legacy encoding and makes the file transcodable", () => {
		const { text, facts } = decodeBytes(bytes(0xa3, 0xf3, 0x64, 0x7a), { legacyEncoding: "windows-1250" });
		expect(text).toBe("Łódz");
		expect(facts.detected).toEqual({ encoding: "windows-1250", name: "Windows-1250 (ANSI, Central European)", confidence: 100, source: "configuration" });
		expect(facts.transcodable).toBe(true);
	});

	it("does not transcode a guess below the confidence threshold", () => {
		const { facts } = decodeBytes(ascii("EmailAddress,DisplayName\nu@contoso.com,Ren\u00e9\n"));
		expect(facts.detected!.confidence).toBeLessThan(TRANSCODE_CONFIDENCE);
		expect(facts.transcodable).toBe(false);
	});

	it("recognises a file cut off inside a UTF-8 character", () => {
		const { facts } = decodeBytes(Buffer.concat([Buffer.from("Jos"), bytes(0xe2, 0x82)]));
		expect(facts.invalidByte).toEqual({ byteOffset: 3, textOffset: 3, truncated: true });
		expect(facts.detected).toBeNull();
		expect(facts.transcodable).toBe(false);
	});

	it("treats a lone lead byte at the end as a legacy character, not a truncation", () => {
		expect(decodeBytes(ascii("Caf\u00e9")).facts.invalidByte?.truncated).toBe(false);
	});

	it.each([
		["utf-16le", Buffer.from("EmailAddress\r\nterry@contoso.com\r\n", "utf16le")],
		["utf-16be", Buffer.from("EmailAddress\r\nterry@contoso.com\r\n", "utf16le").swap16()],
	])("recognises %s without a BOM from its NUL bytes", (encoding, input) => {
		const { text, facts } = decodeBytes(input);
		expect(text).toBe("EmailAddress\r\nterry@contoso.com\r\n");
		expect(facts.nulBytes).toEqual({ byteOffset: encoding === "utf-16le" ? 1 : 0, pattern: encoding });
		expect(facts.transcodable).toBe(true);
	});

	it.each([
		["zip", bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0)],
		["ole", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0)],
		["nul", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x7f, 0, 0x10)],
	])("calls %s content binary", (signature, input) => {
		expect(decodeBytes(input).binary?.signature).toBe(signature);
	});

	it("reports ESLint's reading length for an unfaithful file", () => {
		// Two invalid bytes become two U+FFFD in ESLint's reading; the BOM it strips is not counted.
		const { facts } = decodeBytes(Buffer.concat([bytes(0xef, 0xbb, 0xbf), ascii("a\u00e9\u00e8")]));
		expect(facts.utf8ReadingLength).toBe(3);
	});
});
