import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ESLint, type Linter } from "eslint";
import fc from "fast-check";
import miglint from "eslint-plugin-miglint";
import { ConfigError, readConfigFile, readRuleOption } from "@miglint/core";
import { describe, expect, it } from "vitest";
import { temporaryFolder } from "./helpers/temporary-folder.js";

/**
 * Property tests over hostile input, in-process and bounded: a fixed seed and
 * a fixed number of runs of inputs of bounded size, so that the work (not a
 * clock) is what is limited, and a failure is replayed exactly.
 */
const RUNS = { seed: 18, numRuns: 60 } as const;
const PASSWORD = "Zq7#Fuzz-Secret";

const directory = temporaryFolder("fuzz");

const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: miglint.configs.recommended as Linter.Config[] });

/** Text made of pieces that matter to the language, glued at random. */
function textOf(pieces: readonly string[], maxLength = 40): fc.Arbitrary<string> {
	return fc
		.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: "binary", maxLength: 3 })), { maxLength })
		.map((parts) => parts.join(""));
}

const CSV_PIECES = [
	",",
	";",
	"\t",
	'"',
	"\n",
	"\r\n",
	"\r",
	"\u0085",
	"\u2028",
	"\ufeff",
	"EmailAddress",
	"Password",
	"ForceChangePassword",
	"jose@contoso.com",
	PASSWORD,
	"False",
	"=cmd|",
];
const POWERSHELL_PIECES = [
	"$a",
	".b()",
	" -and ",
	"{",
	"}",
	"(",
	")",
	"@",
	"@(",
	"@{",
	"[__proto__]",
	"constructor",
	"New-MigrationBatch",
	" -CSVData ",
	'"',
	"'",
	"`",
	"\n",
	"#",
	"<#",
	"#>",
	"| ",
	"=",
	";",
	"$(",
	"[int]",
	"::",
];
const SETTINGS_PIECES = [
	"{",
	"}",
	"[",
	"]",
	":",
	",",
	'"',
	"\n",
	"  ",
	"- ",
	"&a ",
	"*a",
	"*b",
	"__proto__",
	"SharedSipAddressSpace",
	"AllowFederatedUsers",
	"EndpointType",
	"true",
	"1e999",
	"!!binary",
	"? ",
	"---\n",
];

async function lint(name: string, text: string): Promise<ESLint.LintResult[]> {
	return eslint.lintText(text, { filePath: path.join(directory, name), warnIgnored: false });
}

/** Parse errors are findings; anything else fatal is an internal error that leaked into a result. */
function internalErrors(results: ESLint.LintResult[]): string[] {
	return results.flatMap((result) =>
		result.messages.filter((message) => message.fatal && !message.message.startsWith("Parsing error")).map((message) => message.message),
	);
}

describe("fuzzed input never crashes or leaks a password", () => {
	it("CSV batches", async () => {
		await fc.assert(
			fc.asyncProperty(textOf(CSV_PIECES), async (text) => {
				const results = await lint("batch.csv", `EmailAddress,Password\n${text}`);
				expect(internalErrors(results)).toEqual([]);
				expect(JSON.stringify(results.map(({ source: _source, output: _output, ...rest }) => rest))).not.toContain(PASSWORD);
			}),
			RUNS,
		);
	});

	it("PowerShell scripts", async () => {
		await fc.assert(
			fc.asyncProperty(textOf(POWERSHELL_PIECES), async (text) => {
				expect(internalErrors(await lint("script.ps1", text))).toEqual([]);
			}),
			RUNS,
		);
	});

	it.each(["OrganizationConfig.json", "federation.yaml"])("settings in %s", async (name) => {
		await fc.assert(
			fc.asyncProperty(textOf(SETTINGS_PIECES), async (text) => {
				expect(internalErrors(await lint(name, text))).toEqual([]);
			}),
			RUNS,
		);
	});

	it("configuration files and --rule values are read or refused with a located ConfigError", () => {
		const file = path.join(directory, "miglint.config.yaml");
		const pieces = [
			...SETTINGS_PIECES,
			"rules",
			"csv",
			"types",
			"ignores",
			"migration",
			"powershell",
			"{a,b}",
			"!(x)",
			"constructor",
			"toString",
			"error",
			"warn",
		];
		fc.assert(
			fc.property(textOf(pieces), (text) => {
				writeFileSync(file, text);
				for (const read of [() => readConfigFile(file), () => readRuleOption(text)]) {
					try {
						read();
					} catch (error) {
						expect(error).toBeInstanceOf(ConfigError);
					}
				}
				expect(readFileSync(file, "utf8")).toBe(text);
			}),
			RUNS,
		);
	});
});
