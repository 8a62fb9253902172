import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { FIXTURES, miglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

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
		const records: string[][] = parse(readFileSync(path.join(directory, name), "utf8"), {
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: true,
			bom: true,
			delimiter: [",", ";", "\t"],
		});
		const column = records[0]?.findIndex((cell) => /^password$/iu.test(cell.trim())) ?? -1;
		for (const record of column >= 0 ? records.slice(1) : []) {
			found.push(...record.slice(column).filter((cell) => cell.length >= 6 && !cell.includes("@")));
		}
	}
	return found;
}

const FORMATS = ["json", "stylish", "sarif", "junit", "github", "checkstyle"];

/** Every report of a run: each format on standard output, then all of them at once in files. */
async function everyOutput(args: string[], cwd: string): Promise<string> {
	const runs: string[] = [];
	for (const extra of [...FORMATS.map((format) => ["--format", format]), ["--format", "json", "--fix-dry-run"], ["--color"], ["--quiet"]]) {
		const run = await miglint([...args, ...extra], { cwd });
		runs.push(`${run.stdout}${run.stderr}`);
	}
	const reports = temporaryFolder("secret-reports");
	const files = FORMATS.map((format) => path.join(reports, `report.${format}`));
	const run = await miglint([...args, ...FORMATS.flatMap((format, index) => ["--format", format, "--output-file", files[index]!])], { cwd });
	expect(run.stdout).toBe("");
	return [...runs, run.stderr, ...files.map((file) => readFileSync(file, "utf8"))].join("\n");
}

/** Batches where data rows end up in the header, so that header names are cells. */
const HEADER_SHAPES: Record<string, string> = {
	"lost-line-break.csv": "EmailAddress,Password,ForceChangePasswordjose@contoso.com,Tr0ub4dor&3x,False\nanna@contoso.com,Secr3t-Anna!,False\n",
	"nel-separated.csv": "EmailAddress,Password,ForceChangePassword\u0085jose@contoso.com,NelP4ssw0rd!,False\u0085",
	"line-separator.csv": "EmailAddress,Password,ForceChangePassword\u2028jose@contoso.com,Ls P4ssw0rd!,False\u2028",
	"headerless.csv": "jose@contoso.com,H3aderless!pw,False\nanna@contoso.com,Password1!,False\n",
	"address-shaped.csv": "EmailAddress,Password,ForceChangePassword\njose@contoso.com,False,Summer@Home2024.net\n",
};
const HEADER_PASSWORDS = ["Tr0ub4dor&3x", "Secr3t-Anna!", "NelP4ssw0rd!", "Ls P4ssw0rd!", "H3aderless!pw", "Password1!", "Summer@Home2024.net"];

function batchDirectory(files: Record<string, string>): string {
	const directory = temporaryFolder("secrets");
	for (const [name, content] of Object.entries(files)) {
		writeFileSync(path.join(directory, name), content);
	}
	return directory;
}

describe("no password ever appears in miglint's output", () => {
	it("on the Contoso repository", async () => {
		const directory = path.join(FIXTURES, "contoso");
		const passwords = passwordsIn(directory);
		expect(passwords.length).toBeGreaterThan(10);
		const output = await everyOutput(["."], directory);
		expect(output).toContain("csv-password-policy");
		for (const password of passwords) {
			expect(output).not.toContain(password);
		}
	});

	it("on batches where passwords are out of place", async () => {
		const directory = batchDirectory(SHAPES);
		const passwords = [
			"Hunter2-Secret!x",
			"Tr0ub4dor&3-horse",
			"C0rrect-Battery!",
			"Tab$eparated-99",
			"Sw4pped#Columns",
			"weakpass",
			"Ünïcode-Pa55",
			"sh0rt!",
			"Lower!Case-Header1",
			"First-Dup1cate!",
			"Second-Dup1cate!",
			"Unclosed-Qu0te!",
		];
		const output = await everyOutput(["."], directory);
		for (const password of passwords) {
			expect(output).not.toContain(password);
		}
	});

	it("on batches whose header holds data cells", async () => {
		const directory = batchDirectory({ ...HEADER_SHAPES, "miglint.config.yaml": "csv:\n  types:\n    headerless.csv: staged\n" });
		const output = await everyOutput(["."], directory);
		expect(output).toContain("csv-columns");
		for (const password of HEADER_PASSWORDS) {
			expect(output).not.toContain(password);
		}
	});

	it("in the cache files, which would keep fix texts (rows, whole re-encoded files)", async () => {
		const directory = batchDirectory({ ...SHAPES, ...HEADER_SHAPES });
		writeFileSync(
			path.join(directory, "legacy.csv"),
			Buffer.from("EmailAddress,Password,ForceChangePassword\njos\xe9@contoso.com,C4che-Secret!,False\n", "latin1"),
		);
		writeFileSync(path.join(directory, "miglint.config.yaml"), "csv:\n  legacyEncoding: windows-1252\n");
		const first = await miglint([".", "--cache"], { cwd: directory });
		expect(first.stdout).toContain("csv-delimiter");
		// ESLint's cache, and the results miglint answers from before ESLint (cached-results.ts).
		for (const name of [".miglintcache", ".miglintcache.results"]) {
			const cache = readFileSync(path.join(directory, name), "utf8");
			expect(cache).toContain("csv-encoding");
			for (const password of ["C4che-Secret!", "C0rrect-Battery!", "Tab$eparated-99", ...HEADER_PASSWORDS]) {
				expect(cache).not.toContain(password);
			}
		}
		const second = await miglint([".", "--cache"], { cwd: directory });
		expect(second.stdout).toBe(first.stdout);
	});
});

describe("--fix leaves no temporary file behind", () => {
	it("removes one that a killed run left beside the batch it fixes", async () => {
		const directory = batchDirectory({ "semicolons.csv": SHAPES["semicolons.csv"]! });
		const leftover = path.join(directory, ".semicolons.csv.0123456789ab.miglint-tmp");
		writeFileSync(leftover, "EmailAddress,Password\nkenji.tanaka@contoso.com,Left0ver-Secret!\n");
		await miglint([".", "--fix"], { cwd: directory });
		expect(existsSync(leftover)).toBe(false);
		expect(readdirSync(directory)).toEqual(["semicolons.csv"]);
		expect(readFileSync(path.join(directory, "semicolons.csv"), "utf8")).toContain("kenji.tanaka@contoso.com,C0rrect-Battery!,False");
	});
});
