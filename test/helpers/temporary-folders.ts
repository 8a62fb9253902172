/**
 * vitest's global setup: the run gets a temporary directory of its own, and
 * fails when a test leaves a `miglint-*` folder in it.
 *
 * `TMPDIR` is set before the test workers start, so `os.tmpdir()` in every
 * test (and in every process a test starts) is this run's directory. Other
 * runs on the same machine, such as other checkouts' test suites, have
 * directories of their own and cannot make this check fail.
 */
import { mkdtempSync, readdirSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

let runDirectory: string | undefined;
let previousTmpdir: string | undefined;

export function setup(): void {
	previousTmpdir = process.env["TMPDIR"];
	runDirectory = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-test-run-")));
	process.env["TMPDIR"] = runDirectory;
}

export function teardown(): void {
	if (!runDirectory) {
		return;
	}
	const left = readdirSync(runDirectory).filter((name) => name.startsWith("miglint-"));
	rmSync(runDirectory, { recursive: true, force: true });
	if (previousTmpdir === undefined) {
		delete process.env["TMPDIR"];
	} else {
		process.env["TMPDIR"] = previousTmpdir;
	}
	if (left.length) {
		// A global teardown cannot fail a test; the exit code says the run failed.
		process.stderr.write(
			`\nThe tests left ${left.length} temporary folder(s) behind (now removed); remove each in the test that creates it:\n${left.map((name) => `  ${name}\n`).join("")}`,
		);
		process.exitCode = 1;
	}
}
