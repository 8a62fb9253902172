import { closeSync, fchmodSync, fsyncSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from "node:fs";
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

/** The signals that end a run from a terminal, a CI runner or a process manager. */
const DEFERRED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

let signalsHeld = false;

/**
 * Runs `work` (synchronous) with the signals above held back: a signal that
 * arrives meanwhile ends the process only once `work` has finished, so that
 * it never leaves a half-written temporary file behind. Once a listener is
 * installed, Node hands a signal to it on the next turn of the event loop
 * instead of ending the process at once; the listener then removes itself and
 * raises the signal again, which ends the process as it would have.
 */
export function withSignalsDeferred<T>(work: () => T): T {
	if (!signalsHeld) {
		signalsHeld = true;
		const raiseAgain = (signal: NodeJS.Signals): void => {
			for (const held of DEFERRED_SIGNALS) {
				process.removeListener(held, raiseAgain);
			}
			process.kill(process.pid, signal);
		};
		for (const signal of DEFERRED_SIGNALS) {
			process.on(signal, raiseAgain);
		}
	}
	return work();
}

/**
 * Removes temporary files an earlier run left beside `target` when it was
 * killed outright (SIGKILL cannot be held back): they can hold a whole fixed
 * batch, passwords included.
 */
function removeLeftovers(target: string): void {
	const prefix = `.${path.basename(target)}.`;
	const directory = path.dirname(target);
	let names: string[];
	try {
		names = readdirSync(directory);
	} catch {
		return;
	}
	for (const name of names) {
		if (name.startsWith(prefix) && /^[0-9a-f]{12}\.miglint-tmp$/u.test(name.slice(prefix.length))) {
			rmSync(path.join(directory, name), { force: true });
		}
	}
}

/**
 * Replaces a file's content in one step: the new content goes to a temporary
 * file beside it, which is synced and renamed over the original, so a reader
 * (or a crash) never sees half a file. A symlink keeps pointing at its target,
 * which receives the content with its permissions; a new file gets the
 * default permissions. Signals are held back until the rename is done.
 */
export function writeFileAtomically(file: string, content: string): void {
	withSignalsDeferred(() => {
		const existing = existingTarget(file);
		const target = existing?.target ?? path.resolve(file);
		removeLeftovers(target);
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
	});
}
