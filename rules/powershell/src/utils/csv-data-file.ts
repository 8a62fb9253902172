import path from "node:path";
import { isFileTarget } from "@miglint/core";
import type { CsvPathReference } from "./migration-batches.js";

/** The CSV files a -CSVData path can name. */
export interface CsvFileIndex {
	/** Absolute paths of the project's CSV files; null when not known (ESLint without miglint's project facts). */
	files: readonly string[] | null;
	/** csv.sources: the path as a script writes it → absolute file. */
	sources: Readonly<Record<string, string>>;
}

export type CsvFileResolution = { file: string; how: "csv.sources" | "relative to the script" | "by file name" } | { file: null; why: string };

/** Windows paths compare without regard to case or the kind of slash. */
function comparable(file: string): string {
	return file.replaceAll("\\", "/").toLowerCase();
}

/** The path for messages: `$PSScriptRoot\batches\w1.csv`, `…\w1.csv` after a part miglint cannot follow. */
export function describePath(reference: Pick<CsvPathReference, "base" | "path">): string {
	const prefix = reference.base === "script" ? "$PSScriptRoot" : reference.base === "unknown" ? "…" : "";
	return prefix ? `${prefix}\\${reference.path}` : reference.path;
}

export function fileName(written: string): string {
	return written.split(/[\\/]/u).at(-1) ?? written;
}

/** The project's CSV files by comparable path and by comparable file name, each list in the order of the files. */
interface FileLookup {
	byPath: Map<string, string>;
	byName: Map<string, string[]>;
}

const lookups = new WeakMap<readonly string[], FileLookup>();

/** The lookup of a list of files, made once per list: a project's scripts resolve many paths against the same files. */
function lookupOf(files: readonly string[]): FileLookup {
	let lookup = lookups.get(files);
	if (!lookup) {
		lookup = { byPath: new Map(), byName: new Map() };
		for (const file of files) {
			const comparablePath = comparable(file);
			if (!lookup.byPath.has(comparablePath)) lookup.byPath.set(comparablePath, file);
			const name = comparable(path.basename(file));
			const named = lookup.byName.get(name);
			if (named) named.push(file);
			else lookup.byName.set(name, [file]);
		}
		lookups.set(files, lookup);
	}
	return lookup;
}

/**
 * Finds the file a -CSVData path names: a `csv.sources` entry for the path as
 * written, else the path taken relative to the script (for `$PSScriptRoot\…`
 * and relative paths), else, for a relative or absolute path or one built
 * from a variable, the one CSV file of that name in the project. Null when that
 * cannot be told: a path not under $PSScriptRoot, and no list of the
 * project's files.
 */
export function resolveCsvFile(reference: Pick<CsvPathReference, "base" | "path">, scriptFile: string, index: CsvFileIndex): CsvFileResolution | null {
	const written = comparable(reference.path);
	const lookup = index.files && lookupOf(index.files);
	const mapped = Object.entries(index.sources).find(([source]) => comparable(source) === written);
	if (mapped) {
		const known = lookup ? lookup.byPath.has(comparable(mapped[1])) : isFileTarget(mapped[1]);
		return known ? { file: mapped[1], how: "csv.sources" } : { file: null, why: `csv.sources maps it to ${mapped[1]}, which is not a CSV file of the project` };
	}
	if (reference.base === "script" || reference.base === "relative") {
		const resolved = path.resolve(path.dirname(scriptFile), reference.path.replaceAll("\\", "/"));
		const file = lookup ? lookup.byPath.get(comparable(resolved)) : isFileTarget(resolved) ? resolved : undefined;
		if (file) return { file, how: "relative to the script" };
		// A relative path depends on the working directory the script runs in (.NET's or PowerShell's): any file of that name may be meant.
		if (reference.base === "script") return { file: null, why: "there is no such file relative to the script" };
	}
	if (!lookup) return null;
	const named = lookup.byName.get(comparable(fileName(reference.path))) ?? [];
	if (named.length === 1) return { file: named[0]!, how: "by file name" };
	return {
		file: null,
		why:
			named.length === 0
				? `there is no CSV file named ${fileName(reference.path)} in the project`
				: `${named.length} CSV files are named ${fileName(reference.path)}`,
	};
}
