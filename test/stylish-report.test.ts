import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonResults, miglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

/** A staged batch of `rows` users whose ForceChangePassword is `value(row)` (rows count from 2, after the header). */
function batch(rows: number, value: (row: number) => string): string {
	const lines = ["EmailAddress,ForceChangePassword"];
	for (let row = 2; row < rows + 2; row++) {
		lines.push(`user${row}@contoso.com,${value(row)}`);
	}
	return `${lines.join("\n")}\n`;
}

/** Runs miglint in a directory holding only `files`. */
async function runOn(files: Record<string, string>, args: string[] = ["."]): Promise<{ stdout: string; json: ReturnType<typeof jsonResults> }> {
	const directory = temporaryFolder("stylish");
	for (const [name, content] of Object.entries(files)) {
		writeFileSync(path.join(directory, name), content);
	}
	const stylish = await miglint(args, { cwd: directory });
	expect(stylish.stderr).toBe("");
	return { stdout: stylish.stdout, json: jsonResults(await miglint([...args, "--format", "json"], { cwd: directory }), directory) };
}

describe("the stylish report", () => {
	it("gives a 2,000-row batch with the same problem in every row one entry, while the JSON report keeps one result per row", async () => {
		const { stdout, json } = await runOn({ "wave1.csv": batch(2000, () => "Yes") });
		const entries = stdout.split("\n").filter((line) => line.includes("miglint/csv-force-change-password") && line.startsWith("  2:"));
		expect(entries).toEqual([
			"  2:19  error  ForceChangePassword is 'Yes'; set it to True or False. — lines 2–2,001 (2,000 lines)  miglint/csv-force-change-password",
		]);
		expect(stdout).toContain("✖ 2,000 problems (2,000 errors, 0 warnings)");
		expect(stdout).toMatch(/^ {2}2,000 {2}miglint\/csv-force-change-password {2}\S+csv-force-change-password\.md$/mu);
		expect(stdout.split("\n").length).toBeLessThan(10);
		expect(json[0]!.messages).toHaveLength(2000);
	});

	it("lists the first ten runs of lines and says how many lines the rest cover", async () => {
		// Every other row: 1,000 runs of one line each.
		const { stdout } = await runOn({ "wave1.csv": batch(2000, (row) => (row % 2 ? "True" : "Yes")) });
		expect(stdout).toContain("— lines 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 …and 990 more (1,000 lines)  miglint/csv-force-change-password");
	});

	it("keeps different messages, levels and files apart, each entry at its first location", async () => {
		const { stdout } = await runOn({
			"wave1.csv": "EmailAddress,ForceChangePassword\na@contoso.com,Yes\nb@contoso.com,1\nc@contoso.com,Yes\n",
			"wave2.csv": "EmailAddress,ForceChangePassword\nd@contoso.com,Yes\n",
		});
		const entries = stdout.split("\n").filter((line) => line.startsWith("  ") && line.includes("ForceChangePassword is"));
		expect(entries).toEqual([
			"  2:15  error  ForceChangePassword is 'Yes'; set it to True or False. — lines 2, 4 (2 lines)  miglint/csv-force-change-password",
			"  3:15  error  ForceChangePassword is '1'; set it to True or False.  miglint/csv-force-change-password",
			"  2:15  error  ForceChangePassword is 'Yes'; set it to True or False.  miglint/csv-force-change-password",
		]);
	});
});
