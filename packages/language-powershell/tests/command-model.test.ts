import { describe, expect, it } from "vitest";
import { sourceCodeOf } from "./source-code.js";
import type { BoundParameter, PowerShellCommand } from "../src/commands/command-model.js";

function only(text: string, cmdlet: string): PowerShellCommand {
	const commands = sourceCodeOf(text).commandsNamed(cmdlet);
	expect(commands).toHaveLength(1);
	return commands[0]!;
}

/** What a test needs to see of a bound parameter: names, source, constant, and where its node is. */
function summary(parameter: BoundParameter | undefined) {
	if (!parameter) return undefined;
	const { name, writtenName, source, constant, switch: isSwitch, node, value } = parameter;
	return { name, writtenName, source, constant, switch: isSwitch, at: node.loc.start, value: value?.type ?? null };
}

const migrationScript = `#Requires -Modules ExchangeOnlineManagement
Connect-ExchangeOnline -UserPrincipalName admin@contoso.com -ShowBanner:$false
$ep = Get-MigrationEndpoint -Identity "Staged Endpoint"
New-MigrationBatch -Name x -SourceEndpoint $ep -CSVData ([System.IO.File]::ReadAllBytes("C:\\x.csv")) -AutoStart
`;

describe("the command model on a migration script", () => {
	it("lists every command in source order with its normalized name", () => {
		expect(sourceCodeOf(migrationScript).commands.map((command) => [command.name, command.catalogued, command.node.loc.start])).toEqual([
			["Connect-ExchangeOnline", true, { line: 2, column: 0 }],
			["Get-MigrationEndpoint", false, { line: 3, column: 6 }],
			["New-MigrationBatch", true, { line: 4, column: 0 }],
		]);
	});

	it("binds New-MigrationBatch's named parameters, values and switch", () => {
		const batch = only(migrationScript, "New-MigrationBatch");
		expect(batch.parameters.map(summary)).toEqual([
			{ name: "Name", writtenName: "Name", source: "named", constant: { value: "x" }, switch: false, at: { line: 4, column: 19 }, value: "StringConstant" },
			{ name: "SourceEndpoint", writtenName: "SourceEndpoint", source: "named", constant: null, switch: false, at: { line: 4, column: 27 }, value: "Variable" },
			{ name: "CSVData", writtenName: "CSVData", source: "named", constant: null, switch: false, at: { line: 4, column: 47 }, value: "ParenExpression" },
			{ name: "AutoStart", writtenName: "AutoStart", source: "named", constant: { value: true }, switch: true, at: { line: 4, column: 101 }, value: null },
		]);
		expect(batch.parameter("csvdata")!.value!.loc).toEqual({ start: { line: 4, column: 56 }, end: { line: 4, column: 100 } });
		expect(batch.parameterSets).toEqual(["Analysis", "GoogleResourceOnboarding", "ManagedGmailTeams", "Onboarding", "PublicFolderToUnifiedGroup"]);
		expect([batch.unresolvedParameters, batch.unboundArguments, batch.splats]).toEqual([[], [], []]);
	});

	it("resolves -Name:value switches written with a value", () => {
		expect(summary(only(migrationScript, "Connect-ExchangeOnline").parameter("ShowBanner"))).toEqual({
			name: "ShowBanner",
			writtenName: "ShowBanner",
			source: "named",
			constant: { value: false },
			switch: true,
			at: { line: 2, column: 60 },
			value: "Variable",
		});
	});

	it("records that the endpoint is stored in a variable", () => {
		const endpoint = only(migrationScript, "Get-MigrationEndpoint");
		expect(endpoint.output).toMatchObject({ kind: "assignment", variable: { name: "ep", loc: { start: { line: 3, column: 0 } } } });
		expect(endpoint.parameter("Identity")?.constant).toEqual({ value: "Staged Endpoint" });
	});
});

describe("-SharedSipAddressSpace, however it is written", () => {
	const shared = (text: string) => only(text, "Set-CsTenantFederationConfiguration").parameter("SharedSipAddressSpace");

	it.each([
		["-SharedSipAddressSpace:$false", { value: false }, "SharedSipAddressSpace"],
		["-SharedSipAddressSpace $false", { value: false }, "SharedSipAddressSpace"],
		["-Shared 0", { value: 0 }, "Shared"],
		["-sharedsip:$TRUE", { value: true }, "sharedsip"],
		['-Shared:([bool]"False")', { value: true }, "Shared"],
		["-Shared ([bool]0)", { value: false }, "Shared"],
	])("%s", (written, constant, writtenName) => {
		const parameter = shared(`Set-CsTenantFederationConfiguration ${written} -Force`);
		expect(summary(parameter)).toMatchObject({ name: "SharedSipAddressSpace", writtenName, source: "named", constant, at: { line: 1, column: 36 } });
	});

	it("from a splatted hashtable literal, with keys added afterwards", () => {
		const text = [
			"$federation = @{",
			"    SharedSipAddressSpace = $false",
			"    Identity = 'Global'",
			"}",
			"$federation.Force = $true",
			"Set-CsTenantFederationConfiguration @federation -Confirm:$false",
		].join("\n");
		const command = only(text, "Set-CsTenantFederationConfiguration");
		expect(command.parameters.map(summary)).toEqual([
			{
				name: "SharedSipAddressSpace",
				writtenName: "SharedSipAddressSpace",
				source: "splatted",
				constant: { value: false },
				switch: false,
				at: { line: 2, column: 4 },
				value: "Variable",
			},
			{
				name: "Identity",
				writtenName: "Identity",
				source: "splatted",
				constant: { value: "Global" },
				switch: false,
				at: { line: 3, column: 4 },
				value: "StringConstant",
			},
			{ name: "Force", writtenName: "Force", source: "splatted", constant: { value: true }, switch: true, at: { line: 5, column: 0 }, value: "Variable" },
			{ name: "Confirm", writtenName: "Confirm", source: "named", constant: { value: false }, switch: true, at: { line: 6, column: 48 }, value: "Variable" },
		]);
		expect(command.splats).toEqual([
			{
				variable: expect.objectContaining({ name: "federation" }),
				hashtable: expect.objectContaining({ type: "Hashtable", loc: { start: { line: 1, column: 14 }, end: { line: 4, column: 1 } } }),
			},
		]);
	});

	it("from an [ordered] hashtable and .Add(), assigned in the same loop body", () => {
		const text =
			"foreach ($tenant in $tenants) {\n  $p = [ordered]@{ Shared = $false }\n  $p.Add('Identity', $tenant)\n  Set-CsTenantFederationConfiguration @p\n}";
		const command = only(text, "Set-CsTenantFederationConfiguration");
		expect(command.parameters.map((parameter) => [parameter.name, parameter.constant])).toEqual([
			["SharedSipAddressSpace", { value: false }],
			["Identity", null],
		]);
	});

	it("not from a hashtable assigned in another scope, nor after the command", () => {
		const text =
			"$p = @{ SharedSipAddressSpace = $false }\nfunction Set-Federation { Set-CsTenantFederationConfiguration @p }\nSet-CsTenantFederationConfiguration @q\n$q = @{ SharedSipAddressSpace = $false }";
		const [inFunction, beforeAssignment] = sourceCodeOf(text).commandsNamed("Set-CsTenantFederationConfiguration");
		expect([inFunction!.parameters, inFunction!.splats[0]!.hashtable]).toEqual([[], null]);
		expect([beforeAssignment!.parameters, beforeAssignment!.splats[0]!.hashtable]).toEqual([[], null]);
	});

	it("is found in the sub-expressions of strings, which run", () => {
		const [status] = sourceCodeOf('Write-Host "Federation: $(Set-CsTenantFederationConfiguration -Shared:$false)"').commandsNamed(
			"Set-CsTenantFederationConfiguration",
		);
		expect(status!.parameter("SharedSipAddressSpace")).toMatchObject({ constant: { value: false }, node: { loc: { start: { line: 1, column: 62 } } } });
		expect(status!.output).toMatchObject({ kind: "value", parent: { type: "ExpandableString" } });
	});

	it("is not found in comments, strings or here-strings", () => {
		const text = [
			"# Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true",
			"<# Set-CsTenantFederationConfiguration -SharedSipAddressSpace:$true #>",
			'Write-Host "Run: Set-CsTenantFederationConfiguration -SharedSipAddressSpace $enabled"',
			"$help = 'Set-CsTenantFederationConfiguration -SharedSipAddressSpace:$true'",
			"$doc = @'",
			"Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true",
			"'@",
		].join("\n");
		const sourceCode = sourceCodeOf(text);
		expect(sourceCode.commandsNamed("Set-CsTenantFederationConfiguration")).toEqual([]);
		expect(sourceCode.commands.map((command) => command.name)).toEqual(["Write-Host"]);
	});
});

describe("command names", () => {
	it.each([
		["epcsv", "Export-Csv", null, "epcsv"],
		["EPCSV", "Export-Csv", null, "EPCSV"],
		["export-CSV", "Export-Csv", null, null],
		["Microsoft.PowerShell.Utility\\Export-Csv", "Export-Csv", "Microsoft.PowerShell.Utility", null],
		["ipcsv", "Import-Csv", null, "ipcsv"],
		["ipmo", "Import-Module", null, "ipmo"],
		["gc", "Get-Content", null, "gc"],
		["type", "Get-Content", null, "type"],
		["iex", "Invoke-Expression", null, "iex"],
		["nsn", "New-PSSession", null, "nsn"],
		["ipsn", "Import-PSSession", null, "ipsn"],
		["rsn", "Remove-PSSession", null, "rsn"],
		["ExchangeOnlineManagement\\connect-exchangeonline", "Connect-ExchangeOnline", "ExchangeOnlineManagement", null],
		["Get-Mailbox", "Get-Mailbox", null, null],
	])("%s is %s", (written, name, module, alias) => {
		const [command] = sourceCodeOf(`${written} x`).commands;
		expect(command).toMatchObject({ name, writtenName: written, module, alias });
		expect(command!.is(name.toUpperCase())).toBe(true);
	});

	it("resolves the aliases % and ? in a pipeline, with what is piped from and to", () => {
		const [getUsers, forEach, where] = sourceCodeOf("Get-MigrationUser | % { $_.Identity } | ? { $_ }").commands;
		expect([forEach!.name, where!.name]).toEqual(["ForEach-Object", "Where-Object"]);
		expect(getUsers!.output).toEqual({ kind: "pipeline", to: forEach!.node });
		expect([forEach!.pipedFrom, where!.pipedFrom]).toEqual([getUsers!.node, forEach!.node]);
		expect(where!.output).toEqual({ kind: "output" });
	});

	it("keeps script paths apart from module-qualified names", () => {
		const commands = sourceCodeOf(".\\Export-Csv.ps1\n. C:\\tools\\Move.ps1\nscripts\\Export-Csv.ps1").commands;
		expect(commands.map((command) => [command.name, command.module, command.node.invocationOperator])).toEqual([
			[".\\Export-Csv.ps1", null, null],
			["C:\\tools\\Move.ps1", null, "."],
			["scripts\\Export-Csv.ps1", null, null],
		]);
	});
});

describe("parameter binding", () => {
	it("binds positional arguments by position within the possible parameter sets", () => {
		const move = only("Move-CsUser alice@contoso.com sipfed.online.lync.com -Confirm:$false", "Move-CsUser");
		expect(move.parameters.map(summary)).toEqual([
			{ name: "Confirm", writtenName: "Confirm", source: "named", constant: { value: false }, switch: true, at: { line: 1, column: 53 }, value: "Variable" },
			{
				name: "Identity",
				writtenName: null,
				source: "positional",
				constant: { value: "alice@contoso.com" },
				switch: false,
				at: { line: 1, column: 12 },
				value: "StringConstant",
			},
			{
				name: "Target",
				writtenName: null,
				source: "positional",
				constant: { value: "sipfed.online.lync.com" },
				switch: false,
				at: { line: 1, column: 30 },
				value: "StringConstant",
			},
		]);
		expect(only("Import-PSSession $session -AllowClobber", "Import-PSSession").parameter("Session")).toMatchObject({
			source: "positional",
			node: { loc: { start: { line: 1, column: 17 } } },
		});
	});

	it("narrows the parameter sets with positional parameters", () => {
		expect(only("Set-CsTenantFederationConfiguration Global -SharedSipAddressSpace $false", "Set-CsTenantFederationConfiguration").parameterSets).toEqual([
			"Identity",
		]);
	});

	it("leaves an argument unbound when parameters of several sets share its position", () => {
		const remove = only("Remove-PSSession $session", "Remove-PSSession");
		expect(remove.parameters).toEqual([]);
		expect(remove.unboundArguments).toEqual([{ node: expect.objectContaining({ name: "session" }), candidates: ["Id", "Session", "ComputerName"] }]);
	});

	it("records ambiguous prefixes and unknown parameters, with what follows as their value", () => {
		const command = only("Set-CsTenantFederationConfiguration -Allow $true -Bogus 1 -Verb", "Set-CsTenantFederationConfiguration");
		expect(
			command.unresolvedParameters.map(({ kind, writtenName, candidates, node, value }) => ({
				kind,
				writtenName,
				candidates,
				at: node.loc.start,
				value: value?.type,
			})),
		).toEqual([
			{
				kind: "ambiguous",
				writtenName: "Allow",
				candidates: [
					"AllowedDomains",
					"AllowFederatedUsers",
					"AllowTeamsConsumer",
					"AllowTeamsConsumerInbound",
					"AllowedDomainsAsAList",
					"AllowedTrialTenantDomains",
				],
				at: { line: 1, column: 36 },
				value: "Variable",
			},
			{ kind: "unknown", writtenName: "Bogus", candidates: [], at: { line: 1, column: 49 }, value: "NumberConstant" },
		]);
		expect(summary(command.parameter("Verbose"))).toMatchObject({ writtenName: "Verb", switch: true, constant: { value: true } });
	});

	it("knows the common parameters and the aliases of -WhatIf and -Confirm", () => {
		const start = only("Start-MigrationBatch b1 -ea Stop -wi -cf:$false", "Start-MigrationBatch");
		expect(start.parameters.map((parameter) => [parameter.name, parameter.writtenName, parameter.constant])).toEqual([
			["ErrorAction", "ea", { value: "Stop" }],
			["WhatIf", "wi", { value: true }],
			["Confirm", "cf", { value: false }],
			["Identity", null, { value: "b1" }],
		]);
	});

	it("takes the argument after a switch as positional, as PowerShell does", () => {
		const batch = only("Start-MigrationBatch -Confirm $batchName", "Start-MigrationBatch");
		expect(batch.parameters.map((parameter) => [parameter.name, parameter.source, parameter.value?.type ?? null])).toEqual([
			["Confirm", "named", null],
			["Identity", "positional", "Variable"],
		]);
	});

	it("binds the parameters of commands the catalog does not know by their written names", () => {
		const command = only("Get-Mailbox -ResultSize Unlimited | Export-Clixml -Path:users.xml -NoClobber -Encoding UTF8 users2.xml", "Export-Clixml");
		expect(command.catalogued).toBe(false);
		expect(command.parameters.map((parameter) => [parameter.name, parameter.switch, parameter.constant])).toEqual([
			["Path", false, { value: "users.xml" }],
			["NoClobber", true, { value: true }],
			["Encoding", false, { value: "UTF8" }],
		]);
		expect(command.unboundArguments).toEqual([{ node: expect.objectContaining({ value: "users2.xml" }), candidates: [] }]);
	});
});

describe("constants", () => {
	const identity = (text: string) => only(text, "Start-MigrationBatch").parameter("Identity")?.constant;

	it.each([
		["Start-MigrationBatch -Identity 'Batch 1'", { value: "Batch 1" }],
		['Start-MigrationBatch -Identity "Batch 1"', { value: "Batch 1" }],
		['Start-MigrationBatch -Identity "Batch $n"', null],
		["Start-MigrationBatch -Identity 1MB", { value: 1048576 }],
		["Start-MigrationBatch -Identity 0x10", { value: 16 }],
		["Start-MigrationBatch -Identity ([int]'12')", { value: 12 }],
		["Start-MigrationBatch -Identity ([int]2.5)", { value: 2 }],
		["Start-MigrationBatch -Identity ([string]$true)", { value: "True" }],
		["Start-MigrationBatch -Identity $null", { value: null }],
		["Start-MigrationBatch -Identity (-5)", { value: -5 }],
		["$name = 'Batch1'\nStart-MigrationBatch -Identity $name", { value: "Batch1" }],
		["$name = 'Batch1'\n$other = $name\nStart-MigrationBatch -Identity $other", { value: "Batch1" }],
		["[string]$name = 7\nStart-MigrationBatch -Identity $name", { value: "7" }],
		["$name = 'a'\nif ($x) { $name = 'b' }\nStart-MigrationBatch -Identity $name", null],
		["$name = 'a'\n$name += 'b'\nStart-MigrationBatch -Identity $name", null],
		["while ($true) { $name = 'a'; break }\nStart-MigrationBatch -Identity $name", null],
		["foreach ($b in $batches) { $name = 'a'\n Start-MigrationBatch -Identity $name }", { value: "a" }],
		["foreach ($b in $batches) { Start-MigrationBatch -Identity $name; $name = 'a' }", null],
		["foreach ($b in $batches) { foreach ($c in $b) { $name = 'a' }\n Start-MigrationBatch -Identity $name }", null],
		["Start-MigrationBatch -Identity $name\n$name = 'late'", null],
		// A function that does not write the variable reads the script's, when the script writes it once, before.
		["$name = 'outer'\nfunction Start-It { Start-MigrationBatch -Identity $name }", { value: "outer" }],
		["function Start-It { Start-MigrationBatch -Identity $name }\n$name = 'late'", null],
		["$name = 'outer'\nfunction Start-It { $name = 'inner'; Start-MigrationBatch -Identity $name }", { value: "inner" }],
		["$name = 'outer'\nfunction Start-It($name) { Start-MigrationBatch -Identity $name }", null],
		["$name = 'a'\nfunction Set-It { $name = 'b' }\nfunction Start-It { Start-MigrationBatch -Identity $name }", null],
		// Scope modifiers.
		["$script:name = 'a'\nStart-MigrationBatch -Identity $name", { value: "a" }],
		["$global:name = 'a'\nStart-MigrationBatch -Identity $Name", { value: "a" }],
		["$local:name = 'a'\nStart-MigrationBatch -Identity $name", { value: "a" }],
		["$private:name = 'a'\nStart-MigrationBatch -Identity $name", { value: "a" }],
		["$name = 'a'\nfunction Start-It { Start-MigrationBatch -Identity $script:name }", { value: "a" }],
		["function Set-It { $script:name = 'a' }\nStart-MigrationBatch -Identity $name", null],
		["$name = 'a'\nInvoke-Command -ScriptBlock { Start-MigrationBatch -Identity $using:name }", { value: "a" }],
		["$name = 'a'\nStart-MigrationBatch -Identity $env:name", null],
		// Common parameters that write a variable.
		...["-OutVariable", "-ov", "-OutVar", "-ErrorVariable", "-ev", "-WarningVariable", "-wv", "-InformationVariable", "-iv", "-PipelineVariable"].map(
			(parameter): [string, null] => [`$name = 'a'\nGet-Mailbox x ${parameter} name\nStart-MigrationBatch -Identity $name`, null],
		),
		["$name = 'a'\nGet-Mailbox x -WarningVariable:+name\nStart-MigrationBatch -Identity $name", null],
		["$name = 'a'\nGet-Mailbox x -OutBuffer 5\nStart-MigrationBatch -Identity $name", { value: "a" }],
		["$name = Get-Date\nStart-MigrationBatch -Identity $name", null],
	])("%s", (text, constant) => {
		expect(identity(text)).toEqual(constant);
	});
});

describe("command output", () => {
	const credential = (text: string) => only(text, "Get-Credential").output;

	it("tells where a Get-Credential result goes", () => {
		expect(credential("Get-Credential")).toEqual({ kind: "output" });
		expect(credential("$cred = Get-Credential")).toMatchObject({ kind: "assignment", variable: { name: "cred" } });
		expect(credential("[pscredential]$cred = (Get-Credential)")).toMatchObject({ kind: "assignment", variable: { name: "cred" } });
		expect(credential("$null = Get-Credential")).toMatchObject({ kind: "assignment", variable: { name: "null" } });
		expect(credential("$h.Credential = Get-Credential")).toMatchObject({ kind: "assignment", variable: null });
		expect(credential("Get-Credential | Out-Null")).toMatchObject({ kind: "pipeline", to: { type: "Command" } });
		expect(credential("(Get-Credential) | Out-Null")).toMatchObject({ kind: "pipeline", to: { type: "Command" } });
		expect(credential("Connect-ExchangeOnline -Credential (Get-Credential)")).toMatchObject({ kind: "value", parent: { type: "Command" } });
		expect(credential("Connect-ExchangeOnline -Credential:(Get-Credential)")).toMatchObject({ kind: "value", parent: { type: "CommandParameter" } });
		expect(credential("[void](Get-Credential)")).toMatchObject({ kind: "value", parent: { type: "ConvertExpression" } });
		expect(credential("function Get-Cred { return Get-Credential }")).toEqual({ kind: "output" });
		expect(credential("if ($x) { Get-Credential }")).toEqual({ kind: "output" });
	});

	it("tells that a session is stored in a variable, and which scope the command runs in", () => {
		const sourceCode = sourceCodeOf("function Connect-Skype {\n  $session = New-CsOnlineSession\n  Import-PSSession $session\n}");
		const [session, importSession] = sourceCode.commands;
		expect(session!.output).toMatchObject({ kind: "assignment", variable: { name: "session", loc: { start: { line: 2, column: 2 } } } });
		expect(session!.scope).toBe(importSession!.scope);
		expect(session!.scope.type).toBe("ScriptBlock");
		expect(sourceCode.commandOf(importSession!.node)).toBe(importSession);
	});
});

describe("cmdlets whose parameters differ by module", () => {
	const variant = (text: string) => only(text, "New-CsOnlineSession").cmdlet!.parameters.map((parameter) => parameter.name);

	it("binds against the form the script's Import-Module or #Requires -Modules selects", () => {
		expect(variant("Import-Module -Name 'C:\\Modules\\SkypeOnlineConnector.psd1' -Force\nNew-CsOnlineSession -Credential $c")).toContain(
			"OverrideDiscoveryUri",
		);
		expect(variant("#Requires -Modules MicrosoftTeams, ExchangeOnlineManagement\nNew-CsOnlineSession -Credential $c")).toContain("TeamsEnvironmentName");
		expect(
			only("Import-Module MicrosoftTeams\nNew-CsOnlineSession -UserName admin@contoso.com", "New-CsOnlineSession").unresolvedParameters.map(
				(parameter) => parameter.writtenName,
			),
		).toEqual(["UserName"]);
	});

	it("binds against the form the arguments fit when the imports do not tell", () => {
		const command = only("New-CsOnlineSession -UserName admin@contoso.com", "New-CsOnlineSession");
		expect(command.unresolvedParameters).toEqual([]);
		expect(command.parameterSets).toEqual(["UserName"]);
	});
});

describe("DSC keywords written like commands", () => {
	it("are not commands inside a Configuration, and are outside one", () => {
		const configuration =
			"Configuration Web {\n    Import-DscResource -ModuleName PSDesiredStateConfiguration\n    Node $AllNodes.NodeName {\n        File Logs {\n            Type = 'Directory'\n            DestinationPath = (Join-Path $env:SystemDrive 'Logs')\n        }\n    }\n}\n";
		expect(sourceCodeOf(configuration).commands.map((command) => command.writtenName)).toEqual(["Join-Path"]);
		expect(sourceCodeOf("Node web01 { }\nType = 'x'").commands.map((command) => command.writtenName)).toEqual(["Node", "Type"]);
	});
});
