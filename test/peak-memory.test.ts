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

/**
 * The memory of the `miglint` process that lints one file, alone in its folder (no other file for the project facts to
 * read), which `write` writes there.
 */
function memoryOfLinting(name: string, write: (file: string) => void): { youngGeneration: number; peak: number; size: number } {
	const directory = temporaryFolder("peak-memory");
	const recorder = path.join(directory, "record-memory.mjs");
	const record = path.join(directory, "memory.json");
	writeFileSync(recorder, RECORDER);
	write(path.join(directory, name));
	const run = runMiglint([name], { cwd: directory, env: { NODE_OPTIONS: `--import=${pathToFileURL(recorder).href}`, MIGLINT_MEMORY_FILE: record } });
	// Linted (a batch over 2,000 rows has csv-max-rows' problem), with no error.
	expect({ linted: run.status === 0 || run.status === 1, stderr: run.stderr }).toEqual({ linted: true, stderr: "" });
	return { ...(JSON.parse(readFileSync(record, "utf8")) as { youngGeneration: number; peak: number }), size: statSync(path.join(directory, name)).size };
}

describe("V8's young generation (packages/cli/src/young-generation.ts)", () => {
	it("stays at its first size for a 5 MB batch, which then takes at most 5 times its size over a tiny batch", () => {
		const tiny = memoryOfLinting("batch.csv", (file) => {
			writeFileSync(file, "EmailAddress,Password,ForceChangePassword\r\nana@contoso.com,Harbour-1-Lamp!,False\r\n");
		});
		const large = memoryOfLinting("batch.csv", (file) => writeLargeBatch(path.dirname(file), 5, path.basename(file)));
		// 2 MB (two semi-spaces of 1 MB); V8 would grow it to 32 MB, and to 16 MB for the tiny batch.
		expect(large.youngGeneration).toBeLessThanOrEqual(4 * MB);
		expect(tiny.youngGeneration).toBeLessThanOrEqual(4 * MB);
		// The goal of pnpm bench's "memory per byte" (3.5 times measured; 8.5 times with the young generation grown).
		expect((large.peak - tiny.peak) / large.size).toBeLessThanOrEqual(5);
	});

	it("grows for a script, whose parse would take a quarter more time with a young generation that small", () => {
		const lines = Array.from({ length: 1500 }, (_, index) => `Set-Mailbox -Identity "user.${index}@contoso.com" -ForwardingSmtpAddress $null -Confirm:$false`);
		// 16 MB measured.
		expect(
			memoryOfLinting("migrate.ps1", (file) => {
				writeFileSync(file, `${lines.join("\r\n")}\r\n`);
			}).youngGeneration,
		).toBeGreaterThan(4 * MB);
	});
});
