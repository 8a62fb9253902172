import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runMiglint } from "./helpers/run-miglint.js";

const BATCH = "EmailAddress\nkenji.tanaka@contoso.com\n";

let directory: string;

beforeEach(() => {
	directory = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-hostile-")));
});

afterEach(() => {
	rmSync(directory, { recursive: true, force: true });
});

function write(name: string, text: string): string {
	const file = path.join(directory, name);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text);
	return file;
}

describe("names that are also properties of every JavaScript object", () => {
	it.each(["constructor", "__proto__ -x 1"])("a script line %j", (line) => {
		write("names.ps1", `${line}\n`);
		expect(runMiglint(["names.ps1"], { cwd: directory })).toEqual({ status: 0, stdout: "", stderr: "" });
	});

	it.each(["constructor", "__proto__", "toString"])("--rule '%s: error' is an unknown rule", (name) => {
		write("batch.csv", BATCH);
		expect(runMiglint(["--rule", `${name}: error`, "batch.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: `miglint: --rule '${name}: error': unknown rule "${name}"\n`,
		});
	});

	it.each(["constructor", "__proto__", "toString"])("rules: {%s: warn} in the configuration is an unknown rule", (name) => {
		write("batch.csv", BATCH);
		write("miglint.config.yaml", `rules:\n  ${name}: warn\n`);
		expect(runMiglint(["batch.csv"], { cwd: directory })).toEqual({ status: 2, stdout: "", stderr: `miglint: miglint.config.yaml:2:3: unknown rule "${name}"\n` });
	});
});

describe("report and cache files", () => {
	it.each([
		[["-o", "batch.csv"], "--output-file 'batch.csv' is a file being linted: miglint does not overwrite it"],
		[["-o", "link.csv"], "--output-file 'link.csv' is a file being linted: miglint does not overwrite it"],
		[["--cache", "--cache-location", "batch.csv"], "--cache-location 'batch.csv' is a file being linted: miglint does not overwrite it"],
		// Without --cache, ESLint deletes the cache file.
		[["--cache-location", "batch.csv"], "--cache-location 'batch.csv' is a file being linted: miglint does not overwrite it"],
	])("%j never overwrites the linted batch", (options, message) => {
		const batch = write("batch.csv", BATCH);
		symlinkSync("batch.csv", path.join(directory, "link.csv"));
		expect(runMiglint([...options, "batch.csv"], { cwd: directory })).toEqual({ status: 2, stdout: "", stderr: `miglint: ${message}\n` });
		expect(readFileSync(batch, "utf8")).toBe(BATCH);
	});

	it("a directory is refused as a report file and as a cache file", () => {
		write("batch.csv", BATCH);
		mkdirSync(path.join(directory, "reports"));
		mkfifo(path.join(directory, "fifo"));
		expect(runMiglint(["-o", "reports", "batch.csv"], { cwd: directory }).stderr).toBe("miglint: --output-file 'reports' is a directory: miglint writes a report only to a regular file\n");
		expect(runMiglint(["--cache", "--cache-location", "fifo", "batch.csv"], { cwd: directory }).stderr).toBe(
			"miglint: --cache-location 'fifo' is not a regular file: miglint writes its cache only to a regular file\n",
		);
	});

	it("a FIFO with a reader receives the report as a stream and stays a FIFO", async () => {
		write("batch.csv", BATCH);
		const fifo = path.join(directory, "report.fifo");
		mkfifo(fifo);
		const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "inherit"] });
		const chunks: Buffer[] = [];
		reader.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
		const run = runMiglint(["-f", "json", "-o", fifo, "batch.csv"], { cwd: directory });
		await once(reader, "close");
		expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
		expect(JSON.parse(Buffer.concat(chunks).toString("utf8"))).toHaveLength(1);
		expect(lstatSync(fifo).isFIFO()).toBe(true);
	});

	it("a FIFO nobody reads is reported, not waited on", () => {
		write("batch.csv", BATCH);
		mkfifo(path.join(directory, "report.fifo"));
		expect(runMiglint(["-o", "report.fifo", "batch.csv"], { cwd: directory })).toEqual({
			status: 2,
			stdout: "",
			stderr: "miglint: cannot write the stylish report to 'report.fifo': no process reads from this FIFO\n",
		});
		expect(lstatSync(path.join(directory, "report.fifo")).isFIFO()).toBe(true);
	});

	// A device of its own (the null device's numbers), so that a regression replaces it and not the machine's /dev/null.
	it.skipIf(process.getuid?.() !== 0)("a device node is written to, never replaced", () => {
		write("batch.csv", "EmailAddress\nnot an address\n");
		const device = path.join(directory, "null");
		expect(spawnSync("mknod", [device, "c", "1", "3"]).status).toBe(0);
		symlinkSync("null", path.join(directory, "link"));
		expect(runMiglint(["-o", "link", "batch.csv"], { cwd: directory })).toEqual({ status: 1, stdout: "", stderr: "" });
		expect(lstatSync(device).isCharacterDevice()).toBe(true);
	});
});

function mkfifo(file: string): void {
	const result = spawnSync("mkfifo", [file]);
	if (result.status !== 0) throw new Error(`mkfifo failed: ${String(result.stderr)}`);
}
