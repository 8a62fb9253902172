import path from "node:path";

/** A path with forward slashes, as globs and reports want it on every system. */
export function toPosix(file: string): string {
	return path.sep === "/" ? file : file.split(path.sep).join("/");
}

/** A file's path relative to a directory, with forward slashes. */
export function relativePath(directory: string, file: string): string {
	return toPosix(path.relative(directory, file));
}

/** A directory's path with a separator at its end: a normalised absolute path starting with it is inside the directory. */
export function directoryPrefix(directory: string): string {
	return directory.endsWith(path.sep) ? directory : directory + path.sep;
}
