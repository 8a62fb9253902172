import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, FIXTURES, type JsonResult, jsonResults, miglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

const CONTOSO = path.join(FIXTURES, "contoso");

function messagesOf(results: JsonResult[], file: string, ruleId: string) {
	return results.find((result) => result.filePath === file)?.messages.filter((message) => message.ruleId === `miglint/${ruleId}`) ?? [];
}

describe("project facts: what miglint derives from the whole repository", () => {
	it("--print-facts explains each fact and where it comes from", async () => {
		const run = await miglint(["--print-facts"], { cwd: CONTOSO });
		expect(run.stderr).toBe("");
		expect(run.status).toBe(0);
		const lines = run.stdout.split("\n");
		expect(lines).toContain("  migration.sso in the configuration: true");
		expect(lines).toContain("  migration.skypeHybrid.final in the configuration: not set (the move is taken as not final)");
		expect(lines).toContain("  domain exports: federated (settings/domains.json:5:27 says contoso.com is Federated)");
		expect(lines.find((line) => line.startsWith("    on premises: "))).toBe(
			"    on premises: allowFederatedUsers true (settings/access-edge.json), partnerDiscovery true (settings/access-edge.json), blockedDomains [litware.com] (settings/broken/config-federation-parity.json)",
		);
		expect(lines).toContain(
			"  scripts/start-imap.ps1:21:5: IMAP migration batch (imap), because its -SourceEndpoint 'Fabrikam IMAP' is created with New-MigrationEndpoint -IMAP (line 19)",
		);
		expect(lines).toContain(
			"    -CSVData '$PSScriptRoot\\..\\batches\\imap\\fabrikam-wave1.csv' -> batches/imap/fabrikam-wave1.csv (found relative to the script)",
		);
		expect(lines).toContain("    -CSVData 'C:\\Migration\\Fabrikam\\csv-columns.imap.csv' -> batches/broken/csv-columns.imap.csv (found by file name)");
		expect(lines).toContain("    -CSVData '$PSScriptRoot\\..\\..\\batches\\imap\\fabrikam-wave3.csv' (there is no such file relative to the script)");
		expect(lines).toContain(
			"  batches/imap/fabrikam-wave1.csv: IMAP migration batch (imap), because scripts/start-imap.ps1:21:5 creates an IMAP migration batch from it",
		);
		// The endpoint of a batch may be created by another script.
		expect(lines).toContain(
			"  scripts/start-wave1.ps1:24:5: staged migration batch (staged), because its -SourceEndpoint 'Contoso Exchange 2007' is created with New-MigrationEndpoint -ExchangeOutlookAnywhere at scripts/broken/ps-untrusted-certificate.ps1:28:5",
		);
		expect(lines).toContain("    -CSVData '…\\wave1-finance.csv' -> batches/clean/wave1-finance.csv (found by file name)");
		expect(lines).toContain("  batches/legacy/wave0.txt: staged migration batch (staged), because csv.types maps it to staged");
		expect(lines.find((line) => line.startsWith("  batches/clean/wave3-addresses-only.csv: "))).toContain("only assumed");
		expect(lines).toContain(
			"  marta.kowalczyk@contoso.com: batches/broken/csv-unique-email-across-batches.csv row 2, batches/broken/csv-unique-email-across-batches.wave5.csv row 3",
		);
	});

	it("finds the user list a script passes to Move-CsUser -UserList, and checks it as a headerless list", async () => {
		const lines = (await miglint(["--print-facts"], { cwd: CONTOSO })).stdout.split("\n");
		expect(lines).toContain(
			"  scripts/move-to-teams.ps1:14:1: '$PSScriptRoot\\..\\batches\\broken\\csv-user-list.csv' -> batches/broken/csv-user-list.csv (found relative to the script)",
		);
		expect(lines).toContain(
			"  batches/broken/csv-user-list.csv: Move-CsUser user list (skype-user-list), because scripts/move-to-teams.ps1:14:1 passes it to Move-CsUser -UserList",
		);
		// Without the script, its first line is no header of any type: the file is left alone.
		const copy = copyFixture("contoso");
		writeFileSync(path.join(copy, "scripts/move-to-teams.ps1"), "Write-Output 'moved by hand'\n");
		const results = jsonResults(await miglint(["batches/broken/csv-user-list.csv", "--format", "json"], { cwd: copy }), copy);
		expect(results[0]!.messages).toEqual([]);
	});

	it("--print-facts --format json gives the same facts as data, the same bytes every time", async () => {
		const run = await miglint(["--print-facts", "--format", "json"], { cwd: CONTOSO });
		const facts = JSON.parse(run.stdout) as { batches: { script: string; type: string | null; csvFile: string | null }[] };
		expect(facts.batches.filter((batch) => batch.script === "scripts/start-imap.ps1")).toMatchObject([
			{ type: "imap", csvFile: "batches/imap/fabrikam-wave1.csv" },
			{ type: "imap", csvFile: "batches/broken/csv-columns.imap.csv" },
		]);
		expect((await miglint(["--print-facts", "--format", "json"], { cwd: CONTOSO })).stdout).toBe(run.stdout);
	});

	it("takes no fact from a script with a syntax error, whose recovered tree could be wrong", async () => {
		const directory = temporaryFolder("facts-syntax-error");
		writeFileSync(path.join(directory, "wave1.csv"), "EmailAddress\nkenji.tanaka@contoso.com\n");
		const script = (condition: string) =>
			`if (${condition} {\n  New-MigrationBatch -Name Wave1 -SourceEndpoint Contoso -CSVData ([System.IO.File]::ReadAllBytes("$PSScriptRoot\\wave1.csv"))\n}\n`;
		const batches = async (condition: string) => {
			writeFileSync(path.join(directory, "start.ps1"), script(condition));
			const run = await miglint(["--print-facts", "--format", "json"], { cwd: directory });
			return (JSON.parse(run.stdout) as { batches: { script: string; csvFile: string | null }[] }).batches;
		};
		expect(await batches("$go)")).toMatchObject([{ script: "start.ps1", csvFile: "wave1.csv" }]);
		expect(await batches("$go")).toEqual([]);
	});

	it("checks a CSV file as the batch type the script that reads it creates, and reports the mismatch on the CSV", async () => {
		const results = jsonResults(await miglint(["fixtures/contoso", "--format", "json"]), CONTOSO);
		const messages = messagesOf(results, "batches/broken/csv-columns.imap.csv", "csv-columns");
		expect(messages.map((message) => [message.line, message.column, message.endColumn])).toEqual([
			[1, 1, 42],
			[1, 23, 42],
		]);
		expect(messages[0]!.message).toBe(
			"Add the UserName column to the header: an IMAP migration batch requires it (scripts/start-imap.ps1:24:5 creates an IMAP migration batch from it).",
		);
	});

	it("warns when the CSV file a script reads is not in the repository", async () => {
		const results = jsonResults(await miglint(["fixtures/contoso/scripts", "--format", "json"]), CONTOSO);
		const [message, ...others] = messagesOf(results, "scripts/broken/ps-csvdata-file.ps1", "ps-csvdata-file");
		expect(others).toEqual([]);
		expect(message).toMatchObject({ severity: 1, line: 18, column: 47, endLine: 18, endColumn: 100 });
		expect(message!.message).toContain("'…\\fabrikam-wave3.csv', but there is no such file relative to the script");
	});

	it("names both places of a mailbox listed in two batch files, even when only one is linted", async () => {
		const results = jsonResults(await miglint(["fixtures/contoso/batches/broken/csv-unique-email-across-batches.wave5.csv", "--format", "json"]), CONTOSO);
		expect(results.flatMap((result) => result.messages)).toMatchObject([
			{
				ruleId: "miglint/csv-unique-email-across-batches",
				line: 3,
				column: 1,
				endColumn: 28,
				message:
					"EmailAddress 'Marta.Kowalczyk@contoso.com' is also in batches/broken/csv-unique-email-across-batches.csv row 2; remove it from all batches but one.",
			},
		]);
	});
});

describe("a settings file changes the findings of a CSV file", () => {
	const batch = "batches/broken/csv-force-change-password.csv";

	/** Contoso without `migration.sso` in its configuration: only the domain export tells whether SSO is deployed. */
	function contosoWithoutSsoSetting(): string {
		const copy = copyFixture("contoso");
		const configFile = path.join(copy, "miglint.config.yaml");
		writeFileSync(configFile, readFileSync(configFile, "utf8").replace(/^ {2}sso: true\n/mu, ""));
		return copy;
	}

	function setAuthentication(copy: string, from: string, to: string): void {
		const file = path.join(copy, "settings/domains.json");
		writeFileSync(file, readFileSync(file, "utf8").replace(`"AuthenticationType": "${from}"`, `"AuthenticationType": "${to}"`));
	}

	async function forceChangePasswordFindings(copy: string, cache: boolean): Promise<string[]> {
		const run = await miglint([".", "--format", "json", ...(cache ? ["--cache", "--cache-location", path.join(copy, ".cache/miglint")] : [])], { cwd: copy });
		return messagesOf(jsonResults(run, copy), batch, "csv-force-change-password").map((message) => message.message);
	}

	it.each([false, true])("with --cache: %s", async (cache) => {
		const copy = contosoWithoutSsoSetting();
		const federated = await forceChangePasswordFindings(copy, cache);
		// One finding a True row of the batch, all with the same source.
		expect([...new Set(federated)]).toEqual([expect.stringContaining("under single sign-on (settings/domains.json:5:27 says contoso.com is Federated)")]);

		setAuthentication(copy, "Federated", "Managed");
		expect(await forceChangePasswordFindings(copy, cache)).toEqual([]);

		setAuthentication(copy, "Managed", "Federated");
		expect(await forceChangePasswordFindings(copy, cache)).toEqual(federated);
	});
});
