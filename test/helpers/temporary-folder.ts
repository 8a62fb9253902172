import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, onTestFinished } from "vitest";

/**
 * A new empty folder `miglint-<name>-…` in the temporary directory, removed
 * when the test that asks for it finishes, or, asked for while tests are
 * collected (at the top of a file or in a `describe`), after that file's or
 * that suite's tests. A hook (beforeAll, beforeEach) removes its own folders.
 */
export function temporaryFolder(name: string): string {
	const directory = realpathSync(mkdtempSync(path.join(tmpdir(), `miglint-${name}-`)));
	const remove = (): void => {
		rmSync(directory, { recursive: true, force: true });
	};
	try {
		onTestFinished(remove);
	} catch {
		// Not inside a test: vitest is collecting the tests of a file or suite.
		afterAll(remove);
	}
	return directory;
}
