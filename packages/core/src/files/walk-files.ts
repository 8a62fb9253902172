import { readdirSync, type Dirent } from "node:fs";
import { directoryPrefix } from "../paths.js";
import { statPath } from "./read-regular-file.js";

/** Never searched, as in ESLint. */
export const NEVER_SEARCHED: readonly string[] = ["node_modules", ".git"];

/**
 * The files under a directory whose names `wanted` accepts, as ESLint finds
 * them: folders never searched left out, a symbolic link to a file taken as
 * that file (and added to `links`), a symbolic link to a folder not followed
 * (a link to `/` would be a walk of the whole file system, and a link up the
 * tree a walk without end), unreadable folders skipped. Without a glob
 * library: the search of a repository for the project facts runs on every
 * run of a pre-commit hook. The paths are `root` joined with the names: a
 * normalised absolute root gives normalised absolute paths.
 */
export function walkFiles(root: string, wanted: (name: string) => boolean, links?: Set<string>): string[] {
	const files: string[] = [];
	const directories = [root];
	for (let directory = directories.pop(); directory !== undefined; directory = directories.pop()) {
		let entries: Dirent[];
		try {
			entries = readdirSync(directory, { withFileTypes: true });
		} catch {
			continue;
		}
		// The directories are normalised absolute paths, so a join needs no normalising.
		const prefix = directoryPrefix(directory);
		for (const entry of entries) {
			const file = prefix + entry.name;
			if (entry.isDirectory()) {
				if (!NEVER_SEARCHED.includes(entry.name)) directories.push(file);
			} else if (!wanted(entry.name)) {
				continue;
			} else if (entry.isFile()) {
				files.push(file);
			} else if (entry.isSymbolicLink() && isFileTarget(file)) {
				files.push(file);
				links?.add(file);
			}
		}
	}
	return files;
}

/** Whether a path names a regular file, through any symbolic links (statPath: it may name a FIFO); false when it cannot be stat'ed. */
export function isFileTarget(link: string): boolean {
	try {
		return statPath(link)?.isFile() ?? false;
	} catch {
		return false;
	}
}
