import { writeFileSync } from "node:fs";
import path from "node:path";
import { temporaryFolder } from "../../../test/helpers/temporary-folder.js";

const directory = temporaryFolder("csv-rules");

/**
 * Writes bytes to a file and returns what RuleTester needs to lint it as ESLint
 * would: the file name, and the file read as UTF-8 (ESLint takes a BOM off).
 */
export function fileCase(name: string, bytes: Uint8Array | string): { filename: string; code: string } {
	const buffer = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Buffer.from(bytes);
	const filename = path.join(directory, name);
	writeFileSync(filename, buffer);
	return { filename, code: buffer.toString("utf8") };
}

export function latin1(text: string): Buffer {
	return Buffer.from(text, "latin1");
}

export function utf16le(text: string, bom: boolean): Buffer {
	return Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, "utf16le")]);
}
