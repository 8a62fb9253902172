import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../src/configuration/config-error.js";
import { buildConfigSchema, type RuleInfo } from "../src/configuration/config-schema.js";
import { findConfigFile, loadConfig } from "../src/configuration/load-config.js";
import { getMigrationFacts, getPowerShellFacts, getProjectFacts, ssoSource } from "../src/facts/migration-facts.js";
import { csvTypes } from "../src/csv-types/registry.js";
import { temporaryFolder } from "../../../test/helpers/temporary-folder.js";

const rules: Record<string, RuleInfo> = {
	"csv-header": { meta: { docs: { description: "Header" }, schema: [] } },
	"csv-max-rows": {
		meta: { schema: [{ type: "object", properties: { max: { type: "integer", minimum: 1 } }, additionalProperties: false }] },
	},
};

function configFile(name: string, content: string): string {
	const directory = temporaryFolder("config");
	const file = path.join(directory, name);
	writeFileSync(file, content);
	return file;
}

function configError(name: string, content: string): ConfigError {
	try {
		loadConfig(configFile(name, content), rules);
	} catch (error) {
		if (error instanceof ConfigError) {
			return error;
		}
		throw error;
	}
	throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
	it("reads a YAML configuration and normalises rule ids", () => {
		const file = configFile(
			"miglint.config.yaml",
			[
				"migration:",
				"  sso: true",
				"  domains:",
				"    onPremises: [contoso.com, '*.contoso.org']",
				"csv:",
				"  types:",
				"    'batches/*.txt': staged",
				"  sources:",
				"    'C:\\Migration\\wave1.csv': batches/wave1.csv",
				"  legacyEncoding: windows-1252",
				"powershell:",
				"  edition: desktop",
				"rules:",
				"  csv-header: warn",
				"  miglint/csv-max-rows: [error, { max: 1000 }]",
				"ignores: [archive/**]",
			].join("\n"),
		);
		expect(loadConfig(file, rules)).toEqual({
			file,
			directory: path.dirname(file),
			migration: { sso: true, domains: { onPremises: ["contoso.com", "*.contoso.org"] } },
			csvTypes: { "batches/*.txt": "staged" },
			csvSources: { "C:\\Migration\\wave1.csv": "batches/wave1.csv" },
			csvLegacyEncoding: "windows-1252",
			csvAllFiles: false,
			powershell: { edition: "desktop" },
			rules: { "miglint/csv-header": "warn", "miglint/csv-max-rows": ["error", { max: 1000 }] },
			ignores: ["archive/**"],
			overrides: [],
		});
	});

	it("reads JSON with the same locations", () => {
		const error = configError("miglint.config.json", '{\n\t"migration": {\n\t\t"sso": "yes"\n\t}\n}\n');
		expect(error.toString()).toMatch(/miglint\.config\.json:3:10: migration\.sso must be a boolean, got "yes"$/u);
	});

	it.each([
		["an unknown top-level key, at the key", "migraton:\n  sso: true\n", 1, 1, 'unknown key "migraton"; expected "migration"'],
		[
			"an unknown nested key",
			"migration:\n  domains:\n    onPrem: [contoso.com]\n",
			3,
			5,
			'unknown key "onPrem" in migration.domains; expected one of onPremises, cloud',
		],
		[
			"a PowerShell edition that does not exist",
			"powershell:\n  edition: windows\n",
			2,
			12,
			'powershell.edition must be one of "desktop", "core", got "windows"',
		],
		[
			"a bad domain name",
			"migration:\n  domains:\n    cloud: [contoso]\n",
			3,
			13,
			'migration.domains.cloud[0] "contoso" is not a domain name such as contoso.com or *.contoso.com',
		],
		[
			"an unknown CSV type",
			"csv:\n  types:\n    '*.txt': stagged\n",
			3,
			14,
			`csv.types.*.txt must be one of ${csvTypes.map((type) => `"${type.name}"`).join(", ")}, got "stagged"`,
		],
		["an unknown rule id", "rules:\n  csv-headr: error\n", 2, 3, 'unknown rule "csv-headr"; did you mean "csv-header"?'],
		["a bad severity", "rules:\n  csv-header: fatal\n", 2, 15, 'rules.csv-header severity must be "off", "warn" or "error" (or 0, 1, 2), got "fatal"'],
		["a bad rule option", "rules:\n  csv-max-rows: [error, { max: 0 }]\n", 2, 32, "rules.csv-max-rows[1].max must be >= 1"],
		["too many rule options", "rules:\n  csv-header: [error, {}]\n", 2, 23, "rules.csv-header takes no options"],
		["a syntax error", "migration:\n  sso: [true\n", 3, 1, "syntax error: "],
		["a duplicate key", "migration: {}\nmigration: {}\n", 2, 1, "syntax error: Map keys must be unique"],
	])("reports %s with file:line:col", (_what, content, line, column, message) => {
		const error = configError("miglint.config.yaml", content);
		expect([error.line, error.column]).toEqual([line, column]);
		expect(error.message.startsWith(message)).toBe(true);
	});

	it("reports the first problem and counts the others", () => {
		const error = configError("miglint.config.yaml", "rules:\n  nope: error\n  csv-header: loud\n");
		expect(error.message).toBe('unknown rule "nope" (and 1 more problem)');
	});
});

describe("findConfigFile", () => {
	it("looks from the working directory upward", () => {
		const root = temporaryFolder("find");
		const nested = path.join(root, "a", "b");
		mkdirSync(nested, { recursive: true });
		writeFileSync(path.join(root, "miglint.config.yml"), "{}\n");
		expect(findConfigFile(nested)).toBe(path.join(root, "miglint.config.yml"));
	});

	it("refuses two configuration files in one directory", () => {
		const root = temporaryFolder("find");
		writeFileSync(path.join(root, "miglint.config.json"), "{}");
		writeFileSync(path.join(root, "miglint.config.yaml"), "{}");
		expect(() => findConfigFile(root)).toThrow(/found both miglint.config.json and miglint.config.yaml/u);
	});
});

describe("buildConfigSchema", () => {
	it("lists every rule in its short and prefixed form", () => {
		const schema = buildConfigSchema(rules) as { properties: { rules: { properties: Record<string, unknown> } } };
		expect(Object.keys(schema.properties.rules.properties)).toEqual(["csv-header", "miglint/csv-header", "csv-max-rows", "miglint/csv-max-rows"]);
	});
});

describe("getMigrationFacts", () => {
	it("reads settings.miglint.migration and rejects malformed facts", () => {
		expect(getMigrationFacts({ miglint: { migration: { sso: true } } })).toEqual({ sso: true });
		expect(getMigrationFacts({})).toEqual({});
		expect(() => getMigrationFacts({ miglint: { migration: { sso: "yes" } } })).toThrow(
			"Invalid miglint settings: settings.miglint.migration.sso must be boolean",
		);
		expect(getMigrationFacts({ miglint: { migration: { skypeHybrid: { final: true } } } })).toEqual({ skypeHybrid: { final: true } });
		expect(getMigrationFacts({ miglint: { migration: { imap: { server: "dovecot" } } } })).toEqual({ imap: { server: "dovecot" } });
		expect(() => getMigrationFacts({ miglint: { migration: { imap: { server: "courier" } } } })).toThrow(
			"Invalid miglint settings: settings.miglint.migration.imap.server must be equal to one of the allowed values",
		);
	});

	it("reads settings.miglint.powershell and rejects a malformed edition", () => {
		expect(getPowerShellFacts({ miglint: { powershell: { edition: "desktop" } } })).toEqual({ edition: "desktop" });
		expect(getPowerShellFacts({ miglint: { powershell: {} } })).toEqual({});
		expect(() => getPowerShellFacts({ miglint: { powershell: { edition: "windows" } } })).toThrow(
			"Invalid miglint settings: settings.miglint.powershell.edition must be equal to one of the allowed values",
		);
	});

	it("reads the project facts the CLI derives, and rejects malformed ones", () => {
		const facts = {
			sso: { federated: true, source: "settings/domains.json:5:27" },
			csvFiles: ["/repo/a.csv"],
			csvSources: {},
			otherBatches: { "a@contoso.com": ["b.csv row 2"] },
			batchTypes: [{ line: 3, column: 5, type: "imap", reason: "its -SourceEndpoint 'I' is created in e.ps1:1:1" }],
			federation: {
				onPremises: { partnerDiscovery: { value: true, file: "edge.json" }, blockedDomains: { value: ["litware.com"], file: "blocked.json" } },
				online: {},
			},
			policyAssignments: [{ line: 7, column: 1, file: "batches/teams-users.csv", users: 5001 }],
		};
		expect(getProjectFacts({ miglint: { project: facts } })).toEqual(facts);
		expect(ssoSource({ miglint: { project: facts } })).toBe("settings/domains.json:5:27");
		expect(ssoSource({ miglint: { migration: { sso: true }, project: facts } })).toBe("migration.sso");
		expect(ssoSource({ miglint: { project: { sso: { federated: false, source: "x" } } } })).toBeNull();
		expect(() => getProjectFacts({ miglint: { project: { sso: true } } })).toThrow(
			"Invalid miglint settings: settings.miglint.project.sso must be { federated: boolean, source: string }",
		);
		expect(() => getProjectFacts({ miglint: { project: { csvFiles: [1] } } })).toThrow("settings.miglint.project.csvFiles must be a list of file names");
		expect(() => getProjectFacts({ miglint: { project: { otherBatches: { a: "b" } } } })).toThrow(
			"settings.miglint.project.otherBatches must map addresses to lists of places",
		);
		expect(() => getProjectFacts({ miglint: { project: { batchTypes: [{ line: "3", column: 5, type: "imap", reason: "r" }] } } })).toThrow(
			"settings.miglint.project.batchTypes must be a list of { line, column, type, reason }",
		);
		expect(() =>
			getProjectFacts({ miglint: { project: { federation: { onPremises: { blockedDomains: { value: "litware.com", file: "b.json" } }, online: {} } } } }),
		).toThrow("settings.miglint.project.federation must be { onPremises, online }, each with { value, file } parts");
		expect(() => getProjectFacts({ miglint: { project: { federation: { onPremises: {} } } } })).toThrow("settings.miglint.project.federation must be");
		expect(() => getProjectFacts({ miglint: { project: { policyAssignments: [{ line: 7, column: 1, file: "a.csv", users: "5001" }] } } })).toThrow(
			"settings.miglint.project.policyAssignments must be a list of { line, column, file, users }",
		);
		expect(() => getProjectFacts({ miglint: { project: { batches: [] } } })).toThrow('settings.miglint.project has an unknown key "batches"');
	});
});
