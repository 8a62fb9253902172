import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src");

/** The modules a source module loads when it runs, transitively: type-only imports are left out, as TypeScript erases them. */
function loadedModules(entry: string): string[] {
	const loaded = new Set<string>();
	const visit = (file: string) => {
		for (const [, specifier] of readFileSync(file, "utf8").matchAll(/^(?:import|export) (?!type )[^;]*? from "([^"]+)";/gmu)) {
			if (!specifier!.startsWith(".")) loaded.add(specifier!);
			else {
				const target = path.resolve(path.dirname(file), specifier!.replace(/\.js$/u, ".ts"));
				if (!loaded.has(target)) {
					loaded.add(target);
					visit(target);
				}
			}
		}
	};
	visit(path.join(SOURCES, entry));
	return [...loaded].filter((module) => !module.startsWith("/")).sort();
}

describe("@miglint/rules-powershell/csv-files", () => {
	it("loads no PowerShell language: the project facts of a run linting one batch resolve scripts' paths with it", () => {
		// @miglint/core, which the facts load anyway, for statPath.
		expect(loadedModules("csv-files.ts")).toEqual(["@miglint/core", "node:path"]);
		// The entry the facts parse scripts with does load it.
		expect(loadedModules("migration-batches.ts")).toContain("@miglint/language-powershell");
	});
});
