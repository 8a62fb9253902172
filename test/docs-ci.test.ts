import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { REPOSITORY_ROOT, runMiglint } from "./helpers/run-miglint.js";

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
});
