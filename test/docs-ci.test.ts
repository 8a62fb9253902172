import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { codeBlocks } from "./helpers/markdown.js";
import { type Release, RELEASE_URL, standInRelease, TAG, VERSION, WITHOUT_STAND_IN } from "./helpers/release-stand-in.js";
import { BAD_BATCH, GOOD_BATCH, INSTALL_TIMEOUT, mustRun } from "./helpers/repository-copy.js";
import { FIXTURES, REPOSITORY_ROOT, runMiglint } from "./helpers/run-miglint.js";

const DOCS = readFileSync(path.join(REPOSITORY_ROOT, "docs/ci.md"), "utf8");

/** The code blocks of one section of the page, from its heading to the next. */
function docsSection(heading: string): { language: string; text: string }[] {
	const start = DOCS.indexOf(`\n${heading}\n`);
	const end = DOCS.indexOf("\n## ", start + 1);
	return codeBlocks(DOCS.slice(start, end === -1 ? undefined : end));
}

const blocks = codeBlocks(DOCS);
const yamlBlocks = blocks.filter((block) => block.language === "yaml");

type Hooks = { repos?: { repo: string; hooks: { id: string; args?: string[] }[] }[] };
const hookRepos = yamlBlocks.flatMap(({ text }) => (parse(text) as Hooks).repos ?? []);

/** Every miglint command line of the examples with options: a line or a YAML string that runs miglint, and the pre-commit hooks' args. */
const commands = [
	...blocks.flatMap(({ text }) =>
		text.split("\n").flatMap((line) => [...line.matchAll(/(?:^|[\s"'])(miglint --[^"'\n#]*)/gu)].map((match) => match[1]!.trim())),
	),
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

/** The commands of a pipeline: the `run` (GitHub) and `script` (Azure, GitLab) values, in order. */
function pipelineCommands(value: unknown, isCommand = false): string[] {
	if (typeof value === "string") {
		return isCommand ? [value] : [];
	}
	if (Array.isArray(value)) {
		return value.flatMap((entry) => pipelineCommands(entry, isCommand));
	}
	if (value !== null && typeof value === "object") {
		return Object.entries(value).flatMap(([key, entry]) => pipelineCommands(entry, key === "run" || key === "script"));
	}
	return [];
}

const PIPELINES = ["## GitHub Actions", "## Azure Pipelines", "## GitLab CI/CD"].map((heading) => {
	// The GitHub Actions section's workflow runs the action (test/action.test.ts); its commands are the steps shown without it.
	const [commands] = docsSection(heading)
		.filter((block) => block.language === "yaml")
		.map((block) => pipelineCommands(parse(block.text)))
		.filter((found) => found.length > 0);
	return [heading, commands!] as const;
});

const README = readFileSync(path.join(REPOSITORY_ROOT, "README.md"), "utf8");

/** Every `npm install` command of a page's code blocks, as written: a shell line, a `run`/`script` value, a YAML list item. */
function installCommands(markdown: string): string[] {
	return codeBlocks(markdown).flatMap(({ text }) => [...text.matchAll(/(?:^|\s)(npm install [^\n]+)/gmu)].map(([, command]) => command!.trim()));
}

const [FIRST_INSTALL] = installCommands(README);

describe("the install commands of the README and docs/ci.md", () => {
	it("install the release package of this version: globally, into a project, or built from a clone", () => {
		const commands = new Set([...installCommands(README), ...installCommands(DOCS)]);
		expect(FIRST_INSTALL).toBe(`npm install --global ${RELEASE_URL}`);
		expect(commands).toEqual(
			new Set([FIRST_INSTALL, `npm install --save-dev ${RELEASE_URL} lint-staged husky`, `npm install --global ./miglint-${VERSION}.tgz`]),
		);
	});

	it("name no global install from git, which leaves no command (npm/cli#4148)", () => {
		for (const command of [...installCommands(README), ...installCommands(DOCS)]) {
			expect(command).not.toMatch(/github:|git\+|\.git\b/u);
		}
	});
});

/**
 * The documented commands, run verbatim by a shell in a clean environment
 * (empty npm cache, empty global prefix), against stand-ins for the public
 * repository and its release (helpers/release-stand-in.ts). A global install
 * command the documents repeat is run once.
 */
describe.skipIf(WITHOUT_STAND_IN)(`installing miglint as the README and docs/ci.md say${WITHOUT_STAND_IN}`, () => {
	let release: Release;
	const ran = new Set<string>();
	const sh = (line: string, cwd: string, env: NodeJS.ProcessEnv = release.env) => spawnSync("sh", ["-c", line], { cwd, env, encoding: "utf8" });
	const install = (command: string) => {
		if (!ran.has(command)) {
			const result = sh(command, release.home);
			expect(result.status, result.stdout + result.stderr).toBe(0);
			ran.add(command);
		}
	};

	beforeAll(async () => {
		release = await standInRelease();
	}, INSTALL_TIMEOUT);
	afterAll(() => {
		release.stop();
	});

	it(
		"gives a miglint command of this version with the README's first install command",
		() => {
			install(FIRST_INSTALL!);
			const version = sh("miglint --version", release.home);
			expect(version.stdout).toBe(`${TAG}\n`);
			expect(version.status).toBe(0);
		},
		INSTALL_TIMEOUT,
	);

	/** The lint-staged and husky example, as a user copies it: its shell lines and `.lintstagedrc.yaml`, in a new repository. */
	describe("the lint-staged and husky example of docs/ci.md", () => {
		let repository: string;
		const git = (...args: string[]) => spawnSync("git", args, { cwd: repository, env: release.env, encoding: "utf8" });
		const commit = (file: string, text: string) => {
			writeFileSync(path.join(repository, file), text);
			expect(git("add", file).status).toBe(0);
			const result = git("commit", "-q", "-m", `add ${file}`);
			return { status: result.status, output: result.stdout + result.stderr };
		};

		beforeAll(() => {
			repository = path.join(release.home, "contoso-migration");
			mkdirSync(repository);
			mustRun("git", ["init", "-q"], { cwd: repository, env: release.env });
			writeFileSync(path.join(repository, "package.json"), `${JSON.stringify({ name: "contoso-migration", private: true }, null, 2)}\n`);
			const [shell, lintStagedConfig] = docsSection("## lint-staged and husky");
			expect(shell!.language).toBe("sh");
			expect(lintStagedConfig!.language).toBe("yaml");
			for (const line of shell!.text.trim().split("\n")) {
				mustRun("sh", ["-c", line], { cwd: repository, env: release.env });
			}
			writeFileSync(path.join(repository, ".lintstagedrc.yaml"), lintStagedConfig!.text);
			expect(git("add", "package.json", ".lintstagedrc.yaml", ".husky/pre-commit").status).toBe(0);
		}, INSTALL_TIMEOUT);

		it("lets a good batch through", () => {
			const result = commit("wave1.csv", GOOD_BATCH);
			expect(result.output).not.toContain("miglint/");
			expect(result.status).toBe(0);
			expect(git("log", "--format=%s").stdout).toContain("add wave1.csv");
		});

		it("blocks a commit with a bad batch, showing where and why", () => {
			const result = commit("wave2.csv", BAD_BATCH);
			expect(result.output).toContain("wave2.csv");
			expect(result.output).toContain("miglint/csv-force-change-password");
			expect(result.status).not.toBe(0);
			expect(git("log", "--format=%s").stdout).not.toContain("wave2");
		});
	});

	/**
	 * Each pipeline's commands, run in a checkout of the Contoso repository with
	 * the `miglint` command the install step gives (the services that read the
	 * reports are not run here: the reports are checked instead).
	 */
	describe.each(PIPELINES)("%s example of docs/ci.md, its commands run", (_heading, commands) => {
		it(
			"installs miglint as the docs say, then fails the job on the Contoso repository and writes the reports it names",
			() => {
				expect(commands).toEqual([FIRST_INSTALL, expect.stringMatching(/^miglint /u)]);
				install(commands[0]!);
				const line = commands[1]!;
				const args = line.split(" ").slice(1);
				const checkout = path.join(release.home, `pipeline-${_heading.replace(/\W+/gu, "-")}`);
				cpSync(path.join(FIXTURES, "contoso"), checkout, { recursive: true });
				const run = sh(line, checkout, { ...release.env, CI: "true" });
				expect(run.stderr).toBe("");
				expect(run.status).toBe(1);
				const printed = args.filter((arg, index) => args[index - 1] === "--format" && args[index + 1] !== "--output-file");
				if (printed.includes("github")) {
					expect(
						run.stdout
							.trim()
							.split("\n")
							.every((annotation) => /^::(error|warning) file=[^,]+,line=\d+/u.test(annotation)),
					).toBe(true);
				} else {
					expect(printed).toEqual(["stylish"]);
					expect(run.stdout).toMatch(/✖ \d+ problems/u);
				}
				const reports = args.flatMap((arg, index) => (arg === "--output-file" ? [{ format: args[index - 1]!, file: args[index + 1]! }] : []));
				expect(reports.length).toBeGreaterThan(0);
				for (const { format, file } of reports) {
					const report = readFileSync(path.join(checkout, file), "utf8");
					if (format === "sarif") {
						expect((JSON.parse(report) as { runs: { results: unknown[] }[] }).runs[0]!.results.length).toBeGreaterThan(0);
					} else {
						expect(format).toBe("junit");
						expect(XMLValidator.validate(report)).toBe(true);
						expect(report).toContain("<failure");
					}
				}
			},
			INSTALL_TIMEOUT,
		);
	});
});
