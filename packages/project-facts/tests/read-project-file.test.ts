import { chmodSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MAX_FILE_BYTES } from "@miglint/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HEADER_BYTES, readProjectFile, readWholeFile } from "../src/read-project-file.js";

let root = "";
const write = (name: string, content: string | Buffer) => {
	writeFileSync(path.join(root, name), content);
	return path.join(root, name);
};
/** Bytes no two windows of which look alike: a copy to the wrong offset shows. */
const counting = (length: number) => Buffer.from(Array.from({ length }, (_, index) => (index * 7 + (index >> 8)) % 251));

beforeEach(() => {
	root = mkdtempSync(path.join(tmpdir(), "miglint-read-project-file-"));
});
afterEach(() => {
	rmSync(root, { recursive: true, force: true });
});

describe("readProjectFile", () => {
	it("gives a file shorter than the head whole, as its head, and does not ask whether the rest is wanted", () => {
		const file = write("wave.csv", "EmailAddress\r\nana@contoso.com\r\n");
		let asked = false;
		const read = readProjectFile(file, () => (asked = true));
		expect(read?.head.toString()).toBe("EmailAddress\r\nana@contoso.com\r\n");
		expect(read?.whole).toBe(read?.head);
		expect(asked).toBe(false);
	});

	it("keeps each file's bytes apart although it reads them through one buffer", () => {
		const first = readProjectFile(write("a.csv", "first,file\n"));
		const second = readProjectFile(write("b.csv", "2nd\n"));
		expect([first?.head.toString(), second?.head.toString()]).toEqual(["first,file\n", "2nd\n"]);
	});

	it.each([HEADER_BYTES, HEADER_BYTES + 1, 3 * HEADER_BYTES + 17])("reads a %i-byte file's rest only when it is wanted, byte for byte", (length) => {
		const bytes = counting(length);
		const file = write("large.csv", bytes);
		const heads: Buffer[] = [];
		const headOnly = readProjectFile(file, (head) => (heads.push(head), false));
		expect(headOnly?.head.equals(bytes.subarray(0, HEADER_BYTES))).toBe(true);
		expect(headOnly?.whole).toBeNull();
		expect(heads).toHaveLength(1);
		expect(readProjectFile(file)?.whole?.equals(bytes)).toBe(true);
		expect(readWholeFile(file)?.equals(bytes)).toBe(true);
	});

	it("gives the head of a file over the size cap, and not the rest", () => {
		const file = write("everyone.csv", "EmailAddress,Password\r\n");
		// Sparse: no disk is written for it.
		truncateSync(file, MAX_FILE_BYTES + 1);
		const read = readProjectFile(file);
		expect(read?.head.subarray(0, 23).toString()).toBe("EmailAddress,Password\r\n");
		expect(read?.whole).toBeNull();
		expect(readWholeFile(file)).toBeNull();
	});

	it("gives null for a file it cannot read: missing, a directory, or (unless root) without permission", () => {
		expect(readProjectFile(path.join(root, "missing.csv"))).toBeNull();
		expect(readProjectFile(root)).toBeNull();
		const locked = write("locked.csv", "EmailAddress\n");
		chmodSync(locked, 0o000);
		if (process.getuid?.() !== 0) expect(readWholeFile(locked)).toBeNull();
	});
});
