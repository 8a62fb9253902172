import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type BigIntStats } from "node:fs";
import { MAX_FILE_BYTES } from "../limits.js";

/** A file miglint reads or writes for itself (configuration, .gitignore, cache, suppressions) that it cannot use; the message says why. */
export class UnusableFileError extends Error {}

/** Why a file could not be opened, in words. */
export function describeFileError(error: unknown): string {
	switch ((error as NodeJS.ErrnoException).code) {
		case "ENOENT":
			return "no such file";
		case "EISDIR":
			return "it is a directory";
		case "EACCES":
		case "EPERM":
			return "permission denied";
		case "ELOOP":
			return "too many levels of symbolic links (a symlink loop?)";
		default:
			return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
	}
}

/**
 * Stats a path that may name a FIFO, a socket or a device (following links);
 * undefined when nothing is there. A stat without `bigint` leaves its result
 * in an array Node.js shares with realpathSync, which reads it again for path
 * components it has cached and stops resolving symbolic links where it says
 * FIFO or socket: modules loaded afterwards through pnpm's linked
 * node_modules, ESLint's among them, are then not found (nodejs/node#51142).
 * BigInt stats are kept in an array of their own.
 */
export function statPath(file: string): BigIntStats | undefined {
	return statSync(file, { bigint: true, throwIfNoEntry: false });
}

/** Why something that is not a regular file cannot stand for one; null for a regular file. */
function notRegular(stats: { isFile(): boolean; isDirectory(): boolean }): string | null {
	if (stats.isFile()) return null;
	return stats.isDirectory() ? "it is a directory" : "it is not a regular file (a FIFO, a device or a socket)";
}

/**
 * The text of a file miglint reads for itself. A FIFO, a device such as
 * /dev/zero behind a link, a directory or a file over the size cap is refused
 * instead of read: reading those would wait forever or never end. The file is
 * opened without blocking, which a FIFO without a writer would otherwise do.
 */
export function readRegularFile(file: string): string {
	let descriptor: number;
	try {
		descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		throw new UnusableFileError(describeFileError(error));
	}
	try {
		// BigInt stats, as statPath's: the descriptor may be a FIFO's.
		const stats = fstatSync(descriptor, { bigint: true });
		const problem = notRegular(stats) ?? (stats.size > BigInt(MAX_FILE_BYTES) ? `it has more than ${MAX_FILE_BYTES / 1024 / 1024} MB` : null);
		if (problem) {
			throw new UnusableFileError(problem);
		}
		return readFileSync(descriptor, "utf8");
	} catch (error) {
		throw error instanceof UnusableFileError ? error : new UnusableFileError(describeFileError(error));
	} finally {
		closeSync(descriptor);
	}
}

/** Checks that a file another library reads (ESLint's cache, its suppressions) is a regular file or absent: why not, or null. */
export function unusableFileProblem(file: string): string | null {
	let stats;
	try {
		stats = statPath(file);
	} catch (error) {
		return describeFileError(error);
	}
	return stats ? notRegular(stats) : null;
}
