import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { writeLargeBatch } from "../tools/generate-project.mjs";
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

/** The memory of the `miglint` process that lints the files `write` writes in a folder of their own (`linted` are their names). */
function memoryOfLinting(linted: string[], write: (directory: string) => void): { youngGeneration: number; peak: number } {
	const directory = temporaryFolder("peak-memory");
	const recorder = path.join(directory, "record-memory.mjs");
	const record = path.join(directory, "memory.json");
	writeFileSync(recorder, RECORDER);
	write(directory);
	const run = runMiglint(linted, { cwd: directory, env: { NODE_OPTIONS: `--import=${pathToFileURL(recorder).href}`, MIGLINT_MEMORY_FILE: record } });
	// Linted (a batch over 2,000 rows has csv-max-rows' problem), with no error.
	expect({ linted: run.status === 0 || run.status === 1, stderr: run.stderr }).toEqual({ linted: true, stderr: "" });
	return JSON.parse(readFileSync(record, "utf8")) as { youngGeneration: number; peak: number };
}

const SMALL_BATCH = "EmailAddress,Password,ForceChangePassword\r\nana@contoso.com,Harbour-1-Lamp!,False\r\n";

describe("V8's young generation (packages/cli/src/young-generation.ts)", () => {
	it("does not grow for a 5 MB batch beyond its size for a tiny one; the batch takes at most 5 times its size over the tiny one", () => {
		const tiny = memoryOfLinting(["batch.csv"], (directory) => {
			writeFileSync(path.join(directory, "batch.csv"), SMALL_BATCH);
		});
		let size = 0;
		const large = memoryOfLinting(["batch.csv"], (directory) => {
			size = statSync(writeLargeBatch(directory, 5, "batch.csv")).size;
		});
		// 8 MB both measured; V8 would grow it to 32 MB for the 5 MB batch, 16 MB for the tiny one.
		expect(large.youngGeneration).toBeLessThanOrEqual(tiny.youngGeneration);
		// The goal of pnpm bench's "memory per byte" (3.8 times measured; 8.7 times with the young generation grown).
		expect((large.peak - tiny.peak) / size).toBeLessThanOrEqual(5);
	});

	it("grows as V8 grows it when a script is linted too, whose parse takes more time in a small young generation", () => {
		const script = Array.from({ length: 1500 }, (_, index) => `Set-Mailbox -Identity "user.${index}@contoso.com" -ForwardingSmtpAddress $null -Confirm:$false`);
		const { youngGeneration } = memoryOfLinting(["batch.csv", "migrate.ps1"], (directory) => {
			writeFileSync(path.join(directory, "batch.csv"), SMALL_BATCH);
			writeFileSync(path.join(directory, "migrate.ps1"), `${script.join("\r\n")}\r\n`);
		});
		// 16 MB measured; 8 MB with it held.
		expect(youngGeneration).toBeGreaterThan(8 * MB);
	});
});
