import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMON_PARAMETERS, findCmdlet, findParameter, VARIABLE_PARAMETERS } from "../src/commands/catalog.js";
import { sourceCodeOf } from "./source-code.js";

const CATALOG_INPUTS = fileURLToPath(new URL("../catalog/", import.meta.url));
const committedDump = JSON.parse(readFileSync(path.join(CATALOG_INPUTS, "builtin-cmdlets.pwsh.json"), "utf8")) as { powershell: string; platform: string };

/** A PowerShell 7 on this machine (on the PATH or installed as a dotnet tool) with its version and platform, if any. */
function findPwsh(): { command: string; version: string; platform: string } | null {
	for (const command of ["pwsh", path.join(homedir(), ".dotnet", "tools", "pwsh")]) {
		const result = spawnSync(command, ["-NoProfile", "-NonInteractive", "-Command", "$PSVersionTable.PSVersion.ToString(); $PSVersionTable.Platform"], {
			encoding: "utf8",
		});
		if (result.status === 0) {
			const [version = "", platform = ""] = result.stdout.trim().split(/\r?\n/u);
			return { command, version, platform };
		}
	}
	return null;
}

const pwsh = findPwsh();
const skipReason =
	pwsh === null
		? "pwsh is not installed"
		: pwsh.version !== committedDump.powershell || pwsh.platform !== committedDump.platform
			? `pwsh ${pwsh.version} on ${pwsh.platform} is not the PowerShell ${committedDump.powershell} on ${committedDump.platform} of the committed dump`
			: null;

describe("the engine dump", () => {
	it.skipIf(skipReason !== null)(
		`is what dump-builtin-cmdlets.ps1 gives${skipReason ? ` (skipped: ${skipReason})` : ""}`,
		() => {
			const result = spawnSync(pwsh!.command, ["-NoProfile", "-NonInteractive", "-File", path.join(CATALOG_INPUTS, "dump-builtin-cmdlets.ps1")], {
				encoding: "utf8",
			});
			expect(result.stderr).toBe("");
			expect(JSON.parse(result.stdout)).toEqual(committedDump);
		},
		120_000,
	);
});

describe("the built-in cmdlets", () => {
	it("are catalogued beside the migration cmdlets, each with its origin", () => {
		expect(findCmdlet("export-csv")).toMatchObject({ name: "Export-Csv", origin: "builtin", sets: ["Delimiter", "UseCulture"] });
		expect(findCmdlet("New-MigrationBatch")?.origin).toBe("migration");
		const modelled = [
			"ConvertTo-Csv",
			"Out-File",
			"Set-Content",
			"Add-Content",
			"Get-Content",
			"Import-Csv",
			"ConvertTo-SecureString",
			"Import-Module",
			"New-PSSession",
		];
		for (const name of [...modelled, "Import-PSSession", "Remove-PSSession", "New-PSSessionOption", "New-CimSessionOption", "New-WSManSessionOption"]) {
			expect(findCmdlet(name)?.origin, name).toBe("builtin");
		}
	});

	it("resolve a unique prefix and the documented aliases", () => {
		const exportCsv = findCmdlet("Export-Csv")!;
		const nameOf = (written: string) => {
			const lookup = findParameter(exportCsv, written);
			return lookup.kind === "found" ? lookup.parameter.name : lookup.kind;
		};
		expect(nameOf("NoType")).toBe("NoTypeInformation");
		expect(nameOf("NTI")).toBe("NoTypeInformation");
		expect(nameOf("LP")).toBe("LiteralPath");
		expect(nameOf("No")).toBe("ambiguous");
		expect(nameOf("Credential")).toBe("unknown");
	});

	it("say which parameters only one edition has", () => {
		const exportCsv = findCmdlet("Export-Csv")!;
		const editionsOf = (name: string) => exportCsv.parameters.find((parameter) => parameter.name === name)?.editions;
		expect(editionsOf("UseQuotes")).toEqual(["core"]);
		expect(editionsOf("NoTypeInformation")).toEqual(["desktop", "core"]);
		expect(findCmdlet("Get-Content")!.parameters.find((parameter) => parameter.name === "UseTransaction")?.editions).toEqual(["desktop"]);
	});

	it("bind -NoType, aliases and positional arguments in the command model", () => {
		const [command] = sourceCodeOf("$users | epcsv .\\wave1.csv -NoType -Enc UTF8\n").commandsNamed("Export-Csv");
		expect(command!.catalogued).toBe(true);
		expect(command!.parameters.map(({ name, writtenName, source, constant }) => ({ name, writtenName, source, constant }))).toEqual([
			{ name: "NoTypeInformation", writtenName: "NoType", source: "named", constant: { value: true } },
			{ name: "Encoding", writtenName: "Enc", source: "named", constant: { value: "UTF8" } },
			{ name: "Path", writtenName: null, source: "positional", constant: { value: ".\\wave1.csv" } },
		]);
		expect(command!.unresolvedParameters).toEqual([]);
	});

	it("bind Out-File's path and encoding by position", () => {
		const [command] = sourceCodeOf("$rows | Out-File C:\\out\\wave1.csv utf8\n").commandsNamed("Out-File");
		expect(command!.parameters.map(({ name, constant }) => [name, constant?.value])).toEqual([
			["FilePath", "C:\\out\\wave1.csv"],
			["Encoding", "utf8"],
		]);
		expect(command!.parameterSets).toEqual(["ByPath"]);
	});

	it("take the common parameters from the engine, the variable-writing ones among them", () => {
		expect(COMMON_PARAMETERS.map((parameter) => parameter.name)).toContain("ProgressAction");
		expect([...VARIABLE_PARAMETERS].sort()).toEqual(["ErrorVariable", "InformationVariable", "OutVariable", "PipelineVariable", "WarningVariable"]);
		const lookup = findParameter(findCmdlet("Import-Csv")!, "iv");
		expect(lookup.kind === "found" && lookup.parameter.name).toBe("InformationVariable");
	});

	it("bind a string at a position several parameter sets share to the parameter that takes a string", () => {
		const [command] = sourceCodeOf("Import-Module 'C:\\Modules\\SkypeOnlineConnector.psd1'\n").commandsNamed("Import-Module");
		expect(command!.parameter("Name")?.constant).toEqual({ value: "C:\\Modules\\SkypeOnlineConnector.psd1" });
		expect(command!.unboundArguments).toEqual([]);
		const [variable] = sourceCodeOf("Import-Module $module\n").commandsNamed("Import-Module");
		expect(variable!.unboundArguments[0]?.candidates).toEqual(["Name", "FullyQualifiedName", "Assembly", "ModuleInfo"]);
	});

	it("resolve a prefix that only a PowerShell 7 parameter makes ambiguous as Windows PowerShell 5.1 does", () => {
		const lookup = findParameter(findCmdlet("New-PSSession")!, "Conn");
		expect(lookup.kind === "found" && lookup.parameter.name).toBe("ConnectionUri");
		expect(findParameter(findCmdlet("New-PSSession")!, "Co").kind).toBe("ambiguous");
	});

	it("have the Windows-only parameters of New-PSSessionOption, which the engine on Linux lacks", () => {
		const lookup = findParameter(findCmdlet("New-PSSessionOption")!, "SkipRev");
		expect(lookup.kind === "found" && lookup.parameter).toMatchObject({ name: "SkipRevocationCheck", switch: true });
	});

	it("take the aliases the engine gives Import-PSSession and Remove-PSSession", () => {
		const lookup = findParameter(findCmdlet("Import-PSSession")!, "Name");
		expect(lookup.kind === "found" && lookup.parameter.name).toBe("CommandName");
		const computer = findParameter(findCmdlet("Remove-PSSession")!, "Cn");
		expect(computer.kind === "found" && computer.parameter.name).toBe("ComputerName");
	});
});
