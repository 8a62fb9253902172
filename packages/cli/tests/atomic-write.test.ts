import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { writeFileAtomically } from "../src/atomic-write.js";

const built = pathToFileURL(path.resolve(import.meta.dirname, "../dist/atomic-write.js")).href;

let directory = "";
afterEach(() => {
	rmSync(directory, { recursive: true, force: true });
});

describe("writing a file atomically", () => {
	it("replaces the content and leaves nothing beside it", () => {
		directory = mkdtempSync(path.join(tmpdir(), "miglint-atomic-"));
		const file = path.join(directory, "batch.csv");
		writeFileAtomically(file, "one");
		writeFileAtomically(file, "two");
		expect(readFileSync(file, "utf8")).toBe("two");
		expect(readdirSync(directory)).toEqual(["batch.csv"]);
	});

	it("holds a signal back until the write is done, then ends the process with it", () => {
		// The child signals itself in the middle of the work: without the hold it would end at once.
		const script = `
			import { withSignalsDeferred } from ${JSON.stringify(built)};
			withSignalsDeferred(() => { process.kill(process.pid, "SIGTERM"); console.log("work finished"); });
			setTimeout(() => console.log("still running"), 5000);
		`;
		const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
		expect(child.stdout).toBe("work finished\n");
		expect(child.signal).toBe("SIGTERM");
	});
});
