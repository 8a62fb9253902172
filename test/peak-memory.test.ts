import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runMiglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

/** Loaded with --import: writes, as the process exits, the size of V8's young generation (its new space) and the peak resident set. */
const RECORDER = `
import { writeFileSync } from "node:fs";
import { getHeapSpaceStatistics } from "node:v8";
process.on("exit", () => writeFileSync(process.env.MIGLINT_MEMORY_FILE, JSON.stringify({
	youngGeneration: getHeapSpaceStatistics().find((space) => space.space_name === "new_space").space_size,
	peak: process.resourceUsage().maxRSS * 1024,
})));
`;

const MB = 1024 * 1024;

/** A staged batch of about `bytes`, as `pnpm bench` makes them. */
function stagedBatch(bytes: number): string {
	const lines = ["EmailAddress,Password,ForceChangePassword"];
	for (let index = 0; index < Math.ceil(bytes / 52); index++) {
		lines.push(`user.${String(index).padStart(6, "0")}@contoso.com,Harbour-${index}-Lamp!,${index % 3 ? "False" : "True"}`);
	}
	return `${lines.join("\r\n")}\r\n`;
}

/** The memory of the `miglint` process that lints one batch of about `bytes`, alone in its folder (no other batch for the project facts to read). */
function memoryOfLinting(bytes: number): { youngGeneration: number; peak: number; size: number } {
	const directory = temporaryFolder("peak-memory");
	const recorder = path.join(directory, "record-memory.mjs");
	const record = path.join(directory, "memory.json");
	writeFileSync(recorder, RECORDER);
	const batch = stagedBatch(bytes);
	writeFileSync(path.join(directory, "batch.csv"), batch);
	const run = runMiglint(["batch.csv"], { cwd: directory, env: { NODE_OPTIONS: `--import=${pathToFileURL(recorder).href}`, MIGLINT_MEMORY_FILE: record } });
	// Linted (a batch over 2,000 rows has csv-max-rows' problem), with no error.
	expect({ status: run.status === 0 || run.status === 1, stderr: run.stderr }).toEqual({ status: true, stderr: "" });
	return { ...(JSON.parse(readFileSync(record, "utf8")) as { youngGeneration: number; peak: number }), size: batch.length };
}

describe("a large batch's memory", () => {
	it("a 5 MB batch leaves V8's young generation at its first size, and takes at most 5 times its size over a tiny batch", () => {
		const tiny = memoryOfLinting(100);
		const large = memoryOfLinting(5 * MB);
		// packages/cli/bin/miglint.js keeps the young generation at 2 MB (two semi-spaces of 1 MB); V8 would grow it to 32 MB,
		// and to 16 MB for the tiny batch.
		expect(large.youngGeneration).toBeLessThanOrEqual(4 * MB);
		expect(tiny.youngGeneration).toBeLessThanOrEqual(4 * MB);
		// The goal of pnpm bench's "memory per byte" (3.5 times measured; 8.5 times with the young generation grown).
		expect((large.peak - tiny.peak) / large.size).toBeLessThanOrEqual(5);
	});
});
