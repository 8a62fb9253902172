import { existsSync, readFileSync } from "node:fs";
import plugin, { rules } from "eslint-plugin-miglint";
import { describe, expect, it } from "vitest";
import path from "node:path";
import { miglint } from "./helpers/run-miglint.js";

interface RuleRow {
	id: string;
	language: string;
	severity: string;
	fixable: boolean;
	hasSuggestions: boolean;
	description: string;
	url: string;
	docs: string;
}

const ids = Object.keys(rules).sort();

describe("miglint rules", () => {
	it("lists every rule of the plugin with its recommended severity, fixes and documentation, as JSON", async () => {
		const run = await miglint(["rules", "--format", "json"]);
		expect(run.status).toBe(0);
		const rows = JSON.parse(run.stdout) as RuleRow[];
		expect(rows.map((row) => row.id)).toEqual(ids);
		const recommended = Object.assign({}, ...(plugin.configs["recommended"] as { rules: Record<string, string> }[]).map((config) => config.rules)) as Record<
			string,
			string
		>;
		for (const row of rows) {
			const { meta } = rules[row.id]!;
			expect(row).toEqual({
				id: row.id,
				language: meta.languages![0]!.replace("miglint/", ""),
				severity: recommended[`miglint/${row.id}`] ?? "off",
				fixable: Boolean(meta.fixable),
				hasSuggestions: Boolean(meta.hasSuggestions),
				description: meta.docs.description,
				url: meta.docs.url,
				docs: expect.stringMatching(new RegExp(`[/\\\\]docs[/\\\\]rules[/\\\\]${row.id}\\.md$`, "u")) as string,
			});
			// The page installed with miglint is the rule's own page, readable offline.
			expect(existsSync(row.docs), row.docs).toBe(true);
			expect(readFileSync(row.docs, "utf8").startsWith(`# ${row.id}\n`)).toBe(true);
		}
		expect(rows.find((row) => row.id === "csv-delimiter")).toMatchObject({ severity: "error", fixable: true, hasSuggestions: false, language: "csv" });
		expect(rows.find((row) => row.id === "csv-email-domain")).toMatchObject({ severity: "warn", fixable: false });
	});

	it("prints an aligned table sorted by id, each rule's description and installed page indented under it", async () => {
		const run = await miglint(["rules"]);
		expect(run.status).toBe(0);
		const [header, ...rest] = run.stdout.trimEnd().split("\n");
		const lines = rest.filter((_line, index) => index % 3 === 0);
		expect(rest.filter((_line, index) => index % 3 === 1)).toEqual(ids.map((id) => `    ${rules[id]!.meta.docs.description}`));
		const pages = rest.filter((_line, index) => index % 3 === 2);
		expect(pages.map((line) => path.basename(line))).toEqual(ids.map((id) => `${id}.md`));
		expect(pages.every((line) => line.startsWith("    ") && existsSync(line.trim()))).toBe(true);
		expect(header).toMatch(/^Rule +Recommended +Fixable +Suggestions +Language +Documentation$/u);
		expect(lines.map((line) => line.split(/ +/u)[0])).toEqual(ids);
		const urlColumn = header!.indexOf("Documentation");
		expect(lines.every((line) => line.indexOf("https://") === urlColumn)).toBe(true);
		expect(lines.find((line) => line.startsWith("csv-header "))!.split(/ +/u)).toEqual([
			"csv-header",
			"error",
			"yes",
			"yes",
			"csv",
			rules["csv-header"]!.meta.docs.url,
		]);
	});

	it("rejects an unknown format", async () => {
		expect(await miglint(["rules", "--format", "xml"])).toMatchObject({
			status: 2,
			stderr: 'miglint: Invalid value for --format: "xml"; choose "text" or "json" (see miglint rules --help)\n',
		});
	});
});
