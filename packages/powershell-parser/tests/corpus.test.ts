import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { internalErrorPrefix, parse } from "../src/index.js";
import { rebuild } from "./helpers.js";

/** Directories of real scripts, separated by the path delimiter; fetched locally, never committed. */
const roots = (process.env.MIGLINT_PS_CORPUS ?? "").split(process.platform === "win32" ? ";" : ":").filter((root) => root !== "");

function* scripts(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* scripts(path);
		else if (/\.(ps1|psm1)$/i.test(entry.name)) yield path;
	}
}

describe.skipIf(roots.length === 0)("corpus (MIGLINT_PS_CORPUS)", () => {
	it("parses every script without crashing and rebuilds it exactly from the tokens", () => {
		const failures: string[] = [];
		for (const root of roots) {
			for (const path of scripts(root)) {
				const text = readFileSync(path, "utf8");
				const result = parse(text);
				if (rebuild(result) !== text) failures.push(`lossy: ${path}`);
				if (result.errors.some((error) => error.message.startsWith(internalErrorPrefix))) failures.push(`crash: ${path}`);
			}
		}
		expect(failures).toEqual([]);
	});
});
