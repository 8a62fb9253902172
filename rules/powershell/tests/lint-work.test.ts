import { PowerShellLanguage, PowerShellSourceCode } from "@miglint/language-powershell";
import { Linter } from "eslint";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rules } from "../src/index.js";

/** Lints `text` with every PowerShell rule, as the miglint command does; the messages. */
function lintWithEveryRule(text: string): Linter.LintMessage[] {
	const linter = new Linter({ configType: "flat" });
	return linter.verify(
		text,
		[
			{
				files: ["**/*.ps1"],
				plugins: { miglint: { languages: { powershell: new PowerShellLanguage() }, rules } },
				language: "miglint/powershell",
				rules: Object.fromEntries(Object.keys(rules).map((id) => [`miglint/${id}`, "error"])),
			},
		],
		"script.ps1",
	);
}

/** A runbook of the kind every rule has something to look at in. */
const RUNBOOK = [
	"#Requires -Modules ExchangeOnlineManagement",
	"function Get-Target { param($Name) Get-Mailbox -Identity $Name }",
	"$users = Import-Csv -Path .\\wave1.csv",
	"foreach ($user in $users) { Set-Mailbox -Identity $user.EmailAddress -Confirm:$false }",
	"New-MigrationBatch -Name wave1 -CSVData ([IO.File]::ReadAllBytes('wave1.csv')) -AutoStart",
	"Write-Host 'café'",
	"",
].join("\r\n");

describe("the work of linting a script with every rule", () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it("makes ESLint's traversal steps once: the rules' own walks of the tree make no step objects", () => {
		const traverse = vi.spyOn(PowerShellSourceCode.prototype, "traverse");
		lintWithEveryRule(RUNBOOK);
		expect(traverse).toHaveBeenCalledTimes(1);
	});
});
