import fs, { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire, syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { emptyConfig } from "@miglint/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { languageIgnores } from "eslint-plugin-miglint/languages";
import { discoverFiles } from "../src/discover-files.js";

/** fast-glob, as discover-files loads it. */
const fastGlob = createRequire(import.meta.url)("fast-glob") as { sync: (...args: unknown[]) => unknown };

let project = "";
beforeEach(() => {
	project = mkdtempSync(path.join(tmpdir(), "miglint-discover-files-"));
	for (const folder of ["batches", "scripts"]) {
		mkdirSync(path.join(project, folder));
		for (let index = 0; index < 20; index++) writeFileSync(path.join(project, folder, `wave${index}.${folder === "batches" ? "csv" : "ps1"}`), "");
	}
	symlinkSync(path.join(project, "batches", "wave0.csv"), path.join(project, "batches", "link-to-wave0.csv"));
	symlinkSync(path.join(project, "batches"), path.join(project, "linked-batches"));
});
afterEach(() => {
	vi.restoreAllMocks();
	syncBuiltinESMExports();
	rmSync(project, { recursive: true, force: true });
});

/** The files found, project-relative, and the paths of the project whose real path was asked for. */
function discover(...patterns: string[]): { files: string[]; realPaths: string[] } {
	const realpath = vi.spyOn(fs, "realpathSync");
	// The module imports realpathSync by name: its binding follows the spy once the built-in's exports are synced.
	syncBuiltinESMExports();
	const files = discoverFiles(patterns, project, emptyConfig(project)).map((file) => path.relative(project, file));
	// Module loading asks too: only the project's paths count.
	const realPaths = realpath.mock.calls.map(([file]) => path.relative(project, String(file))).filter((file) => !file.startsWith(".."));
	realpath.mockRestore();
	syncBuiltinESMExports();
	return { files, realPaths };
}

describe("discoverFiles", () => {
	it("does not compute each found file's relative path with path.relative, whose resolving costs a large search most of its time", () => {
		writeFileSync(path.join(project, ".gitignore"), "*.tmp\n");
		writeFileSync(path.join(project, "scripts", "settings.json"), "{}");
		const relative = vi.spyOn(path, "relative");
		const files = discoverFiles(["."], project, { ...emptyConfig(project), ignores: ["archive/**"] });
		const calls = relative.mock.calls.length;
		relative.mockRestore();
		expect(files).toHaveLength(41);
		expect(calls).toBeLessThan(5);
	});

	it("leaves the configuration file out without compiling the tool files' globs", () => {
		// picomatch, as discover-files loads it, counting the globs it compiles.
		const require = createRequire(import.meta.url);
		const id = require.resolve("picomatch");
		require(id);
		const cached = require.cache[id]!;
		const picomatch = cached.exports as ((...args: unknown[]) => unknown) & { makeRe: (...args: unknown[]) => unknown };
		const compiled: unknown[] = [];
		cached.exports = Object.assign(
			(...args: unknown[]) => {
				compiled.push(args[0]);
				return picomatch(...args);
			},
			picomatch,
			{
				makeRe: (...args: unknown[]) => {
					compiled.push(args[0]);
					return picomatch.makeRe(...args);
				},
			},
		);
		try {
			const file = path.join(project, "miglint.config.yaml");
			writeFileSync(file, "migration: {}\n");
			const files = discoverFiles(["."], project, { ...emptyConfig(project), file });
			expect(files).toHaveLength(40);
			expect(compiled).toEqual([]);
			// Another configuration file (of another project below) is left out by the globs.
			writeFileSync(path.join(project, "scripts", "miglint.config.json"), "{}");
			expect(discoverFiles(["."], project, { ...emptyConfig(project), file })).toHaveLength(40);
			expect(compiled).toEqual(languageIgnores.settings);
		} finally {
			cached.exports = picomatch;
		}
	});

	it("asks the real path of each directory and link, not of each file", () => {
		const { files, realPaths } = discover(".");
		expect(files).toHaveLength(40);
		// The link to wave0.csv is wave0.csv; the link to the folder is not searched.
		expect(files).not.toContain("batches/link-to-wave0.csv");
		expect(files.some((file) => file.startsWith("linked-batches"))).toBe(false);
		expect(realPaths.sort()).toEqual(["batches", "batches/link-to-wave0.csv", "scripts"]);
	});

	it("asks no real path at all when one search met no link: each file was found once", () => {
		rmSync(path.join(project, "batches", "link-to-wave0.csv"));
		rmSync(path.join(project, "linked-batches"));
		const { files, realPaths } = discover(".");
		expect(files).toHaveLength(40);
		expect(files).toEqual([...files].sort());
		expect(realPaths).toEqual([]);
	});

	it("ignores what `ignores` globs match as picomatch matches them, a path equal to a glob included", () => {
		writeFileSync(path.join(project, "batches", "wave1[0].csv"), "");
		writeFileSync(path.join(project, "batches", ".hidden.csv"), "");
		const files = discoverFiles(["."], project, { ...emptyConfig(project), ignores: ["batches/wave1[0].csv", "batches/wave1?.csv", "scripts/**", "**/.*.csv"] })
			.map((file) => path.relative(project, file))
			.sort();
		// wave1[0].csv by its name, wave10.csv by the class [0], wave11–wave19.csv by the ?; wave1.csv by none.
		expect(files).toEqual(["batches/wave0.csv", "batches/wave1.csv", ...Array.from({ length: 8 }, (_, index) => `batches/wave${index + 2}.csv`)]);
	});

	it("searches a directory as the languages' globs would, without a glob", () => {
		for (const folder of ["node_modules/tool", ".git", ".hidden", "deep/er"]) mkdirSync(path.join(project, folder), { recursive: true });
		for (const file of ["node_modules/tool/w.csv", ".git/w.csv", ".hidden/w.csv", "deep/er/W.CSV", "deep/.csv", "deep/w.csvx", "deep/s.PSD1", "deep/t.yml"])
			writeFileSync(path.join(project, file), "");
		mkdirSync(path.join(project, "deep", "folder.csv"));
		writeFileSync(path.join(project, "deep", ".gitignore"), "t.yml\n");
		const glob = vi.spyOn(fastGlob, "sync");
		const { files } = discover(".");
		expect(glob).not.toHaveBeenCalled();
		expect(files.filter((file) => !/^(batches|scripts)\//u.test(file))).toEqual([".hidden/w.csv", "deep/.csv", "deep/er/W.CSV", "deep/s.PSD1"]);
	});

	it("still gives a file named through a linked folder once, under its shortest path", () => {
		expect(discover("linked-batches/wave3.csv", "batches").files.filter((file) => file.endsWith("wave3.csv"))).toEqual(["batches/wave3.csv"]);
		expect(discover("batches/link-to-wave0.csv").files).toEqual(["batches/link-to-wave0.csv"]);
	});
});
