import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PowerShellLanguage } from "@miglint/language-powershell";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/main.js";

let project = "";
beforeEach(() => {
	project = mkdtempSync(path.join(tmpdir(), "miglint-facts-index-"));
	vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterEach(() => {
	vi.restoreAllMocks();
	rmSync(project, { recursive: true, force: true });
});

const SCRIPT =
	'$csv = [System.IO.File]::ReadAllBytes("$PSScriptRoot\\wave1.csv")\nNew-MigrationBatch -Name W1 -Local -TargetDeliveryDomain contoso.mail.onmicrosoft.com -CSVData $csv\n';

/** The scripts parsed while miglint lints one CSV file of the project: the facts parse those that create batches, unless the index has them. */
async function scriptsParsedLinting(file: string, ...options: string[]): Promise<number> {
	const parse = vi.spyOn(PowerShellLanguage.prototype, "parse");
	await main(["--format", "json", ...options, file], project);
	const count = parse.mock.calls.length;
	parse.mockRestore();
	return count;
}

describe("the facts index on the one-file path", () => {
	it("is written beside the cache file by --cache runs only, and spares later runs parsing the project's scripts", async () => {
		writeFileSync(path.join(project, "miglint.config.yaml"), "migration:\n  sso: false\n");
		writeFileSync(path.join(project, "wave1.csv"), "EmailAddress,Password,ForceChangePassword\nana@contoso.com,Tr0ub4dor&3x,False\n");
		writeFileSync(path.join(project, "start.ps1"), SCRIPT);
		expect(await scriptsParsedLinting("wave1.csv")).toBe(1);
		expect(existsSync(path.join(project, ".miglintcache.index"))).toBe(false);
		expect(await scriptsParsedLinting("wave1.csv", "--cache")).toBe(1);
		expect(existsSync(path.join(project, ".miglintcache.index"))).toBe(true);
		expect(await scriptsParsedLinting("wave1.csv")).toBe(0);
		writeFileSync(path.join(project, "start.ps1"), `${SCRIPT}# edited\n`);
		expect(await scriptsParsedLinting("wave1.csv")).toBe(1);
	});

	it("keeps no password: header names that are not documented columns and values that are not addresses stay out", async () => {
		writeFileSync(
			path.join(project, "lost-break.csv"),
			"EmailAddress,Password,ForceChangePasswordjose@contoso.com,Tr0ub4dor&3x,False\nana@contoso.com,Secr3t-Ana!,False\n",
		);
		writeFileSync(path.join(project, "swapped.csv"), "EmailAddress,Password\nSw4pped#Columns,kenji@contoso.com\n");
		await main(["--format", "json", "--cache", "."], project);
		const index = readFileSync(path.join(project, ".miglintcache.index"), "utf8").toLowerCase();
		expect(index).toContain("emailaddress");
		for (const password of ["Tr0ub4dor&3x", "Secr3t-Ana!", "Sw4pped#Columns"]) {
			expect(index).not.toContain(password.toLowerCase());
		}
	});
});
