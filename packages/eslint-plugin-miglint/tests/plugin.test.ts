import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin, { createPlugin, LANGUAGE_NAMES, languageOfFile, languageOfRule, RULE_PREFIXES, rules } from "../src/index.js";
import csv from "../src/parts/csv.js";

describe("eslint-plugin-miglint", () => {
	it("names every rule after its language, so that the CLI can load a rule's language from its id", () => {
		for (const [id, rule] of Object.entries(rules)) {
			const language = languageOfRule(id);
			expect(language, id).toBeDefined();
			expect(rule.meta.languages).toEqual([`miglint/${language}`]);
		}
		expect(new Set(Object.values(RULE_PREFIXES)).size).toBe(LANGUAGE_NAMES.length);
	});

	it("tells a file's language from its extension, in any letter case", () => {
		expect(languageOfFile("batches/Wave1.CSV")).toBe("csv");
		expect(languageOfFile("scripts/Start-Wave.PS1")).toBe("powershell");
		expect(languageOfFile("Contoso.Migration.psd1")).toBe("powershell");
		expect(languageOfFile("settings/Federation.JSON")).toBe("settings");
		expect(languageOfFile("settings/domains.yml")).toBe("settings");
		expect(languageOfFile("notes.txt")).toBeUndefined();
	});

	it("has every language and a recommended configuration object per language", () => {
		expect(Object.keys(plugin.languages).sort()).toEqual([...LANGUAGE_NAMES].sort());
		const recommended = plugin.configs["recommended"] as { language: string; rules: Record<string, string> }[];
		expect(recommended.map((config) => config.language)).toEqual(["miglint/csv", "miglint/powershell", "miglint/settings"]);
		expect(recommended[0]!.rules["miglint/csv-email-domain"]).toBe("warn");
		expect(recommended[1]!.rules["miglint/ps-shared-sip-address-space"]).toBe("error");
	});

	it("lints a JSON settings file with its recommended configuration in a plain flat config, and leaves tool files alone", () => {
		const config = plugin.configs["recommended"] as Linter.Config[];
		const linter = new Linter({ configType: "flat" });
		const settings = '{\n  "Identity": "Global",\n  "SharedSipAddressSpace": "false",\n  "SharedSipAdressSpace": true\n}\n';
		const messages = linter.verify(settings, config, "settings/federation.json");
		expect(messages.map(({ ruleId, severity, line, column }) => ({ ruleId, severity, line, column }))).toEqual([
			{ ruleId: "miglint/config-schema", severity: 2, line: 3, column: 28 },
			{ ruleId: "miglint/config-unknown-key", severity: 1, line: 4, column: 3 },
		]);
		expect(linter.verify('{ "name": "x", "name": "y" }', config, "package.json")).toEqual([
			expect.objectContaining({ message: expect.stringContaining("No matching configuration") }),
		]);
	});

	it("can be made of some languages only", () => {
		const csvOnly = createPlugin({ csv });
		expect(Object.keys(csvOnly.languages)).toEqual(["csv"]);
		expect(Object.keys(csvOnly.rules).every((id) => id.startsWith("csv-"))).toBe(true);
		expect((csvOnly.configs["recommended"] as unknown[]).length).toBe(1);
	});
});
