import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { copyFixture, FIXTURES, type JsonResult, jsonResults, miglint, REPOSITORY_ROOT } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

const CONTOSO = path.join(FIXTURES, "contoso");
const BAD_INPUT = path.join(FIXTURES, "bad-input");
const SECURITY_RULES = [
	"miglint/ps-plaintext-secret",
	"miglint/ps-untrusted-certificate",
	"miglint/config-untrusted-certificate",
	"miglint/csv-password-policy",
];

interface SarifRule {
	id: string;
	shortDescription: { text: string };
	fullDescription: { text: string };
	help: { text: string; markdown?: string };
	helpUri?: string;
	properties?: { tags: string[]; "security-severity"?: string };
}

interface SarifResult {
	ruleId: string;
	ruleIndex: number;
	level: string;
	message: { text: string };
	locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }>;
	partialFingerprints: { primaryLocationLineHash: string };
}

interface SarifLog {
	$schema: string;
	version: string;
	runs: Array<{ tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }; results: SarifResult[] }>;
}

const SARIF_SCHEMA = JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, "test/schemas/sarif-schema-2.1.0.json"), "utf8")) as { id: string };

/** The SARIF 2.1.0 schema (test/schemas/README.md), compiled with ajv for draft-04. */
function sarifValidator(): (data: unknown) => boolean {
	const Ajv = createRequire(import.meta.url)("ajv-draft-04") as new (options: object) => { compile(schema: unknown): (data: unknown) => boolean };
	// The schema's patterns are not valid as Unicode regular expressions; its `uri` formats are checked below instead.
	const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
	return ajv.compile(SARIF_SCHEMA);
}

async function sarifOf(directory: string, args: string[] = ["."]): Promise<SarifLog> {
	const run = await miglint([...args, "--format", "sarif"], { cwd: directory });
	expect(run.stderr).toBe("");
	const log = JSON.parse(run.stdout) as SarifLog;
	expect(sarifValidator()(log)).toBe(true);
	return log;
}

function messagesOf(results: readonly JsonResult[]): number {
	return results.reduce((sum, result) => sum + result.messages.length, 0);
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["testsuite", "testcase", "file", "error"].includes(name) });

function parsedXml(text: string): Record<string, unknown> {
	expect(XMLValidator.validate(text)).toBe(true);
	return xml.parse(text) as Record<string, unknown>;
}

function workspace(files: Record<string, string>): string {
	const directory = temporaryFolder("formats");
	for (const [name, content] of Object.entries(files)) {
		writeFileSync(path.join(directory, name), content);
	}
	return directory;
}

describe("--format sarif", () => {
	it("is valid SARIF 2.1.0 with every problem of the Contoso repository, located relative to the working directory", async () => {
		const log = await sarifOf(CONTOSO);
		const json = jsonResults(await miglint([".", "--format", "json"], { cwd: CONTOSO }), CONTOSO);
		expect(log.version).toBe("2.1.0");
		// The schema it names is the one it was validated against, as schemastore.org serves it.
		expect(log.$schema).toBe(`https://json.schemastore.org/${path.basename(SARIF_SCHEMA.id)}`);
		expect(log.runs).toHaveLength(1);
		const [run] = log.runs;
		expect(run!.tool.driver).toMatchObject({
			name: "miglint",
			version: expect.stringMatching(/^\d+\.\d+\.\d+/u),
			informationUri: expect.stringMatching(/^https:\/\//u),
		});
		expect(run!.results).toHaveLength(messagesOf(json));
		const reported = new Set(json.flatMap((result) => result.messages.map((message) => message.ruleId)));
		expect(run!.tool.driver.rules.map((rule) => rule.id)).toEqual([...reported].sort());
		for (const result of run!.results) {
			expect(run!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
			expect(["error", "warning"]).toContain(result.level);
			const { artifactLocation, region } = result.locations[0]!.physicalLocation;
			expect(artifactLocation.uriBaseId).toBe("%SRCROOT%");
			expect(artifactLocation.uri).not.toMatch(/^\/|\\|^[a-z]+:/iu);
			expect(json.map((file) => file.filePath)).toContain(decodeURIComponent(artifactLocation.uri));
			expect(region["startLine"]).toBeGreaterThanOrEqual(1);
			expect(region["startColumn"]).toBeGreaterThanOrEqual(1);
		}
		const fingerprints = run!.results.map(
			(result) => `${result.ruleId} ${result.locations[0]!.physicalLocation.artifactLocation.uri} ${result.partialFingerprints.primaryLocationLineHash}`,
		);
		expect(new Set(fingerprints).size).toBe(fingerprints.length);
	});

	it("describes each rule from its documentation page, and marks the security rules", async () => {
		const { rules, version } = (await sarifOf(CONTOSO)).runs[0]!.tool.driver;
		for (const rule of rules) {
			expect(rule.shortDescription.text).not.toBe("");
			expect(rule.fullDescription.text).not.toBe("");
			expect(rule.helpUri).toBe(
				`https://github.com/miglint/miglint/blob/v${version}/rules/${rule.id.split("/")[1]!.split("-")[0]!.replace("ps", "powershell").replace("config", "settings")}/docs/rules/${rule.id.split("/")[1]}.md`,
			);
			expect(rule.help.markdown).toMatch(/\S/u);
			expect(rule.help.markdown).not.toMatch(/\]\((?!https?:)/u);
			expect(rule.help.text).not.toContain("`");
			const security = SECURITY_RULES.includes(rule.id);
			expect(rule.properties!.tags.includes("security")).toBe(security);
			expect(rule.properties!["security-severity"] !== undefined).toBe(security);
		}
		expect(
			rules
				.filter((rule) => rule.properties!["security-severity"])
				.map((rule) => rule.id)
				.sort(),
		).toEqual([...SECURITY_RULES].sort());
		const plaintext = rules.find((rule) => rule.id === "miglint/ps-plaintext-secret")!;
		expect(Number(plaintext.properties!["security-severity"])).toBeGreaterThanOrEqual(7);
	});

	it("reports files miglint cannot parse under miglint/parse-error", async () => {
		const log = await sarifOf(BAD_INPUT);
		const parseErrors = log.runs[0]!.results.filter((result) => result.ruleId === "miglint/parse-error");
		expect(parseErrors.length).toBeGreaterThan(0);
		expect(parseErrors.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toContain("syntax-error.ps1");
		expect(log.runs[0]!.tool.driver.rules.find((rule) => rule.id === "miglint/parse-error")!.help.text).not.toBe("");
	});

	it("keeps fingerprints when lines are added above a problem, and gives the same bytes wherever the repository is", async () => {
		const before = workspace({ "wave1.csv": "EmailAddress,Password\nkenji.tanaka@contoso,Tr0ub4dor&3-horse\n" });
		const after = workspace({ "wave1.csv": "EmailAddress,Password\nanna.kowalska@contoso.com,Tr0ub4dor&3-horse\nkenji.tanaka@contoso,Tr0ub4dor&3-horse\n" });
		const fingerprint = async (directory: string): Promise<string[]> =>
			(await sarifOf(directory)).runs[0]!.results.filter((result) => result.ruleId === "miglint/csv-email-address").map(
				(result) => result.partialFingerprints.primaryLocationLineHash,
			);
		expect(await fingerprint(after)).toEqual(await fingerprint(before));
		const copy = copyFixture("contoso");
		const here = (await miglint([".", "--format", "sarif"], { cwd: CONTOSO })).stdout;
		expect((await miglint([".", "--format", "sarif"], { cwd: copy })).stdout).toBe(here);
		expect((await miglint([".", "--format", "sarif"], { cwd: CONTOSO })).stdout).toBe(here);
	});

	it("percent-encodes file names in URIs", async () => {
		const directory = workspace({ "wave 1,a#b.csv": "EmailAddress\nnot-an-address\n" });
		const [result] = (await sarifOf(directory)).runs[0]!.results;
		expect(result!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("wave%201%2Ca%23b.csv");
	});
});

describe("--format junit", () => {
	it("has a test suite per file, a failing case per problem and a passing case for a clean file", async () => {
		const run = await miglint([".", "--format", "junit"], { cwd: CONTOSO });
		expect(run.status).toBe(1);
		const json = jsonResults(await miglint([".", "--format", "json"], { cwd: CONTOSO }), CONTOSO);
		const root = parsedXml(run.stdout)["testsuites"] as { tests: string; failures: string; errors: string; testsuite: Array<Record<string, unknown>> };
		expect(root.testsuite.map((suite) => suite["name"])).toEqual(json.map((result) => result.filePath));
		expect(Number(root.failures) + Number(root.errors)).toBe(messagesOf(json));
		expect(Number(root.tests)).toBe(json.reduce((sum, result) => sum + Math.max(result.messages.length, 1), 0));
		json.forEach((result, index) => {
			const suite = root.testsuite[index] as { tests: string; failures: string; testcase: Array<Record<string, unknown>> };
			expect(Number(suite.tests)).toBe(suite.testcase.length);
			if (!result.messages.length) {
				expect(suite.testcase).toEqual([{ name: "miglint", classname: result.filePath }]);
				return;
			}
			expect(Number(suite.failures)).toBe(result.messages.length);
			result.messages.forEach((message, caseIndex) => {
				const testcase = suite.testcase[caseIndex]!;
				expect(testcase).toMatchObject({ name: `${message.ruleId} (${message.line}:${message.column})`, classname: result.filePath });
				expect(testcase["failure"]).toMatchObject({ message: message.message, type: message.severity === 2 ? "error" : "warning" });
			});
		});
	});

	it("reports a file it cannot parse as an error, and escapes markup and strips characters XML does not allow", async () => {
		const directory = workspace({ "a&b<c>.csv": 'EmailAddress,"Pass\u0001<word>"\nkenji.tanaka@contoso.com,x\n' });
		writeFileSync(path.join(directory, "broken.ps1"), "function {\n");
		const { stdout } = await miglint([".", "--format", "junit"], { cwd: directory });
		const root = parsedXml(stdout)["testsuites"] as {
			errors: string;
			testsuite: Array<{ name: string; testcase: Array<Record<string, { message: string; type: string }>> }>;
		};
		expect(Number(root.errors)).toBeGreaterThan(0);
		expect(stdout).not.toContain("\u0001");
		const csv = root.testsuite.find((suite) => suite.name === "a&b<c>.csv")!;
		expect(csv.testcase.some((testcase) => testcase["failure"]?.message.includes("Pass<word>"))).toBe(true);
		const script = root.testsuite.find((suite) => suite.name === "broken.ps1")!;
		expect(script.testcase[0]!["error"]).toEqual([expect.objectContaining({ type: "error", message: expect.stringMatching(/^Parsing error: /u) })]);
	});
});

describe("--format github", () => {
	it("prints a workflow command per problem, escaped as the Actions toolkit escapes", async () => {
		const directory = workspace({
			"a,b:c.csv": 'EmailAddress,Pass%word,"Note\r\nLine"\nkenji.tanaka@contoso.com,x,y\n',
			"clean.csv": "EmailAddress\nkenji.tanaka@contoso.com\n",
		});
		const run = await miglint([".", "--format", "github"], { cwd: directory });
		expect(run.status).toBe(1);
		const lines = run.stdout.trimEnd().split("\n");
		expect(lines).toContain(
			"::error file=a%2Cb%3Ac.csv,line=1,endLine=1,col=14,endColumn=23,title=miglint/csv-columns::The header name 'Pass%25word' is not a column of a staged migration batch; did you mean 'Password'?",
		);
		expect(lines.some((line) => line.includes("'Note%0D%0ALine'"))).toBe(true);
		for (const line of lines) {
			expect(line).toMatch(/^::(error|warning) file=[^,:]+,line=\d+,(endLine=\d+,)?col=\d+,(endColumn=\d+,)?title=miglint\/[a-z-]+::\S/u);
		}
	});

	it("annotates warnings as warnings", async () => {
		const lines = (await miglint([".", "--format", "github"], { cwd: CONTOSO })).stdout.trimEnd().split("\n");
		const json = jsonResults(await miglint([".", "--format", "json"], { cwd: CONTOSO }), CONTOSO);
		expect(lines).toHaveLength(messagesOf(json));
		expect(lines.filter((line) => line.startsWith("::warning ")).length).toBe(json.reduce((sum, result) => sum + result.warningCount, 0));
	});

	it("annotates at most 10 problems per rule and file, as GitHub shows no more per step, and says how many it left out", async () => {
		const rows = Array.from({ length: 25 }, (_, index) => `user${index}@contoso.com,Yes`);
		const directory = workspace({
			"wave1.csv": `EmailAddress,ForceChangePassword\n${rows.join("\n")}\n`,
			"wave2.csv": "EmailAddress,ForceChangePassword\na@contoso.com,Yes\n",
		});
		const lines = (await miglint([".", "--format", "github"], { cwd: directory })).stdout.trimEnd().split("\n");
		expect(lines.filter((line) => line.startsWith("::error file=wave1.csv,"))).toHaveLength(10);
		expect(lines.filter((line) => line.startsWith("::error file=wave2.csv,"))).toHaveLength(1);
		expect(lines).toContain(
			"::notice file=wave1.csv,title=miglint/csv-force-change-password::15 more problems of miglint/csv-force-change-password in this file are not annotated; the stylish or SARIF report lists them all.",
		);
		expect(lines).toHaveLength(12);
	});
});

describe("--format checkstyle", () => {
	it("is ESLint's checkstyle XML with relative paths", async () => {
		const { stdout } = await miglint([".", "--format", "checkstyle"], { cwd: CONTOSO });
		const json = jsonResults(await miglint([".", "--format", "json"], { cwd: CONTOSO }), CONTOSO);
		const root = parsedXml(stdout)["checkstyle"] as { version: string; file: Array<{ name: string; error?: Array<Record<string, string>> }> };
		expect(stdout.startsWith('<?xml version="1.0" encoding="utf-8"?><checkstyle version="4.3">')).toBe(true);
		expect(root.file.map((file) => file.name)).toEqual(json.map((result) => result.filePath));
		json.forEach((result, index) => {
			expect(root.file[index]!.error ?? []).toEqual(
				result.messages.map((message) => ({
					line: String(message.line),
					column: String(message.column),
					severity: message.severity === 2 ? "error" : "warning",
					message: `${message.message} (${message.ruleId})`,
					source: `eslint.rules.${message.ruleId}`,
				})),
			);
		});
	});
});

describe("several formats in one run", () => {
	it("writes each --output-file with the --format before it, and the format without one to standard output", async () => {
		const output = temporaryFolder("reports");
		writeFileSync(path.join(output, "miglint.sarif"), "old report");
		const run = await miglint(
			[
				".",
				"--format",
				"sarif",
				"--output-file",
				path.join(output, "miglint.sarif"),
				"-f",
				"junit",
				"-o",
				path.join(output, "junit/TEST-miglint.xml"),
				"--format=github",
				"--format",
				"checkstyle",
				`--output-file=${path.join(output, "checkstyle.xml")}`,
			],
			{ cwd: CONTOSO },
		);
		expect(run.status).toBe(1);
		expect(run.stderr).toBe("");
		const alone = async (format: string): Promise<string> => (await miglint([".", "--format", format], { cwd: CONTOSO })).stdout;
		expect(run.stdout).toBe(await alone("github"));
		expect(readFileSync(path.join(output, "miglint.sarif"), "utf8")).toBe(await alone("sarif"));
		expect(readFileSync(path.join(output, "junit/TEST-miglint.xml"), "utf8")).toBe(await alone("junit"));
		expect(readFileSync(path.join(output, "checkstyle.xml"), "utf8")).toBe(await alone("checkstyle"));
		expect(readdirSync(output).sort()).toEqual(["checkstyle.xml", "junit", "miglint.sarif"]);
	});

	it("writes the default stylish report to --output-file without --format, relative to the working directory, without colours", async () => {
		const cwd = copyFixture("contoso");
		const run = await miglint(["batches", "--color", "-o", "report.txt"], { cwd });
		expect(run).toMatchObject({ status: 1, stdout: "", stderr: "" });
		const report = readFileSync(path.join(cwd, "report.txt"), "utf8");
		expect(report).toContain("csv-header");
		expect(report).not.toContain("\u001b[");
	});

	it("refuses an --output-file it cannot pair, two reports on standard output, or one file twice", async () => {
		const usage = async (args: string[]): Promise<string> => {
			const run = await miglint(["fixtures/contoso/batches", ...args]);
			expect(run.status).toBe(2);
			expect(run.stdout).toBe("");
			return run.stderr;
		};
		expect(await usage(["-o", "a.sarif", "--format", "sarif"])).toBe(
			"miglint: --output-file a.sarif comes before any --format: put it after the --format it is for (see miglint --help)\n",
		);
		expect(await usage(["--format", "sarif", "-o", "a", "-o", "b"])).toBe(
			"miglint: --format sarif has two --output-file options: give one --output-file after each --format (see miglint --help)\n",
		);
		expect(await usage(["--format", "json", "--format", "sarif"])).toBe(
			"miglint: only one --format can go to standard output: give the others an --output-file (see miglint --help)\n",
		);
		expect(await usage(["--format", "json", "-o", "r", "--format", "sarif", "-o", "./r"])).toBe(
			"miglint: two reports are written to the same --output-file (see miglint --help)\n",
		);
		expect(await usage(["--format", "html"])).toBe(
			'miglint: Invalid value for --format: "html"; choose "stylish" or "json" or "sarif" or "junit" or "github" or "checkstyle" (see miglint --help)\n',
		);
		expect(await usage(["--format", "json", "-o", "README.md/report.json"])).toMatch(
			/^miglint: cannot write the json report to .README.md\/report.json.: E[A-Z]+\n$/u,
		);
	});
});

describe("--help", () => {
	it("explains how --output-file pairs with --format", async () => {
		const { stdout } = await miglint(["--help"]);
		expect(stdout).toContain("--output-file");
		expect(stdout).toContain("miglint -f sarif -o miglint.sarif -f stylish");
		expect(stdout.replace(/\s+/gu, " ")).toContain("Write the report of the --format given before it to this file");
		for (const format of ["sarif", "junit", "github", "checkstyle"]) {
			expect(stdout).toContain(`"${format}"`);
		}
	});
});

describe("reports are written atomically", () => {
	it("leaves no temporary file beside the report", async () => {
		const output = temporaryFolder("reports");
		mkdirSync(path.join(output, "nested"));
		await miglint(["batches", "--format", "json", "-o", path.join(output, "nested/report.json")], { cwd: CONTOSO });
		expect(readdirSync(path.join(output, "nested"))).toEqual(["report.json"]);
		expect(() => JSON.parse(readFileSync(path.join(output, "nested/report.json"), "utf8")) as unknown).not.toThrow();
	});
});
