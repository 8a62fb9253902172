import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scriptFiles } from "../oracle/src/corpus-files.js";
import { internalErrorPrefix, parse } from "../src/index.js";
import { rebuild } from "./helpers.js";

/**
 * Directories of real scripts, separated by the path delimiter (the corpora
 * are fetched locally, never committed); without them, the repository's own
 * fixture scripts.
 */
const fixtures = resolve(fileURLToPath(import.meta.url), "../../../../fixtures");
const roots = (process.env.MIGLINT_PS_CORPUS ?? fixtures).split(process.platform === "win32" ? ";" : ":").filter((root) => root !== "");

describe("corpus (MIGLINT_PS_CORPUS, else the fixtures)", () => {
	it("parses every script without crashing and rebuilds it exactly from the tokens", () => {
		const failures: string[] = [];
		let files = 0;
		for (const root of roots) {
			for (const path of scriptFiles(root)) {
				files++;
				const text = readFileSync(path, "utf8");
				const result = parse(text);
				if (rebuild(result) !== text) failures.push(`lossy: ${path}`);
				if (result.errors.some((error) => error.message.startsWith(internalErrorPrefix))) failures.push(`crash: ${path}`);
			}
		}
		expect(files).toBeGreaterThan(0);
		expect(failures).toEqual([]);
	});
});
