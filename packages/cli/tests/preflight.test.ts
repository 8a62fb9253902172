import fs, { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { preflight, type FileMetadata } from "../src/preflight.js";

let project = "";
beforeEach(() => {
	project = mkdtempSync(path.join(tmpdir(), "miglint-preflight-"));
});
afterEach(() => {
	vi.restoreAllMocks();
	syncBuiltinESMExports();
	rmSync(project, { recursive: true, force: true });
});

/** A modification time in whole seconds, which every file system keeps as it is given. */
const WRITTEN = new Date("2026-01-01T00:00:00Z");

describe("preflight", () => {
	it("hashes each file for --cache-strategy content through the one opening that checks it can be read, reading its size", () => {
		const contents = ["EmailAddress\nana@contoso.com\n", "x".repeat(200_000)];
		const files = contents.map((content, index) => {
			const file = path.join(project, `wave${index}.csv`);
			writeFileSync(file, content);
			return file;
		});
		const open = vi.spyOn(fs, "openSync");
		const read = vi.spyOn(fs, "readSync");
		// The module imports openSync by name: its binding follows the spy once the built-in's exports are synced.
		syncBuiltinESMExports();
		const { readable, metadata } = preflight(files, project, { hashContent: true });
		expect(readable).toEqual(files);
		expect(open.mock.calls.map(([file]) => file)).toEqual(files);
		// Chunks of 64 KiB up to the size fstat gave, with no read to find the end.
		expect(read).toHaveBeenCalledTimes(1 + Math.ceil(200_000 / 65_536));
		expect(files.map((file) => metadata.get(file)?.hash)).toEqual(contents.map((content) => createHash("md5").update(content).digest("hex")));
		expect(files.map((file) => metadata.get(file)?.size)).toEqual(contents.map((content) => content.length));
		expect(preflight(files, project).metadata.get(files[0]!)).not.toHaveProperty("hash");
		// Just written: not settled, so a later run opens and hashes them again.
		expect([...metadata.values()].map(({ settled }) => settled)).toEqual([false, false]);
	});

	it("takes what the cache recorded of a settled file with one stat while its size and times are the same, and opens the others", () => {
		const [a, b, c] = ["a", "b", "c"].map((name) => {
			const file = path.join(project, `${name}.csv`);
			writeFileSync(file, "EmailAddress\nana@contoso.com\n");
			utimesSync(file, WRITTEN, WRITTEN);
			return file;
		}) as [string, string, string];
		// Seen some seconds after they were written: settled.
		const now = Date.now();
		vi.spyOn(Date, "now").mockReturnValue(now + 10_000);
		const first = preflight([a, b, c], project, { hashContent: true }).metadata;
		expect([...first.values()].map(({ settled }) => settled)).toEqual([true, true, true]);
		const recorded = new Map<string, FileMetadata>(first);
		// b changed in place, its size and modification time put back: the change time tells.
		writeFileSync(b, "EmailAddress\nbob@contoso.com\n");
		utimesSync(b, WRITTEN, WRITTEN);
		// c recorded without its hash (a run of the metadata strategy): opened to hash it.
		const { hash: _hash, ...withoutHash } = first.get(c)!;
		recorded.set(c, withoutHash);

		const open = vi.spyOn(fs, "openSync");
		syncBuiltinESMExports();
		const second = preflight([a, b, c], project, { hashContent: true, settled: (file) => recorded.get(file) });
		expect(open.mock.calls.map(([file]) => file)).toEqual([b, c]);
		expect(second.readable).toEqual([a, b, c]);
		expect(second.metadata.get(a)).toEqual(first.get(a));
		expect(second.metadata.get(b)?.hash).toBe(createHash("md5").update("EmailAddress\nbob@contoso.com\n").digest("hex"));
		expect(second.metadata.get(c)).toEqual(first.get(c));
	});
});
