import { describe, expect, it } from "vitest";
import { languagesOfFiles, languagesOfRules, loadLanguageParts } from "../src/language-parts.js";

describe("loading only the languages a run needs", () => {
	it("takes the languages of the files, CSV for files csv.types maps", () => {
		expect(languagesOfFiles(["a/wave1.csv", "b/Start.ps1", "legacy/batch.txt", "settings/federation.json"])).toEqual(["csv", "powershell", "csv", "settings"]);
	});

	it("takes the languages of configured rules, all of them for an id it cannot place", () => {
		expect(languagesOfRules(["csv-max-rows", "ps-export-csv"])).toEqual(["csv", "powershell"]);
		expect(languagesOfRules(["max-rows"])).toEqual(["csv", "powershell", "settings"]);
		expect(languagesOfRules([])).toEqual([]);
	});

	it("loads each language once, with its rules", async () => {
		const parts = await loadLanguageParts(["powershell", "powershell"]);
		expect(Object.keys(parts)).toEqual(["powershell"]);
		expect(Object.keys(parts.powershell!.rules)).toContain("ps-export-csv");
	});
});
