import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { MAX_FILE_BYTES } from "@miglint/core";

/** A batch file's header is in its first bytes: only they are read to tell its type. */
export const HEADER_BYTES = 64 * 1024;

/** Where each file's first bytes are read to, reused from file to file: a run reads thousands of them. */
const scratch = Buffer.allocUnsafe(HEADER_BYTES);

/** Reads into `buffer` from `start` (its offset, and the file's) until it is full or the file ends; where the bytes end. */
function readFrom(descriptor: number, buffer: Buffer, start: number): number {
	let end = start;
	for (let count = 1; count > 0 && end < buffer.length; end += count) count = readSync(descriptor, buffer, end, buffer.length - end, end);
	return end;
}

/** What the facts read of a project file. */
export interface ProjectFileBytes {
	/** Its first HEADER_BYTES; all of it when it is shorter (then `whole` is the same bytes). */
	head: Buffer;
	/** All its bytes; null when it is over miglint's size cap, or when `wholeWanted` did not want them. */
	whole: Buffer | null;
}

/**
 * A project file, read with the fewest system calls its size allows (the facts
 * of a pre-commit run read thousands of small files): its first HEADER_BYTES,
 * then, when it is longer and `wholeWanted(head)` says so, the rest. A file
 * shorter than HEADER_BYTES costs an open, one read and a close; only a longer
 * one is stat'ed, for its size. Null when it cannot be read.
 */
export function readProjectFile(file: string, wholeWanted: (head: Buffer) => boolean = () => true): ProjectFileBytes | null {
	let descriptor: number | undefined;
	try {
		descriptor = openSync(file, "r");
		const headEnd = readFrom(descriptor, scratch, 0);
		const head = Buffer.from(scratch.subarray(0, headEnd));
		if (headEnd < HEADER_BYTES) return { head, whole: head };
		if (!wholeWanted(head)) return { head, whole: null };
		const size = fstatSync(descriptor).size;
		if (size > MAX_FILE_BYTES) return { head, whole: null };
		const whole = Buffer.allocUnsafe(size);
		head.copy(whole, 0, 0, Math.min(headEnd, size));
		// A file that shrank since the stat ends where the reading ends; one that grew is read up to its size then.
		return { head, whole: whole.subarray(0, headEnd >= size ? size : readFrom(descriptor, whole, headEnd)) };
	} catch {
		return null;
	} finally {
		if (descriptor !== undefined) closeSync(descriptor);
	}
}

/** All of a file's bytes; null when it cannot be read or is over miglint's size cap. */
export function readWholeFile(file: string): Buffer | null {
	return readProjectFile(file)?.whole ?? null;
}
