import { describe, expect, it } from "vitest";
import { findCmdlet, findParameter } from "../src/commands/catalog.js";
import { PowerShellLanguage } from "../src/languages/powershell-language.js";
import type { PowerShellSourceCode } from "../src/languages/powershell-source-code.js";

const language = new PowerShellLanguage();

function sourceCodeOf(text: string): PowerShellSourceCode {
	const file = { path: "script.ps1", physicalPath: "<text>", bom: false, body: text };
	const result = language.parse(file);
	if (!result.ok) throw new Error(result.errors[0]!.message);
	return language.createSourceCode(file, result);
}

describe("the built-in cmdlets of builtin-cmdlets.json", () => {
	it("are catalogued beside the migration cmdlets, each with its origin", () => {
		expect(findCmdlet("export-csv")).toMatchObject({ name: "Export-Csv", origin: "builtin", sets: ["Delimiter", "UseCulture"] });
		expect(findCmdlet("New-MigrationBatch")?.origin).toBe("migration");
		for (const name of ["ConvertTo-Csv", "Out-File", "Set-Content", "Add-Content", "Get-Content"]) {
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

	it("add the documented aliases of Import-PSSession and Remove-PSSession to the generated catalog", () => {
		const lookup = findParameter(findCmdlet("Import-PSSession")!, "Name");
		expect(lookup.kind === "found" && lookup.parameter.name).toBe("CommandName");
		const computer = findParameter(findCmdlet("Remove-PSSession")!, "Cn");
		expect(computer.kind === "found" && computer.parameter.name).toBe("ComputerName");
	});
});
