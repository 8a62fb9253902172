import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { findPowerShell } from "../packages/powershell-parser/oracle/src/powershell-oracle.js";
import { itWithPowerShell, powerShellTest } from "../packages/powershell-parser/tests/differential/powershell-oracle.js";

/**
 * What the PowerShell rule pages (rules/powershell/docs/rules) say PowerShell 7
 * does, checked by running it: the bytes the cmdlets write and the errors they
 * raise. One pwsh run writes every file into a temporary folder.
 */
const claims = String.raw`
$ErrorActionPreference = "Stop"
$rows = [pscustomobject]@{ EmailAddress = "zo$([char]0xEB)@contoso.com" }
$files = [ordered]@{}
function Save($name) { $files[$name] = [Convert]::ToBase64String([IO.File]::ReadAllBytes((Join-Path $PWD $name))) }
function ErrorOf([scriptblock] $block) { try { $null = & $block; $null } catch { $_.FullyQualifiedErrorId } }
$rows | Export-Csv default.csv; Save default.csv
$rows | Export-Csv utf8.csv -Encoding UTF8; Save utf8.csv
$rows | Export-Csv utf8bom.csv -Encoding utf8BOM; Save utf8bom.csv
$rows | Export-Csv notype.csv -NoTypeInformation; Save notype.csv
$rows | Export-Csv typeinfo.csv -IncludeTypeInformation; Save typeinfo.csv
$rows | ConvertTo-Csv | Set-Content convertto.csv; Save convertto.csv
$rows | Out-File outfile.txt; Save outfile.txt
$rows.EmailAddress > redirect.txt; Save redirect.txt
$rows.EmailAddress | Set-Content setcontent.txt; Save setcontent.txt
$rows | Export-Csv prefix.csv -NoType -Enc utf8BOM; Save prefix.csv
$rows | Export-Csv alias.csv -NTI -Encoding utf8BOM; Save alias.csv
$splat = @{ Path = "splat.csv"; NoTypeInformation = $true; Encoding = "utf8BOM" }
$rows | Export-Csv @splat; Save splat.csv
$bytes = Get-Content default.csv -AsByteStream
[ordered]@{
	files = $files
	encodingByte = ErrorOf { Get-Content default.csv -Encoding Byte }
	ambiguousPrefix = ErrorOf { $rows | Export-Csv ambiguous.csv -No }
	asByteStream = "$($bytes[0].GetType().FullName) x $($bytes.Count)"
} | ConvertTo-Json -Compress
`;

interface Outcome {
	files: Record<string, string>;
	encodingByte: string | null;
	ambiguousPrefix: string | null;
	asByteStream: string;
}

const bom = "\u00ef\u00bb\u00bf";
const header = '"EmailAddress"';
const address = "zo\u00eb@contoso.com";

describe("what the rule pages say PowerShell 7 does", () => {
	let folder = "";
	let outcome: Outcome | null = null;

	beforeAll(() => {
		const pwsh = findPowerShell();
		if (pwsh === null) return;
		folder = mkdtempSync(path.join(tmpdir(), "miglint-pwsh-"));
		writeFileSync(path.join(folder, "claims.ps1"), claims);
		const run = spawnSync(pwsh, ["-NoProfile", "-NonInteractive", "-File", "claims.ps1"], { cwd: folder, encoding: "utf8" });
		if (run.status !== 0) throw new Error(`pwsh failed: ${run.stderr}`);
		outcome = JSON.parse(run.stdout) as Outcome;
	});

	afterAll(() => {
		if (folder !== "") rmSync(folder, { recursive: true, force: true });
	});

	/** A written file as Latin-1 text (one character per byte, a BOM shows as ï»¿), line breaks as \n. */
	function file(name: string): string {
		return Buffer.from(outcome!.files[name]!, "base64").toString("latin1").replace(/\r\n/g, "\n");
	}
	const utf8 = (text: string) => Buffer.from(text, "utf8").toString("latin1");

	itWithPowerShell("Export-Csv writes UTF-8 without BOM and no #TYPE line by default, and -Encoding UTF8 has no BOM either", powerShellTest, () => {
		expect(file("default.csv")).toBe(utf8(`${header}\n"${address}"\n`));
		expect(file("utf8.csv")).toBe(file("default.csv"));
		expect(file("notype.csv")).toBe(file("default.csv"));
	});

	itWithPowerShell("-Encoding utf8BOM writes the BOM; -IncludeTypeInformation brings the #TYPE line back", powerShellTest, () => {
		expect(file("utf8bom.csv")).toBe(bom + file("default.csv"));
		expect(file("typeinfo.csv").startsWith("#TYPE System.Management.Automation.PSCustomObject\n")).toBe(true);
		expect(file("convertto.csv")).toBe(file("default.csv"));
	});

	itWithPowerShell("Out-File, > and Set-Content write UTF-8 without BOM", powerShellTest, () => {
		expect(file("redirect.txt")).toBe(utf8(`${address}\n`));
		expect(file("setcontent.txt")).toBe(file("redirect.txt"));
		expect(file("outfile.txt").includes(utf8(address))).toBe(true);
		expect(file("outfile.txt").startsWith(bom)).toBe(false);
	});

	itWithPowerShell("Get-Content -Encoding Byte fails; -AsByteStream reads bytes", powerShellTest, () => {
		expect(outcome!.encodingByte).toBe("ParameterArgumentTransformationError,Microsoft.PowerShell.Commands.GetContentCommand");
		expect(outcome!.asByteStream).toBe(`System.Byte x ${file("default.csv").length}`);
	});

	itWithPowerShell("parameters bind by unique prefix (-NoType, -Enc), alias (-NTI) and splatting; an ambiguous prefix is an error", powerShellTest, () => {
		expect(file("prefix.csv")).toBe(file("utf8bom.csv"));
		expect(file("alias.csv")).toBe(file("utf8bom.csv"));
		expect(file("splat.csv")).toBe(file("utf8bom.csv"));
		expect(outcome!.ambiguousPrefix).toBe("AmbiguousParameter,Microsoft.PowerShell.Commands.ExportCsvCommand");
	});
});
