import fs, { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { emptyConfig, MAX_FILE_BYTES } from "@miglint/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { takeParseForLint } from "@miglint/language-csv";
import { collectProjectFacts, projectFileStamps, type LanguageOfFile } from "../src/index.js";

const languageOf: LanguageOfFile = (file) =>
	file.endsWith(".csv") ? "csv" : file.endsWith(".ps1") ? "powershell" : file.endsWith(".json") ? "settings" : undefined;
const batch = (...addresses: string[]) =>
	`EmailAddress,Password,ForceChangePassword\n${addresses.map((address) => `${address},Tr0ub4dor&3x,False`).join("\n")}\n`;
const DOMAINS = JSON.stringify([{ Id: "contoso.com", AuthenticationType: "Federated" }]);
const SCRIPT =
	'$csv = [System.IO.File]::ReadAllBytes("$PSScriptRoot\\wave2.csv")\nNew-MigrationBatch -Name W2 -Local -TargetDeliveryDomain contoso.mail.onmicrosoft.com -CSVData $csv\n';

let root = "";
const file = (name: string) => path.join(root, name);
const relative = (files: readonly string[]) => files.map((name) => path.relative(root, name));

beforeEach(() => {
	root = mkdtempSync(path.join(tmpdir(), "miglint-facts-index-"));
	writeFileSync(file("wave1.csv"), batch("ana@contoso.com", "ben@contoso.com"));
	writeFileSync(file("wave2.csv"), batch("carl@contoso.com"));
	writeFileSync(file("start.ps1"), SCRIPT);
	writeFileSync(file("domains.json"), DOMAINS);
	writeFileSync(file("notes.txt"), "not a file miglint reads\n");
});
afterEach(() => {
	vi.restoreAllMocks();
	syncBuiltinESMExports();
	rmSync(root, { recursive: true, force: true });
});

const PROJECT = ["domains.json", "notes.txt", "start.ps1", "wave1.csv", "wave2.csv"];

async function collect(linted: string, previous = {}) {
	return collectProjectFacts(root, PROJECT.map(file), [file(linted)], emptyConfig(root), languageOf, previous);
}

describe("the facts index", () => {
	it("reads each file the facts need once, then none while nothing changes, then only the file that changed", async () => {
		const cold = await collect("wave1.csv");
		expect(relative(cold.summaries.read)).toEqual(["domains.json", "start.ps1", "wave1.csv", "wave2.csv"]);
		expect(cold.report.sso?.source).toBe("domains.json:1:43 says contoso.com is Federated");

		const warm = await collect("wave1.csv", cold.summaries.entries);
		expect(warm.summaries.read).toEqual([]);
		expect(warm.report).toEqual(cold.report);

		writeFileSync(file("wave2.csv"), batch("carl@contoso.com", "ben@contoso.com"));
		const edited = await collect("wave1.csv", warm.summaries.entries);
		expect(relative(edited.summaries.read)).toEqual(["wave2.csv"]);
		expect(edited.report.duplicates.map(({ address, places }) => ({ address, places: places.map((place) => [path.basename(place.file), place.row]) }))).toEqual(
			[
				{
					address: "ben@contoso.com",
					places: [
						["wave1.csv", 3],
						["wave2.csv", 3],
					],
				},
			],
		);
		// The script's batch still types the file it reads, from the index.
		expect(edited.report.csvTypes.find((fact) => fact.file === file("wave2.csv"))).toMatchObject({ origin: "script", script: "start.ps1:2:1" });
	});

	it("takes only the header of a file over the size cap: its addresses are never read", async () => {
		const row = "ana@contoso.com,Tr0ub4dor&3x,False\n";
		writeFileSync(file("wave2.csv"), batch().concat(row.repeat(Math.ceil(MAX_FILE_BYTES / row.length) + 1)));
		const { report, summaries } = await collect("wave1.csv");
		expect(summaries.of.get(file("wave2.csv"))).toEqual({ kind: "csv", header: ["EmailAddress", "Password", "ForceChangePassword"], addresses: {} });
		expect(report.duplicates).toEqual([]);
	});

	it("keep the parse of a linted batch for the language, which parses it no more (and of no other batch)", async () => {
		await collect("wave1.csv");
		const text = (name: string) => readFileSync(file(name), "utf8");
		const taken = takeParseForLint(file("wave1.csv"), text("wave1.csv"));
		expect(taken?.ok && Array.from(taken.document.rows, (row) => row.rowNumber)).toEqual([2, 3]);
		expect(takeParseForLint(file("wave2.csv"), text("wave2.csv"))).toBeUndefined();
	});

	it("stats each file once and opens a batch smaller than its header's share once, for its header and its addresses", async () => {
		// readFileSync opens through fs.openSync: the opens count every read.
		const calls = [vi.spyOn(fs, "statSync"), vi.spyOn(fs, "openSync")];
		// The modules import these by name: their bindings follow the spies once the built-in's exports are synced.
		syncBuiltinESMExports();
		const { summaries } = await collect("wave1.csv");
		const callsOn = (file: string) => calls.map((spy) => spy.mock.calls.filter(([called]) => called === file).length);
		expect(summaries.of.get(file("wave1.csv"))).toMatchObject({
			addresses: { emailaddress: { addresses: "ana@contoso.com\nben@contoso.com", rows: [2, 3] } },
		});
		expect(callsOn(file("wave1.csv"))).toEqual([1, 1]);
		expect(callsOn(file("start.ps1"))).toEqual([1, 1]);
	});

	it("stamps a file the run stat'ed already from what it saw, without stating it again", () => {
		const statSync = vi.spyOn(fs, "statSync");
		syncBuiltinESMExports();
		const seen = fs.lstatSync(file("wave1.csv"));
		const stamps = projectFileStamps(PROJECT.map(file), emptyConfig(root), languageOf, new Map([[file("wave1.csv"), seen]]));
		expect(stamps.get(file("wave1.csv"))).toBe(`${seen.size}:${seen.mtimeMs}`);
		expect(statSync.mock.calls.map(([called]) => path.basename(String(called))).sort()).toEqual(["domains.json", "start.ps1", "wave2.csv"]);
		// notes.txt is no file the facts read.
		expect([...stamps.keys()].map((name) => path.basename(name)).sort()).toEqual(["domains.json", "start.ps1", "wave1.csv", "wave2.csv"]);
	});
});
