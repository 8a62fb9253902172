import { readdirSync, readFileSync, statSync, chmodSync, writeFileSync, symlinkSync, lstatSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { miglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

const TYPE_LINE = "#TYPE Selected.System.Management.Automation.PSCustomObject";

function workspace(files: Record<string, string | Buffer>): string {
	const directory = temporaryFolder("fix");
	for (const [name, content] of Object.entries(files)) {
		writeFileSync(path.join(directory, name), content);
	}
	return directory;
}

function snapshot(directory: string): Record<string, { bytes: string; mtimeMs: number }> {
	return Object.fromEntries(
		readdirSync(directory)
			.sort()
			.map((name) => [name, { bytes: readFileSync(path.join(directory, name)).toString("hex"), mtimeMs: statSync(path.join(directory, name)).mtimeMs }]),
	);
}

const read = (directory: string, name: string) => readFileSync(path.join(directory, name), "utf8");

describe("miglint --fix", () => {
	it("fixes the header, blank lines and separators, keeping each file's line endings", async () => {
		const directory = workspace({
			"type-line.csv": `${TYPE_LINE}\r\n"EmailAddress","Password","ForceChangePassword"\r\n"kenji.tanaka@contoso.com","Gr8-Harbour-Lamp","False"\r\n`,
			"header.csv": " emailaddress,PASSWORD,ForceChangePassword\nkenji.tanaka@contoso.com,Gr8-Harbour-Lamp,False\n",
			"blank-lines.csv": "EmailAddress\r\nkenji.tanaka@contoso.com\r\n\r\nanna.kowalska@contoso.com\r\n",
			"semicolons.csv": "EmailAddress;Password\nkenji.tanaka@contoso.com;Red,Kite-Hill5\n",
		});
		const run = await miglint(["--fix", "."], { cwd: directory });
		expect(run.stderr).toBe("");
		expect(read(directory, "type-line.csv")).toBe(
			`"EmailAddress","Password","ForceChangePassword"\r\n"kenji.tanaka@contoso.com","Gr8-Harbour-Lamp","False"\r\n`,
		);
		expect(read(directory, "header.csv")).toBe("EmailAddress,Password,ForceChangePassword\nkenji.tanaka@contoso.com,Gr8-Harbour-Lamp,False\n");
		expect(read(directory, "blank-lines.csv")).toBe("EmailAddress\r\nkenji.tanaka@contoso.com\r\nanna.kowalska@contoso.com\r\n");
		expect(read(directory, "semicolons.csv")).toBe('EmailAddress,Password\nkenji.tanaka@contoso.com,"Red,Kite-Hill5"\n');
		expect(run.status).toBe(0);
	});

	it("changes nothing the second time", async () => {
		const directory = workspace({
			"type-line.csv": `${TYPE_LINE}\r\nEmailAddress\r\nkenji.tanaka@contoso.com\r\n\r\n`,
			"bad-address.csv": "EmailAddress\nnot an address\n",
		});
		await miglint(["--fix", "."], { cwd: directory });
		const before = snapshot(directory);
		const second = await miglint(["--fix", "."], { cwd: directory });
		expect(snapshot(directory)).toEqual(before);
		expect(second.status).toBe(1);
		expect(second.stdout).toContain("csv-email-address");
		expect(second.stdout).not.toContain("csv-header");
	});

	it("writes atomically: no temporary file is left, permissions and symlinks are kept", async () => {
		const directory = workspace({ "batch.csv": `${TYPE_LINE}\nEmailAddress\nkenji.tanaka@contoso.com\n` });
		chmodSync(path.join(directory, "batch.csv"), 0o640);
		symlinkSync("batch.csv", path.join(directory, "link.csv"));
		await miglint(["--fix", "link.csv"], { cwd: directory });
		expect(readdirSync(directory).sort()).toEqual(["batch.csv", "link.csv"]);
		expect(lstatSync(path.join(directory, "link.csv")).isSymbolicLink()).toBe(true);
		expect(statSync(path.join(directory, "batch.csv")).mode & 0o777).toBe(0o640);
		expect(read(directory, "batch.csv")).toBe("EmailAddress\nkenji.tanaka@contoso.com\n");
	});

	it("leaves files without fixes untouched", async () => {
		const directory = workspace({ "clean.csv": "EmailAddress\nkenji.tanaka@contoso.com\n", "bad.csv": "EmailAddress\nnot an address\n" });
		const before = snapshot(directory);
		await miglint(["--fix", "."], { cwd: directory });
		expect(snapshot(directory)).toEqual(before);
	});

	it("converts a declared ANSI file to UTF-8 with a byte order mark, then fixes the rest", async () => {
		const directory = workspace({
			"miglint.config.yaml": "csv:\n  legacyEncoding: windows-1252\n",
			"names.csv": Buffer.from(`${TYPE_LINE}\r\nFolderPath,TargetMailbox\r\n\\,PFMailbox1\r\n\\Jos\xe9 Garc\xeda,PFMailbox1\r\n`, "latin1"),
		});
		const run = await miglint(["--fix", "."], { cwd: directory });
		expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
		expect(readFileSync(path.join(directory, "names.csv"))).toEqual(
			Buffer.from("\ufeffFolderPath,TargetMailbox\r\n\\,PFMailbox1\r\n\\José García,PFMailbox1\r\n", "utf8"),
		);
	});

	it("converts UTF-16 without a byte order mark to UTF-8, and leaves UTF-16 with one as it is", async () => {
		const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${TYPE_LINE}\r\nEmailAddress\r\nkenji.tanaka@contoso.com\r\n`, "utf16le")]);
		const directory = workspace({
			"no-bom.csv": Buffer.from("EmailAddress\r\nkenji.tanaka@contoso.com\r\n", "utf16le"),
			"with-bom.csv": withBom,
		});
		const run = await miglint(["--fix", "."], { cwd: directory });
		expect(readFileSync(path.join(directory, "no-bom.csv"))).toEqual(Buffer.from("\ufeffEmailAddress\r\nkenji.tanaka@contoso.com\r\n", "utf8"));
		expect(readFileSync(path.join(directory, "with-bom.csv"))).toEqual(withBom);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain("with-bom.csv");
		expect(run.stdout).toContain("csv-header");
	});

	it("adds the byte order mark a Windows PowerShell script with non-ASCII text needs, in one pass", async () => {
		const script = "# Vérifie les lots\nWrite-Host 'Migration terminée'\n";
		const directory = workspace({ "check.ps1": script });
		const run = await miglint(["--fix", "."], { cwd: directory });
		expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
		expect(readFileSync(path.join(directory, "check.ps1"))).toEqual(Buffer.from(`\ufeff${script}`, "utf8"));
	});

	it("refuses to rewrite a file whose encoding it cannot read faithfully", async () => {
		const original = Buffer.from(`${TYPE_LINE}\nFolderPath,TargetMailbox\n\\,PFMailbox1\n\\Jos\xe9,PFMailbox1\n`, "latin1");
		const directory = workspace({ "names.csv": original });
		const run = await miglint(["--fix", "."], { cwd: directory });
		expect(run.status).toBe(1);
		expect(run.stdout).toContain("csv-encoding");
		expect(run.stdout).toContain("csv-header");
		expect(readFileSync(path.join(directory, "names.csv"))).toEqual(original);
	});
});

describe("miglint --fix-dry-run", () => {
	it("reports what would remain after fixing, and writes nothing", async () => {
		const directory = workspace({ "batch.csv": `${TYPE_LINE}\nEmailAddress\nnot an address\n` });
		const before = snapshot(directory);
		const run = await miglint(["--fix-dry-run", "--format", "json", "."], { cwd: directory });
		expect(snapshot(directory)).toEqual(before);
		const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string }[]; output?: string }[];
		expect(result!.messages.map((message) => message.ruleId)).toEqual(["miglint/csv-email-address"]);
		expect(result!.output).toBeUndefined();
		expect(run.status).toBe(1);
	});

	it("cannot be combined with --fix", async () => {
		const run = await miglint(["--fix", "--fix-dry-run", "."]);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain("--fix and --fix-dry-run cannot be used together");
	});
});
