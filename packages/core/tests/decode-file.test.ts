import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../src/encoding/decode-bytes.js";
import { decodeFile } from "../src/encoding/decode-file.js";
import { temporaryFolder } from "../../../test/helpers/temporary-folder.js";

const directory = temporaryFolder("decode-file");

/** What ESLint gives a language for a file: its bytes read as UTF-8, without a leading U+FEFF. */
function eslintBody(bytes: Buffer): string {
	const text = bytes.toString("utf8");
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const CASES: Record<string, Buffer> = {
	ASCII: Buffer.from("EmailAddress\nkenji@contoso.com\n"),
	"UTF-8": Buffer.from("DisplayName\nJosé García\n"),
	"UTF-8 with BOM": Buffer.from("\ufeffDisplayName\nJosé García\n"),
	"a BOM only": Buffer.from("\ufeff"),
	empty: Buffer.alloc(0),
	"windows-1252": Buffer.from("DisplayName\nJos\xe9\n", "latin1"),
	"UTF-16 LE with BOM": Buffer.from("\ufeffDisplayName\nJosé\n", "utf16le"),
	"UTF-16 LE without BOM": Buffer.from("DisplayName\nJosé\n", "utf16le"),
	"a ZIP archive": Buffer.from("PK\x03\x04\x14\x00\x06\x00", "latin1"),
	"a text holding U+FFFD itself": Buffer.from("DisplayName\n\ufffd\n"),
};

describe("decodeFile reads what ESLint read from disk like decodeBytes does", () => {
	it.each(Object.entries(CASES))("%s", (name, bytes) => {
		const file = path.join(directory, `${name}.csv`);
		writeFileSync(file, bytes);
		expect(decodeFile({ physicalPath: file, body: eslintBody(bytes) })).toEqual(decodeBytes(bytes));
	});

	it("does not trust the disk when ESLint's text has a BOM the file has not (a fix pass added it)", () => {
		const file = path.join(directory, "bom-added.csv");
		writeFileSync(file, "DisplayName\nJosé\n");
		const decoded = decodeFile({ physicalPath: file, body: "DisplayName\nJosé\n", bom: true });
		expect(decoded.facts.origin).toBe("text");
		expect(decodeFile({ physicalPath: file, body: "DisplayName\nJosé\n", bom: false }).facts.origin).toBe("bytes");
	});

	it("keeps text that is not the file's content (an editor buffer, a fix pass) as it is", () => {
		const file = path.join(directory, "changed.csv");
		writeFileSync(file, Buffer.from("DisplayName\nJos\xe9\n", "latin1"));
		const decoded = decodeFile({ physicalPath: file, body: "DisplayName\nJosé García\n" });
		expect(decoded.text).toBe("DisplayName\nJosé García\n");
		expect(decoded.facts.origin).toBe("text");
	});
});
