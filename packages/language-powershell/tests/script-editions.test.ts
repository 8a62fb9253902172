import { describe, expect, it } from "vitest";
import { scriptEditions } from "../src/editions/script-editions.js";
import { sourceCodeOf } from "./source-code.js";

const editionsOf = (text: string, settings?: Record<string, unknown>) => scriptEditions(sourceCodeOf(text), settings);

describe("the editions that may run a script", () => {
	it("are both when nothing says", () => {
		expect(editionsOf("Get-MigrationBatch | Export-Csv x.csv -NoTypeInformation\n")).toEqual({ desktop: true, core: true, source: "unknown" });
	});

	it("follow #Requires: -PSEdition fixes the edition, -Version 6 and later needs PowerShell 7, -Version 5.1 is a minimum both meet", () => {
		expect(editionsOf("#Requires -PSEdition Core\n")).toEqual({ desktop: false, core: true, source: "requires" });
		expect(editionsOf("#requires -psedition 'Desktop'\n")).toEqual({ desktop: true, core: false, source: "requires" });
		expect(editionsOf("#Requires -Version 7.2\n")).toEqual({ desktop: false, core: true, source: "requires" });
		expect(editionsOf("#Requires -Version 5.1\n$a ?? 1\n")).toEqual({ desktop: true, core: true, source: "requires" });
	});

	it("take the configuration over the script", () => {
		expect(editionsOf("#Requires -PSEdition Core\n", { miglint: { powershell: { edition: "desktop" } } })).toEqual({
			desktop: true,
			core: false,
			source: "settings",
		});
	});

	it.each([
		["a || b"],
		["a && b"],
		["$x = $a ?? 1"],
		["$a ??= 1"],
		["${a}?.Length"],
		["${a}?[0]"],
		["$x = $a ? 1 : 2"],
		["1..3 | ForEach-Object -Parallel { $_ }"],
		["1..3 | % -Parallel { $_ }"],
		["function f { clean { 1 } }"],
		["Get-Content x.csv -AsByteStream"],
		["Export-Csv x.csv -UseQuotes Never"],
	])("are PowerShell 7 only for %s", (text) => {
		expect(editionsOf(`${text}\n`)).toEqual({ desktop: false, core: true, source: "syntax" });
	});

	it.each([["Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn"], ["workflow Invoke-Wave { Get-MigrationBatch }"]])(
		"are Windows PowerShell 5.1 only for %s",
		(text) => {
			expect(editionsOf(`${text}\n`)).toEqual({ desktop: true, core: false, source: "syntax" });
		},
	);

	it("ignore what runs inside a test of the version or edition, in either branch", () => {
		expect(
			editionsOf("if ($PSVersionTable.PSVersion.Major -ge 6) { $b = Get-Content x -AsByteStream } else { $b = Get-Content x -Encoding Byte }\n").source,
		).toBe("unknown");
		expect(editionsOf("if ($PSEdition -eq 'Desktop') { Add-PSSnapin X } elseif ($true) { a && b }\n").source).toBe("unknown");
		expect(editionsOf("if ($IsCoreCLR) { $x = $a ?? 1 }\n").source).toBe("unknown");
		// Any other test does not.
		expect(editionsOf("if ($Path) { $b = Get-Content $Path -AsByteStream }\n").source).toBe("syntax");
	});

	it("are both when the script uses what only one and what only the other runs", () => {
		expect(editionsOf("Add-PSSnapin X\n$x = $a ?? 1\n")).toEqual({ desktop: true, core: true, source: "unknown" });
	});
});
