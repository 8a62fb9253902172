import { cpSync, mkdtempSync, readFileSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { FIXTURES, REPOSITORY_ROOT, runMiglint } from "./helpers/run-miglint.js";

const DOCS = readFileSync(path.join(REPOSITORY_ROOT, "docs/ci.md"), "utf8");

/** The fenced code blocks of the page, with their language. */
const blocks = [...DOCS.matchAll(/^```(\w*)\n(.*?)^```$/gmsu)].map(([, language, text]) => ({ language: language!, text: text! }));
const yamlBlocks = blocks.filter((block) => block.language === "yaml");

type Hooks = { repos?: { repo: string; hooks: { id: string; args?: string[] }[] }[] };
const hookRepos = yamlBlocks.flatMap(({ text }) => (parse(text) as Hooks).repos ?? []);

/** Every miglint command line of the examples with options: a line or a YAML string that runs miglint, and the pre-commit hooks' args. */
const commands = [
	...blocks.flatMap(({ text }) => text.split("\n").flatMap((line) => [...line.matchAll(/(?:^|[\s"'])(miglint --[^"'\n#]*)/gu)].map((match) => match[1]!.trim()))),
	...hookRepos.flatMap((repo) => repo.hooks.flatMap((hook) => (hook.args ? [`miglint ${hook.args.join(" ")}`] : []))),
];

describe("docs/ci.md", () => {
	it("has a YAML example for each place miglint runs", () => {
		expect(yamlBlocks.length).toBeGreaterThanOrEqual(7);
		for (const heading of ["## pre-commit", "## lint-staged and husky", "## GitHub Actions", "## Azure Pipelines", "## GitLab CI/CD"]) {
			expect(DOCS).toContain(heading);
		}
	});

	it.each(yamlBlocks.map(({ text }) => [text.split("\n")[0], text] as const))("parses as YAML: %s", (_first, text) => {
		const document = parseDocument(text, { uniqueKeys: true });
		expect(document.errors.map((error) => error.message)).toEqual([]);
		expect(document.toJS()).toBeTypeOf("object");
	});

	it("uses only options and formats miglint has", () => {
		const help = runMiglint(["--help"]).stdout;
		expect(commands).toHaveLength(5);
		for (const command of commands) {
			for (const [, flag] of command.matchAll(/\s(--[\w-]+)/gu)) {
				expect(help, `${flag} in '${command}'`).toMatch(new RegExp(`\\s${flag}\\b`, "u"));
			}
			for (const [, format] of command.matchAll(/--format (\S+)/gu)) {
				expect(help, `--format ${format} in '${command}'`).toContain(`"${format}"`);
			}
		}
	});

	it("names the hook this repository defines", () => {
		const [hook] = parse(readFileSync(path.join(REPOSITORY_ROOT, ".pre-commit-hooks.yaml"), "utf8")) as { id: string }[];
		const remote = hookRepos.filter((repo) => repo.repo !== "local");
		expect(remote.length).toBeGreaterThan(0);
		for (const repo of remote) {
			expect(repo.repo).toBe("https://github.com/miglint/miglint");
			expect(repo.hooks.map((entry) => entry.id)).toEqual([hook!.id]);
		}
	});

	it("is linked from the README", () => {
		expect(readFileSync(path.join(REPOSITORY_ROOT, "README.md"), "utf8")).toContain("(docs/ci.md)");
	});

	/** The miglint steps of a pipeline: `run` (GitHub), `script` (Azure) and `script` lists (GitLab). */
	function pipelineCommands(value: unknown): string[] {
		if (typeof value === "string") {
			return value.startsWith("miglint ") ? [value] : [];
		}
		if (Array.isArray(value)) {
			return value.flatMap(pipelineCommands);
		}
		if (value !== null && typeof value === "object") {
			return Object.entries(value).flatMap(([key, entry]) => (["run", "script"].includes(key) || typeof entry === "object" ? pipelineCommands(entry) : []));
		}
		return [];
	}

	const pipelines = ["## GitHub Actions", "## Azure Pipelines", "## GitLab CI/CD"].map((heading) => {
		const start = DOCS.indexOf(`\n${heading}\n`);
		const section = DOCS.slice(start, DOCS.indexOf("\n## ", start + 1) === -1 ? undefined : DOCS.indexOf("\n## ", start + 1));
		const yaml = [...section.matchAll(/^```yaml\n(.*?)^```$/gmsu)].map(([, text]) => parse(text!) as unknown);
		return [heading, yaml.flatMap(pipelineCommands)] as const;
	});

	it.each(pipelines)("%s: its miglint step, run on the Contoso repository, fails the job and writes the reports it names", (_heading, steps) => {
		expect(steps).toHaveLength(1);
		const args = steps[0]!.split(" ").slice(1);
		const checkout = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-pipeline-")));
		cpSync(path.join(FIXTURES, "contoso"), checkout, { recursive: true });
		const run = runMiglint(args, { cwd: checkout, env: { CI: "true", GITHUB_ACTIONS: "true" } });
		expect(run.stderr).toBe("");
		expect(run.status).toBe(1);
		const printed = args.filter((arg, index) => args[index - 1] === "--format" && args[index + 1] !== "--output-file");
		if (printed.includes("github")) {
			expect(run.stdout.trim().split("\n").every((line) => /^::(error|warning) file=[^,]+,line=\d+/u.test(line))).toBe(true);
		} else {
			expect(printed).toEqual(["stylish"]);
			expect(run.stdout).toMatch(/✖ \d+ problems/u);
		}
		for (const [index, arg] of args.entries()) {
			if (arg !== "--output-file") {
				continue;
			}
			const report = readFileSync(path.join(checkout, args[index + 1]!), "utf8");
			if (args[index - 1] === "sarif") {
				expect((JSON.parse(report) as { runs: { results: unknown[] }[] }).runs[0]!.results.length).toBeGreaterThan(0);
			} else {
				expect(args[index - 1]).toBe("junit");
				expect(XMLValidator.validate(report)).toBe(true);
				expect(report).toContain("<failure");
			}
		}
	});
});
