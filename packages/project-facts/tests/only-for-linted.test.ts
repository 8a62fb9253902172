import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { emptyConfig } from "@miglint/core";
import { takeParseForLint } from "@miglint/language-csv";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collectProjectFacts, projectFactsSource, type LanguageOfFile } from "../src/index.js";

const languageOf: LanguageOfFile = (file) =>
	file.endsWith(".csv") ? "csv" : file.endsWith(".ps1") ? "powershell" : file.endsWith(".json") ? "settings" : undefined;
const batch = (...addresses: string[]) =>
	`EmailAddress,Password,ForceChangePassword\n${addresses.map((address) => `${address},Tr0ub4dor&3x,True`).join("\n")}\n`;
const newBatch = (csvData: string, endpoint = "-Local -TargetDeliveryDomain contoso.mail.onmicrosoft.com") =>
	`New-MigrationBatch -Name W ${endpoint} -CSVData ([System.IO.File]::ReadAllBytes(${csvData}))\n`;

/** Each file of the project: batches sharing addresses in the ways a value can be written, and scripts naming them in the ways a path can be. */
const PROJECT: Record<string, string> = {
	"wave1.csv": batch("ana@contoso.com", "ben@contoso.com"),
	// Ben again: quoted, in another letter case; read as a batch of the script's type.
	"wave2.csv": `EmailAddress,Password\n"carl@contoso.com",x\n"Ben@Contoso.COM",y\n`,
	// A UTF-16 batch listing Ana.
	"wave3.csv": `\ufeff${batch("ANA@contoso.com")}`,
	"wave4.csv": batch("dora@contoso.com"),
	// UTF-16 without a byte order mark, listing Ben.
	"wave5.csv": batch("BEN@contoso.com"),
	"domains.json": JSON.stringify([{ Id: "contoso.com", AuthenticationType: "Federated" }]),
	"accepted.json": JSON.stringify([{ DomainName: "contoso.com", DomainType: "Authoritative" }]),
	"endpoint.ps1": "New-MigrationEndpoint -ExchangeRemoteMove -Name 'Hybrid' -RemoteServer mail.contoso.com -Credentials $c\n",
	"wave1.ps1": newBatch(`"$PSScriptRoot\\wave1.csv"`, "-SourceEndpoint 'Hybrid'"),
	// The name built from pieces: no "wave2.csv" in the text.
	"wave2.ps1": newBatch(`'.\\wa' + 've2.csv'`, "-SourceEndpoint 'Hybrid'"),
	// An escape in the name (a double-quoted string without variables reads as its value).
	"wave3.ps1": newBatch(`".\\wave\`3.csv"`),
	"wave4.ps1": newBatch(`"$PSScriptRoot\\wave4.csv"`),
	"notes.ps1": "Get-Mailbox -ResultSize 10\n",
};

let root = "";
const file = (name: string) => path.join(root, name);

beforeEach(() => {
	root = mkdtempSync(path.join(tmpdir(), "miglint-only-for-linted-"));
	for (const [name, text] of Object.entries(PROJECT)) writeFileSync(file(name), text, name === "wave3.csv" || name === "wave5.csv" ? "utf16le" : "utf8");
});
afterEach(() => {
	rmSync(root, { recursive: true, force: true });
});

async function factsOf(linted: string, onlyForLinted: boolean) {
	const config = emptyConfig(root);
	const { report, summaries } = await collectProjectFacts(root, Object.keys(PROJECT).map(file), [file(linted)], config, languageOf, {}, onlyForLinted);
	return { facts: projectFactsSource(report, config)(file(linted)), summaries };
}

describe("facts only for the linted files (a run that keeps no index)", () => {
	it.each(Object.keys(PROJECT))("gives %s the facts a complete reading of the project gives", async (linted) => {
		const [complete, onlyForLinted] = [await factsOf(linted, false), await factsOf(linted, true)];
		expect(onlyForLinted.facts).toEqual(complete.facts);
	});

	it("gives a batch its duplicates in the batches sharing its addresses, and their types from the scripts, without parsing the others", async () => {
		const { facts, summaries } = await factsOf("wave1.csv", true);
		expect(facts.otherBatches).toEqual({ "ana@contoso.com": ["wave3.csv row 2"], "ben@contoso.com": ["wave2.csv row 3", "wave5.csv row 2"] });
		// Keyed by addresses: a dictionary without inherited names (a cell "constructor" finds nothing in it).
		expect(Object.getPrototypeOf(facts.otherBatches)).toBeNull();
		expect(facts.sso?.federated).toBe(true);
		expect(facts.scriptBatch).toEqual({ type: "remote-move-onboarding", script: "wave1.ps1:1:1" });
		// wave4.csv shares nothing: not summarized; its script is not parsed, nor the one without batches.
		expect(summaries.of.has(file("wave4.csv"))).toBe(false);
		expect(summaries.of.get(file("wave4.ps1"))).toMatchObject({ batches: [] });
		expect(summaries.of.get(file("wave2.ps1"))).toMatchObject({ batches: [{ csvFile: { base: "relative", path: ".\\wave2.csv" } }] });
		expect(summaries.of.get(file("endpoint.ps1"))).toMatchObject({ endpoints: [{ name: "Hybrid" }] });
		expect(summaries.of.get(file("wave3.ps1"))).toMatchObject({ batches: [{ csvFile: { base: "relative", path: ".\\wave3.csv" } }] });
	});

	it("reads only the header of a batch no other CSV file could share addresses with: the language parses it, once", async () => {
		const lone = mkdtempSync(path.join(tmpdir(), "miglint-lone-batch-"));
		try {
			const wave = path.join(lone, "wave1.csv");
			// Over the 64 KiB a header is read from.
			const text = batch(...Array.from({ length: 3000 }, (_, index) => `user.${index}@contoso.com`));
			writeFileSync(wave, text);
			const facts = async (files: string[]) => collectProjectFacts(lone, files, [wave], emptyConfig(lone), languageOf, {}, true);
			const alone = await facts([wave]);
			expect(alone.summaries.of.get(wave)).toEqual({ kind: "csv", header: ["EmailAddress", "Password", "ForceChangePassword"], addresses: {} });
			expect(takeParseForLint(wave, text)).toBeUndefined();
			// With another batch, its addresses are read, and its parse is kept for the language.
			writeFileSync(path.join(lone, "wave2.csv"), batch("user.7@contoso.com"));
			const shared = await facts([wave, path.join(lone, "wave2.csv")]);
			expect(shared.report.duplicates).toMatchObject([{ address: "user.7@contoso.com" }]);
			expect(takeParseForLint(wave, text)).toMatchObject({ ok: true });
		} finally {
			rmSync(lone, { recursive: true, force: true });
		}
	});

	it("parses no script and reads no batch for a settings file", async () => {
		const { summaries } = await factsOf("accepted.json", true);
		expect([...summaries.of.keys()].filter((name) => name.endsWith(".csv"))).toEqual([]);
		expect(Object.values(PROJECT).length).toBeGreaterThan(0);
		for (const script of ["endpoint.ps1", "wave1.ps1", "wave2.ps1"]) expect(summaries.of.get(file(script))).toMatchObject({ batches: [], endpoints: [] });
	});
});
