import { describe, expect, it } from "vitest";
import { PowerShellLanguage, type PowerShellSourceCode } from "@miglint/language-powershell";
import { createdEndpoints, migrationBatches } from "../../src/utils/migration-batches.js";

const language = new PowerShellLanguage();

function sourceCodeOf(text: string): PowerShellSourceCode {
	const file = { body: text, path: "run.ps1", physicalPath: "run.ps1", bom: false };
	const result = language.parse(file);
	if (!result.ok) throw new Error("parse error");
	const sourceCode = language.createSourceCode(file, result);
	if (sourceCode.syntaxError) throw new Error(sourceCode.syntaxError.message);
	return sourceCode;
}

function batchesOf(text: string) {
	const sourceCode = sourceCodeOf(text);
	return migrationBatches(sourceCode).map(({ type, csvFile }) => ({
		type: type?.type ?? null,
		reason: type?.reason ?? null,
		csvFile: csvFile && { base: csvFile.base, path: csvFile.path, text: sourceCode.getText(csvFile.node) },
	}));
}

const csv = "-CSVData ([IO.File]::ReadAllBytes('C:\\Migration\\users.csv'))";

describe("migrationBatches", () => {
	it.each([
		[
			"New-MigrationEndpoint -IMAP -Name Fab -RemoteServer imap.fabrikam.com -Port 993",
			"imap",
			"its -SourceEndpoint 'Fab' is created with New-MigrationEndpoint -IMAP (line 1)",
		],
		[
			"New-MigrationEndpoint -Gmail -Name Fab -ServiceAccountKeyFileData $key -EmailAddress a@fabrikam.com",
			"google-workspace",
			"its -SourceEndpoint 'Fab' is created with New-MigrationEndpoint -Gmail (line 1)",
		],
		[
			"New-MigrationEndpoint -ExchangeRemoteMove -Name Fab -RemoteServer mrs.fabrikam.com -Credentials $c",
			"remote-move-onboarding",
			"its -SourceEndpoint 'Fab' is created with New-MigrationEndpoint -ExchangeRemoteMove (line 1)",
		],
		[
			"New-MigrationEndpoint -ExchangeRemoteMove -Name Fab -RemoteServer outlook.office.com -RemoteTenant fabrikam.onmicrosoft.com -Credentials $c",
			"cross-tenant",
			"its -SourceEndpoint 'Fab' is created with New-MigrationEndpoint -ExchangeRemoteMove -RemoteTenant (line 1)",
		],
		[
			"New-MigrationEndpoint -ExchangeOutlookAnywhere -Name Fab -Autodiscover -EmailAddress a@fabrikam.com -Credentials $c",
			"staged",
			"its -SourceEndpoint 'Fab' is created with New-MigrationEndpoint -ExchangeOutlookAnywhere (line 1)",
		],
		[
			"New-MigrationEndpoint -PublicFolder -Name Fab -RemoteServer pf.fabrikam.com -Credentials $c",
			"public-folder-map",
			"its -SourceEndpoint 'Fab' is created with New-MigrationEndpoint -PublicFolder (line 1)",
		],
	])("takes the batch type from the source endpoint: %s", (endpoint, type, reason) => {
		expect(batchesOf(`${endpoint}\nNew-MigrationBatch -Name W1 -SourceEndpoint Fab ${csv}\n`)).toEqual([
			{ type, reason, csvFile: { base: "absolute", path: "C:\\Migration\\users.csv", text: "'C:\\Migration\\users.csv'" } },
		]);
	});

	it("follows an endpoint kept in a variable, and the batch's own switches", () => {
		const script = [
			"$ep = New-MigrationEndpoint -IMAP -Name Fab -RemoteServer imap.fabrikam.com -Port 993",
			`New-MigrationBatch -Name A -SourceEndpoint $ep.Identity ${csv}`,
			`New-MigrationBatch -Name B -Local -TargetDatabases DB01 ${csv}`,
			`New-MigrationBatch -Name C -TargetEndpoint Out ${csv}`,
			`New-MigrationBatch -Name D -SourceEndpoint Unknown ${csv}`,
		].join("\n");
		expect(batchesOf(script).map(({ type }) => type)).toEqual(["imap", "local-move", "remote-move-offboarding", null]);
	});

	it.each([
		[`"$PSScriptRoot\\batches\\w1.csv"`, "script", "batches\\w1.csv"],
		[`"\${PSScriptRoot}/batches/w1.csv"`, "script", "batches/w1.csv"],
		["(Join-Path $PSScriptRoot 'batches\\w1.csv')", "script", "batches\\w1.csv"],
		["(Join-Path -Path $PSScriptRoot -ChildPath 'w1.csv')", "script", "w1.csv"],
		["('C:\\Migration\\' + 'w1.csv')", "absolute", "C:\\Migration\\w1.csv"],
		["'batches\\w1.csv'", "relative", "batches\\w1.csv"],
		[`"$env:USERPROFILE\\w1.csv"`, "unknown", "w1.csv"],
		["(Join-Path $dir 'w1.csv')", "unknown", "w1.csv"],
	])("reads the path %s", (argument, base, path) => {
		const [found] = batchesOf(`New-MigrationBatch -Name A -SourceEndpoint X -CSVData ([System.IO.File]::ReadAllBytes(${argument}))\n`);
		expect(found!.csvFile).toMatchObject({ base, path });
	});

	it("reads the path from Get-Content and Import-Csv, through a variable", () => {
		const [first, second] = batchesOf(
			[
				"$bytes = Get-Content -Path 'C:\\m\\a.csv' -Encoding Byte -ReadCount 0",
				"New-MigrationBatch -Name A -SourceEndpoint X -CSVData $bytes",
				"New-MigrationBatch -Name B -SourceEndpoint X -CSVData (Import-Csv C:\\m\\b.csv)",
			].join("\n"),
		);
		expect(first!.csvFile).toMatchObject({ base: "absolute", path: "C:\\m\\a.csv" });
		expect(second!.csvFile).toMatchObject({ base: "absolute", path: "C:\\m\\b.csv" });
	});

	it("gives no file for values it cannot follow", () => {
		expect(batchesOf("New-MigrationBatch -Name A -SourceEndpoint X -CSVData $data\n")[0]!.csvFile).toBeNull();
		expect(batchesOf("New-MigrationBatch -Name A -SourceEndpoint X\n")[0]!.csvFile).toBeNull();
	});

	it("names a source endpoint the script does not create, for the project facts to look up elsewhere", () => {
		const sourceCode = sourceCodeOf(
			"$ep = Get-MigrationEndpoint -Identity 'Contoso OA'\nNew-MigrationBatch -Name A -SourceEndpoint $ep.Identity\nNew-MigrationBatch -Name B -SourceEndpoint $unknown\n",
		);
		expect(migrationBatches(sourceCode).map(({ type, sourceEndpoint }) => [type, sourceEndpoint])).toEqual([
			[null, "Contoso OA"],
			[null, null],
		]);
	});

	it("lists the endpoints a script creates with a constant name", () => {
		const sourceCode = sourceCodeOf(
			[
				"New-MigrationEndpoint -IMAP -Name 'Fabrikam IMAP' -RemoteServer imap.fabrikam.com -Port 993",
				"New-MigrationEndpoint -ExchangeRemoteMove -Name Tenant -RemoteServer outlook.office.com -RemoteTenant fabrikam.onmicrosoft.com -Credentials $c",
				"New-MigrationEndpoint -IMAP -Name $name -RemoteServer imap.fabrikam.com -Port 993",
			].join("\n"),
		);
		expect(createdEndpoints(sourceCode).map(({ name, type, switches }) => [name, type, switches])).toEqual([
			["Fabrikam IMAP", "imap", "-IMAP"],
			["Tenant", "cross-tenant", "-ExchangeRemoteMove -RemoteTenant"],
		]);
	});
});
