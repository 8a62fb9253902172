import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runMiglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

/**
 * Loaded with --import: writes, as the process exits, the URL of every module
 * it loaded: ES modules through a load hook (in the hooks' thread, as they
 * load), CommonJS modules from the require cache (ESLint, yaml and ajv are
 * CommonJS, and load one another without the hooks).
 */
const RECORDER = `
import Module, { register } from "node:module";
import { appendFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const out = process.env.MIGLINT_MODULES_FILE;
const hooks = 'import { appendFileSync } from "node:fs"; let out; export function initialize(data) { out = data.out; } export async function load(url, context, next) { appendFileSync(out, url + "\\\\n"); return next(url, context); }';
register("data:text/javascript," + encodeURIComponent(hooks), { data: { out } });
process.on("exit", () => appendFileSync(out, Object.keys(Module._cache).map((file) => pathToFileURL(file).href + "\\n").join("")));
`;

/** The modules a miglint run loads, as paths below the repository's packages and node_modules. */
function modulesLoaded(args: string[], cwd: string): string[] {
	const recorder = path.join(cwd, "record-modules.mjs");
	const list = path.join(cwd, "modules.txt");
	writeFileSync(recorder, RECORDER);
	writeFileSync(list, "");
	const run = runMiglint(args, { cwd, env: { NODE_OPTIONS: `--import=${pathToFileURL(recorder).href}`, MIGLINT_MODULES_FILE: list } });
	expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
	return [
		...new Set(
			readFileSync(list, "utf8")
				.split("\n")
				.filter((url) => url.startsWith("file:")),
		),
	];
}

const BATCH = "EmailAddress,Password,ForceChangePassword\r\npilot.000001@contoso.com,Harbour-1-Lamp!,False\r\n";

describe("the one-CSV path loads only what it uses", () => {
	it("with a configuration and a --rule that set rule options: no yaml (the block reader reads them), no ajv compiler, no other language", () => {
		const directory = temporaryFolder("start-up");
		writeFileSync(path.join(directory, "small.csv"), BATCH);
		writeFileSync(
			path.join(directory, "miglint.config.yaml"),
			"migration:\n  domains:\n    onPremises: [contoso.com, fabrikam.com]\nrules:\n  csv-max-rows: [error, { max: 1000 }]\n  csv-columns:\n    - error\n    - allowUnknownColumns: true\n",
		);
		const modules = modulesLoaded(["--rule", "csv-header: warn", "small.csv"], directory);
		// The recorder sees both kinds of module: the CSV language (ES) and ESLint (CommonJS).
		expect(modules.some((url) => url.includes("/language-csv/dist/"))).toBe(true);
		expect(modules.some((url) => /\/eslint\/lib\//u.test(url))).toBe(true);
		expect(modules.filter((url) => /\/yaml\//u.test(url))).toEqual([]);
		// Globs are compiled only where a configuration has some (csv.types, ignores) or a directory is searched.
		expect(modules.filter((url) => /\/picomatch\//u.test(url))).toEqual([]);
		// ESLint's ajv 6 checks rule options (miglint has checked them: cli/src/rule-schemas.ts); ajv 8 compiles
		// schemas at run time (the configuration's and the rules' options' are precompiled: only ajv's runtime helpers load).
		expect(modules.filter((url) => /\/(ajv|uri-js|fast-uri)\//u.test(url) && !url.includes("/ajv/dist/runtime/"))).toEqual([]);
		// No other language: neither its part of the plugin, nor its package's entry, nor the parser (the project facts
		// may take a leaf module from one, such as language-settings' fact keys).
		expect(
			modules.filter((url) =>
				/\/(eslint-plugin-miglint\/dist\/parts\/(powershell|settings)|(language-(powershell|settings)|rules\/(powershell|settings))\/dist\/index)\.js$|\/powershell-parser\//u.test(
					url,
				),
			),
		).toEqual([]);
	});

	it("with a configuration the block reader leaves (an anchor), yaml reads it", () => {
		const directory = temporaryFolder("start-up");
		writeFileSync(path.join(directory, "small.csv"), BATCH);
		writeFileSync(path.join(directory, "miglint.config.yaml"), "migration:\n  domains:\n    onPremises: &ours [contoso.com]\n");
		const modules = modulesLoaded(["small.csv"], directory);
		expect(modules.some((url) => /\/yaml\/dist\//u.test(url))).toBe(true);
	});

	it("without a configuration: no yaml either", () => {
		const directory = temporaryFolder("start-up");
		writeFileSync(path.join(directory, "small.csv"), BATCH);
		const modules = modulesLoaded(["small.csv"], directory);
		expect(modules.some((url) => url.includes("/language-csv/dist/"))).toBe(true);
		expect(modules.filter((url) => /\/(yaml|ajv|uri-js|fast-uri)\//u.test(url) && !url.includes("/ajv/dist/runtime/"))).toEqual([]);
	});
});

describe("rule options in inline configuration are still checked by ESLint", () => {
	it("in a file linted after one without any, as in a file linted first", () => {
		const directory = temporaryFolder("start-up");
		writeFileSync(path.join(directory, "a.ps1"), "Write-Host 1\n");
		writeFileSync(path.join(directory, "b.ps1"), '# eslint miglint/ps-export-csv: ["warn", 5]\nWrite-Host 1\n');
		writeFileSync(path.join(directory, "c.ps1"), '# eslint miglint/ps-file-encoding: ["error", {"bogus": 1}]\nWrite-Host 1\n');
		const run = runMiglint(["--format", "json", "."], { cwd: directory });
		expect(run.status).toBe(1);
		const messages = (JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>).map(
			({ filePath, messages }) => [path.basename(filePath), messages.map(({ ruleId, message }) => `${ruleId}: ${message}`)],
		);
		expect(messages).toEqual([
			["a.ps1", []],
			["b.ps1", ['miglint/ps-export-csv: Inline configuration for rule "miglint/ps-export-csv" is invalid:\n\tValue [5] should NOT have more than 0 items.\n']],
			[
				"c.ps1",
				[
					'miglint/ps-file-encoding: Inline configuration for rule "miglint/ps-file-encoding" is invalid:\n\tValue {"bom":"if-non-ascii","comments":false,"bogus":1} should NOT have additional properties.\n\t\tUnexpected property "bogus". Expected properties: "bom", "comments".\n',
				],
			],
		]);
	});
});
