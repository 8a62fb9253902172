import { readdirSync } from "node:fs";
import path from "node:path";
import type { LanguageOfFile } from "./collect-project-facts.js";

/** Never searched, as in ESLint. */
const NEVER_SEARCHED = new Set(["node_modules", ".git"]);

/**
 * The files of miglint's languages under a directory, for a plain ESLint
 * setup (the miglint CLI finds them its own way, honouring .gitignore and its
 * ignores). Symbolic links are not followed, so that a link to `/` is not a
 * walk of the whole file system; unreadable directories are skipped.
 */
export function filesUnder(root: string, languageOf: LanguageOfFile): string[] {
	const files: string[] = [];
	const directories = [root];
	for (let directory = directories.pop(); directory !== undefined; directory = directories.pop()) {
		let entries;
		try {
			entries = readdirSync(directory, { withFileTypes: true });
		} catch {
			continue;
		}
		for (const entry of entries) {
			const full = path.join(directory, entry.name);
			if (entry.isDirectory() && !NEVER_SEARCHED.has(entry.name)) directories.push(full);
			else if (entry.isFile() && languageOf(full)) files.push(full);
		}
	}
	return files.sort();
}
