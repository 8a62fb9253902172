import plugin, { rules } from "eslint-plugin-miglint";
import { describe, expect, it } from "vitest";
import { miglint } from "./helpers/run-miglint.js";

interface RuleRow {
	id: string;
	language: string;
	severity: string;
	fixable: boolean;
	hasSuggestions: boolean;
	description: string;
	url: string;
}

const ids = Object.keys(rules).sort();

describe("miglint rules", () => {
	it("lists every rule of the plugin with its recommended severity, fixes and documentation, as JSON", async () => {
		const run = await miglint(["rules", "--format", "json"]);
		expect(run.status).toBe(0);
		const rows = JSON.parse(run.stdout) as RuleRow[];
		expect(rows.map((row) => row.id)).toEqual(ids);
		const recommended = Object.assign({}, ...(plugin.configs["recommended"] as { rules: Record<string, string> }[]).map((config) => config.rules)) as Record<string, string>;
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
			});
		}
		expect(rows.find((row) => row.id === "csv-delimiter")).toMatchObject({ severity: "error", fixable: true, hasSuggestions: false, language: "csv" });
		expect(rows.find((row) => row.id === "csv-email-domain")).toMatchObject({ severity: "warn", fixable: false });
	});

	it("prints an aligned table sorted by id, each rule's description indented under it", async () => {
		const run = await miglint(["rules"]);
		expect(run.status).toBe(0);
		const [header, ...rest] = run.stdout.trimEnd().split("\n");
		const lines = rest.filter((_line, index) => index % 2 === 0);
		expect(rest.filter((_line, index) => index % 2 === 1)).toEqual(ids.map((id) => `    ${rules[id]!.meta.docs.description}`));
		expect(header).toMatch(/^Rule +Recommended +Fixable +Suggestions +Language +Documentation$/u);
		expect(lines.map((line) => line.split(/ +/u)[0])).toEqual(ids);
		const urlColumn = header!.indexOf("Documentation");
		expect(lines.every((line) => line.indexOf("https://") === urlColumn)).toBe(true);
		expect(lines.find((line) => line.startsWith("csv-header "))!.split(/ +/u)).toEqual(["csv-header", "error", "yes", "yes", "csv", rules["csv-header"]!.meta.docs.url]);
	});

	it("rejects an unknown format", async () => {
		expect(await miglint(["rules", "--format", "xml"])).toMatchObject({ status: 2, stderr: 'miglint: Invalid value for --format: "xml"; choose "text" or "json" (see miglint rules --help)\n' });
	});
});
