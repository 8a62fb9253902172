import fs, { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { preflight } from "../src/preflight.js";

let project = "";
beforeEach(() => {
	project = mkdtempSync(path.join(tmpdir(), "miglint-preflight-"));
});
afterEach(() => {
	vi.restoreAllMocks();
	syncBuiltinESMExports();
	rmSync(project, { recursive: true, force: true });
});

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
	});
});
