import { mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { FIXTURES, runMiglint } from "./helpers/run-miglint.js";

/** Batches where a password sits where rules look: misplaced fields, a wrong separator, a wrong header. */
const SHAPES: Record<string, string> = {
	"ragged.csv": "EmailAddress,Password\nHunter2-Secret!x\nkenji.tanaka@contoso.com,Tr0ub4dor&3-horse,extra\n",
	"semicolons.csv": "EmailAddress;Password;ForceChangePassword\nkenji.tanaka@contoso.com;C0rrect-Battery!;False\n",
	"tabs.csv": "EmailAddress\tPassword\nkenji.tanaka@contoso.com\tTab$eparated-99\n",
	"swapped.csv": "Password,EmailAddress\nSw4pped#Columns,kenji.tanaka@contoso.com\n",
	"swapped-force-change.csv": "EmailAddress,Password,ForceChangePassword\nkenji.tanaka@contoso.com,False,Sw4pped#Fcp1\n",
	"weak.csv": "EmailAddress,Password\nkenji.tanaka@contoso.com,weakpass\nanna.kowalska@contoso.com,Ünïcode-Pa55\nbjorn.nilsson@contoso.com,sh0rt!\n",
	"wrong-case.csv": "emailaddress,password ,forcechangepassword\nkenji.tanaka@contoso.com,Lower!Case-Header1,maybe\n",
	"duplicate-header.csv": "EmailAddress,Password,Password\nkenji.tanaka@contoso.com,First-Dup1cate!,Second-Dup1cate!\n",
	"unclosed.csv": 'EmailAddress,Password\nkenji.tanaka@contoso.com,"Unclosed-Qu0te!\n',
};

function passwordsIn(directory: string): string[] {
	const found: string[] = [];
	for (const name of readdirSync(directory, { recursive: true, encoding: "utf8" })) {
		if (!/\.(csv|txt)$/u.test(name)) {
			continue;
		}
		const records = parse(readFileSync(path.join(directory, name), "utf8"), { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true, delimiter: [",", ";", "\t"] }) as string[][];
		const column = records[0]?.findIndex((cell) => /^password$/iu.test(cell.trim())) ?? -1;
		for (const record of column >= 0 ? records.slice(1) : []) {
			found.push(...record.slice(column).filter((cell) => cell.length >= 6 && !cell.includes("@")));
		}
	}
	return found;
}

const FORMATS = ["json", "stylish", "sarif", "junit", "github", "checkstyle"];

/** Every report of a run: each format on standard output, then all of them at once in files. */
function everyOutput(args: string[], cwd: string): string {
	const runs = [...FORMATS.map((format) => ["--format", format]), ["--format", "json", "--fix-dry-run"], ["--color"], ["--quiet"]].map((extra) => {
		const run = runMiglint([...args, ...extra], { cwd });
		return `${run.stdout}${run.stderr}`;
	});
	const reports = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-secret-reports-")));
	const files = FORMATS.map((format) => path.join(reports, `report.${format}`));
	const run = runMiglint([...args, ...FORMATS.flatMap((format, index) => ["--format", format, "--output-file", files[index]!])], { cwd });
	expect(run.stdout).toBe("");
	return [...runs, run.stderr, ...files.map((file) => readFileSync(file, "utf8"))].join("\n");
}

describe("no password ever appears in miglint's output", () => {
	it("on the Contoso repository", () => {
		const directory = path.join(FIXTURES, "contoso");
		const passwords = passwordsIn(directory);
		expect(passwords.length).toBeGreaterThan(10);
		const output = everyOutput(["."], directory);
		expect(output).toContain("csv-password-policy");
		for (const password of passwords) {
			expect(output).not.toContain(password);
		}
	});

	it("on batches where passwords are out of place", () => {
		const directory = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-secrets-")));
		for (const [name, content] of Object.entries(SHAPES)) {
			writeFileSync(path.join(directory, name), content);
		}
		const passwords = ["Hunter2-Secret!x", "Tr0ub4dor&3-horse", "C0rrect-Battery!", "Tab$eparated-99", "Sw4pped#Columns", "weakpass", "Ünïcode-Pa55", "sh0rt!", "Lower!Case-Header1", "First-Dup1cate!", "Second-Dup1cate!", "Unclosed-Qu0te!"];
		const output = everyOutput(["."], directory);
		for (const password of passwords) {
			expect(output).not.toContain(password);
		}
	});
});
