import fs, { linkSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkOutputTargets } from "../src/output-targets.js";

let project = "";
let batches: string[] = [];
beforeEach(() => {
	project = mkdtempSync(path.join(tmpdir(), "miglint-output-targets-"));
	batches = Array.from({ length: 50 }, (_, index) => path.join(project, `wave${index}.csv`));
	for (const batch of batches) writeFileSync(batch, "EmailAddress\n");
	writeFileSync(path.join(project, ".miglintcache"), "[]");
});
afterEach(() => {
	vi.restoreAllMocks();
	syncBuiltinESMExports();
	rmSync(project, { recursive: true, force: true });
});

const check = (cacheLocation?: string) => () => {
	checkOutputTargets({ reports: [], cache: true, cacheLocation }, batches, project);
};

describe("checkOutputTargets", () => {
	it("tells a cache file from the linted files without the real path of each linted file", () => {
		const realpath = vi.spyOn(fs, "realpathSync");
		// The module imports realpathSync by name: its binding follows the spy once the built-in's exports are synced.
		syncBuiltinESMExports();
		expect(check()).not.toThrow();
		expect(realpath.mock.calls.map(([file]) => path.basename(String(file)))).toEqual([".miglintcache"]);
	});

	it("compares only the linted files of the target's size when preflight gave their sizes", () => {
		const metadata = new Map(batches.map((batch) => [batch, { size: "EmailAddress\n".length, mtimeMs: 0, ctimeMs: 0, settled: false }]));
		const stat = vi.spyOn(fs, "statSync");
		syncBuiltinESMExports();
		checkOutputTargets({ reports: [], cache: true, cacheLocation: undefined }, batches, project, metadata);
		expect(new Set(stat.mock.calls.map(([file]) => path.basename(String(file))))).toEqual(new Set([".miglintcache"]));
		linkSync(batches[4]!, path.join(project, "hard.cache"));
		expect(() => {
			checkOutputTargets({ reports: [], cache: true, cacheLocation: "hard.cache" }, batches, project, metadata);
		}).toThrow("--cache-location 'hard.cache' is a file being linted");
	});

	it("refuses a cache location that is a linted file under another name", () => {
		symlinkSync(batches[3]!, path.join(project, "symbolic.cache"));
		linkSync(batches[4]!, path.join(project, "hard.cache"));
		expect(check("wave2.csv")).toThrow("--cache-location 'wave2.csv' is a file being linted");
		expect(check("symbolic.cache")).toThrow("--cache-location 'symbolic.cache' is a file being linted");
		expect(check("hard.cache")).toThrow("--cache-location 'hard.cache' is a file being linted");
	});
});
