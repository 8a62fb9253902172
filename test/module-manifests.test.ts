import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonResults, miglint, type JsonResult } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

/** A module script in UTF-8 without BOM, with a non-ASCII string and an Export-Csv on the defaults of Windows PowerShell 5.1. */
const SCRIPT = "function Export-Wave {\n\t$users | Export-Csv -Path C:\\Batches\\wave1.csv\n\t'✅ done'\n}\n";

const manifest = (keys: string) => `@{\n\tRootModule = 'Module.psm1'\n\tModuleVersion = '1.0.0'\n${keys}}\n`;

/** Manifests by module folder; each module holds the script above in Public/Export-Wave.ps1. */
const MODULES: Record<string, string> = {
	Core7: manifest("\tPowerShellVersion = '7.0'\n"),
	CoreEdition: manifest("\tCompatiblePSEditions = @('Core')\n"),
	Windows51: manifest("\tPowerShellVersion = '5.1'\n"),
	Commented: manifest("\t# PowerShellVersion = '7.0'\n"),
	// Not a System.Version: Import-Module rejects the manifest, which then says nothing.
	NotAVersion: manifest("\tPowerShellVersion = '7'\n"),
	BothEditions: manifest("\tCompatiblePSEditions = 'Desktop', 'Core'\n"),
	Computed: manifest('\tPowerShellVersion = "$major.0"\n'),
	// A data file, not a manifest.
	Data: "@{\n\tPowerShellVersion = '7.0'\n\tServers = @('ex01')\n}\n",
};

function project(): string {
	const root = temporaryFolder("module-manifests");
	for (const [name, text] of Object.entries(MODULES)) {
		mkdirSync(path.join(root, "Modules", name, "Public"), { recursive: true });
		writeFileSync(path.join(root, "Modules", name, `${name}.psd1`), text);
		writeFileSync(path.join(root, "Modules", name, "Public", "Export-Wave.ps1"), SCRIPT);
	}
	// A nested module with a manifest of its own that asks for nothing: its nearest manifest decides.
	mkdirSync(path.join(root, "Modules", "Core7", "Nested"));
	writeFileSync(path.join(root, "Modules", "Core7", "Nested", "Nested.psd1"), manifest(""));
	writeFileSync(path.join(root, "Modules", "Core7", "Nested", "Nested.psm1"), SCRIPT);
	writeFileSync(path.join(root, "Modules", "Core7", "Module.psm1"), SCRIPT);
	mkdirSync(path.join(root, "Scripts"));
	writeFileSync(path.join(root, "Scripts", "Export-Wave.ps1"), SCRIPT);
	return root;
}

/** The files with a finding of the rule, and where. */
function findings(results: JsonResult[], ruleId: string): string[] {
	return results.flatMap((result) =>
		result.messages.filter((message) => message.ruleId === `miglint/${ruleId}`).map((message) => `${result.filePath}:${message.line}:${message.column}`),
	);
}

const ON_51 = [
	"Modules/BothEditions/Public/Export-Wave.ps1",
	"Modules/Commented/Public/Export-Wave.ps1",
	"Modules/Computed/Public/Export-Wave.ps1",
	"Modules/Core7/Nested/Nested.psm1",
	"Modules/Data/Public/Export-Wave.ps1",
	"Modules/NotAVersion/Public/Export-Wave.ps1",
	"Modules/Windows51/Public/Export-Wave.ps1",
	"Scripts/Export-Wave.ps1",
];

describe("scripts of a module whose manifest asks for PowerShell 7", () => {
	it("are not taken to run on Windows PowerShell 5.1 by ps-file-encoding and ps-export-csv; other scripts are", async () => {
		const root = project();
		const results = jsonResults(await miglint(["--format", "json", "."], { cwd: root }), root);
		expect(findings(results, "ps-file-encoding")).toEqual(ON_51.map((file) => `${file}:3:3`));
		expect(findings(results, "ps-export-csv")).toEqual(ON_51.map((file) => `${file}:2:11`));
	});

	it("--print-facts names the manifest, its key and its scripts", async () => {
		const root = project();
		const text = await miglint(["--print-facts"], { cwd: root });
		expect(text.stdout).toContain("  Modules/Core7/Core7.psd1: PowerShellVersion = '7.0', 2 scripts\n");
		expect(text.stdout).toContain("  Modules/CoreEdition/CoreEdition.psd1: CompatiblePSEditions = 'Core', 1 script\n");
		const json = JSON.parse((await miglint(["--print-facts", "--format", "json"], { cwd: root })).stdout) as { modules: unknown };
		expect(json.modules).toEqual([
			{
				manifest: "Modules/Core7/Core7.psd1",
				reason: "PowerShellVersion = '7.0'",
				scripts: ["Modules/Core7/Module.psm1", "Modules/Core7/Public/Export-Wave.ps1"],
			},
			{ manifest: "Modules/CoreEdition/CoreEdition.psd1", reason: "CompatiblePSEditions = 'Core'", scripts: ["Modules/CoreEdition/Public/Export-Wave.ps1"] },
		]);
	});

	it("with --cache, a manifest changed to 5.1 brings back the findings of its scripts", async () => {
		const root = project();
		const script = "Modules/Core7/Public/Export-Wave.ps1";
		const run = async () => findings(jsonResults(await miglint(["--cache", "--format", "json", "."], { cwd: root }), root), "ps-file-encoding");
		expect(await run()).not.toContain(`${script}:3:3`);
		writeFileSync(path.join(root, "Modules", "Core7", "Core7.psd1"), manifest("\tPowerShellVersion = '5.1'\n"));
		expect(await run()).toContain(`${script}:3:3`);
	});
});
