import { accessSync, closeSync, constants, openSync, realpathSync, statSync, writeSync, type BigIntStats } from "node:fs";
import { statPath } from "@miglint/core";
import path from "node:path";
import { writeFileAtomically } from "./atomic-write.js";
import type { CliOptions } from "./options.js";
import type { FileMetadata } from "./preflight.js";
import { UsageError } from "./usage-error.js";

/**
 * What a path names, through symlinks, and where that is; null when nothing is
 * there yet, or when the path cannot name a file (writing it then says why).
 */
function existing(file: string): { target: string; stats: BigIntStats } | null {
	try {
		const stats = statPath(file);
		return stats ? { target: realpathSync(file), stats } : null;
	} catch {
		return null;
	}
}

/** What tells a file whatever path names it (a symbolic link, a hard link): its device and inode; null when it cannot be told. */
function identity(file: string): string | null {
	try {
		const stats = statSync(file, { bigint: true });
		return `${stats.dev}:${stats.ino}`;
	} catch {
		return null;
	}
}

/** ESLint reads the cache file and writes it in place. */
function readableAndWritable(file: string): boolean {
	try {
		accessSync(file, constants.R_OK | constants.W_OK);
		return true;
	} catch {
		return false;
	}
}

/** A FIFO, a terminal or a device such as /dev/null: written to as a stream, never replaced. */
function isStream(stats: BigIntStats): boolean {
	return stats.isFIFO() || stats.isCharacterDevice();
}

/**
 * Refuses, before anything is linted, a report file or a cache file that is a
 * linted file (the batch would be overwritten with its own report) or
 * something that is neither a regular file nor a stream a report can go to.
 * A plain run deletes the cache file (ESLint's behaviour), so the cache
 * file is checked with or without --cache.
 */
export function checkOutputTargets(
	options: Pick<CliOptions, "reports" | "cache" | "cacheLocation">,
	linted: readonly string[],
	cwd: string,
	metadata?: ReadonlyMap<string, FileMetadata>,
): void {
	// Linted paths may be links: the files are compared (one stat each, not a real path of each), and only when a
	// report or cache file already exists, and only those of its size when preflight gave their sizes.
	const isLinted = (target: string, size: number): boolean => {
		const targetIdentity = identity(target);
		return targetIdentity !== null && linted.some((file) => (metadata?.get(file)?.size ?? size) === size && identity(path.resolve(file)) === targetIdentity);
	};
	const targets = [
		...options.reports.flatMap(({ outputFile }) =>
			outputFile === undefined ? [] : [{ option: "--output-file", value: outputFile, stream: true, directory: false }],
		),
		{
			option: options.cacheLocation === undefined ? "the cache file" : "--cache-location",
			value: options.cacheLocation ?? ".miglintcache",
			stream: false,
			directory: true,
		},
	];
	for (const { option, value, stream, directory } of targets) {
		const found = existing(path.resolve(cwd, value));
		if (!found) continue;
		if (found.stats.isFile() && isLinted(found.target, Number(found.stats.size))) {
			throw new UsageError(`${option} '${value}' is a file being linted: miglint does not overwrite it`);
		}
		const { stats } = found;
		if (!stream && options.cache && stats.isFile() && !readableAndWritable(found.target)) {
			throw new UsageError(`${option} '${value}' cannot be used: permission denied`);
		}
		if (stats.isFile() || (stream && isStream(stats)) || (directory && stats.isDirectory())) continue;
		throw new UsageError(
			`${option} '${value}' is ${stats.isDirectory() ? "a directory" : "not a regular file"}: miglint writes ${stream ? "a report" : "its cache"} only to a regular file`,
		);
	}
}

/**
 * Writes a report to a stream (a FIFO with a reader, /dev/stdout, /dev/null):
 * opened without blocking first, so that a FIFO nobody reads is reported
 * instead of waited on forever.
 */
function writeToStream(file: string, text: string): void {
	let probe: number;
	try {
		probe = openSync(file, constants.O_WRONLY | constants.O_NONBLOCK);
	} catch (error) {
		throw (error as NodeJS.ErrnoException).code === "ENXIO" ? new Error("no process reads from this FIFO") : error;
	}
	try {
		// With a reader there, a blocking open returns at once; writes then wait for the reader instead of failing.
		const descriptor = openSync(file, "w");
		try {
			writeSync(descriptor, text, null, "utf8");
		} finally {
			closeSync(descriptor);
		}
	} finally {
		closeSync(probe);
	}
}

/** Writes a report file: a regular file is replaced atomically, a stream is written to. */
export function writeOutputFile(file: string, text: string): void {
	const found = existing(file);
	if (found && isStream(found.stats)) {
		writeToStream(file, text);
		return;
	}
	if (found && !found.stats.isFile()) {
		throw new Error(found.stats.isDirectory() ? "it is a directory" : "it is not a regular file");
	}
	writeFileAtomically(file, text);
}
