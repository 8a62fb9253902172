import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

/** The file a path names (through symlinks) and its permissions, or null when there is none yet. */
function existingTarget(file: string): { target: string; mode: number } | null {
	try {
		const target = realpathSync(file);
		return { target, mode: statSync(target).mode };
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === "ENOENT") {
			return null;
		}
		throw error;
	}
}

/**
 * Replaces a file's content in one step: the new content goes to a temporary
 * file beside it, which is synced and renamed over the original, so a reader
 * (or a crash) never sees half a file. A symlink keeps pointing at its target,
 * which receives the content with its permissions; a new file gets the
 * default permissions.
 */
export function writeFileAtomically(file: string, content: string): void {
	const existing = existingTarget(file);
	const target = existing?.target ?? path.resolve(file);
	const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.miglint-tmp`);
	const descriptor = openSync(temporary, "wx", existing?.mode ?? 0o666);
	try {
		if (existing) {
			fchmodSync(descriptor, existing.mode & 0o7777);
		}
		writeSync(descriptor, content, null, "utf8");
		fsyncSync(descriptor);
	} finally {
		closeSync(descriptor);
	}
	try {
		renameSync(temporary, target);
	} catch (error) {
		unlinkSync(temporary);
		throw error;
	}
}
