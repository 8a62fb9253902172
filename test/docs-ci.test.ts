import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { BAD_BATCH, cleanEnvironment, GOOD_BATCH, INSTALL_TIMEOUT, mustRun, repositoryCopy, WITHOUT_GIT } from "./helpers/repository-copy.js";
import { FIXTURES, REPOSITORY_ROOT, runMiglint } from "./helpers/run-miglint.js";

const DOCS = readFileSync(path.join(REPOSITORY_ROOT, "docs/ci.md"), "utf8");

/** The fenced code blocks of a piece of the page, with their language. */
function codeBlocks(markdown: string): { language: string; text: string }[] {
	return [...markdown.matchAll(/^```(\w*)\n(.*?)^```$/gmsu)].map(([, language, text]) => ({ language: language!, text: text! }));
}

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

/** The package spec the examples install miglint from (`npm install --global <spec>`, `npm install --save-dev <spec> …`). */
const INSTALL_SPECS = blocks.flatMap(({ text }) => [...text.matchAll(/npm install (?:--global|--save-dev) (\S+)/gu)].map(([, spec]) => spec!));
const [INSTALL_SPEC] = INSTALL_SPECS;

interface Installed {
	env: NodeJS.ProcessEnv;
	/** The package npm made of the repository fetched from git. */
	tarball: string;
	/** `npm install --global` of it, in a prefix of its own: the `miglint` command is in its bin directory. */
	bin: string;
}

let installed: Installed | undefined;

/**
 * miglint installed from a git spec as npm installs one: npm fetches the
 * revision, runs `npm install` in it (the workspace, built by the CLI's
 * `prepare`), packs it and installs the package. `npm pack <git url>` does the
 * first three steps; the repository is this working tree's copy, reached with
 * a `git+file:` URL instead of GitHub.
 */
function installFromGit(): Installed {
	if (!installed) {
		const home = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-install-home-")));
		const env = cleanEnvironment(home);
		const repository = repositoryCopy(env);
		const packs = path.join(home, "packs");
		mkdirSync(packs);
		const name = mustRun("npm", ["pack", "--no-audit", "--no-fund", `git+file://${repository.directory}#${repository.revision}`], { cwd: packs, env }).trim().split("\n").at(-1)!;
		const prefix = path.join(home, "global");
		mustRun("npm", ["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", path.join(packs, name)], { cwd: home, env });
		installed = { env, tarball: path.join(packs, name), bin: path.join(prefix, "bin") };
	}
	return installed;
}

describe.skipIf(WITHOUT_GIT)(`installing miglint as docs/ci.md says${WITHOUT_GIT}`, () => {
	let miglint: Installed;
	beforeAll(() => {
		miglint = installFromGit();
	}, INSTALL_TIMEOUT);

	it("installs the same release everywhere: this repository at the tag of its version", () => {
		expect(INSTALL_SPECS).toHaveLength(4);
		expect(new Set(INSTALL_SPECS)).toEqual(new Set([INSTALL_SPEC]));
		const { version } = JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, "packages/cli/package.json"), "utf8")) as { version: string };
		expect(INSTALL_SPEC).toBe(`github:miglint/miglint#v${version}`);
	});

	it("gives a miglint command of that version, from the repository fetched with git", () => {
		const run = spawnSync(path.join(miglint.bin, "miglint"), ["--version"], { env: miglint.env, encoding: "utf8" });
		expect(run.stdout).toBe(`${INSTALL_SPEC!.replace(/^.*#/u, "")}\n`);
		expect(run.status).toBe(0);
	});
});

/**
 * The lint-staged and husky example, as a user copies it: the shell lines and
 * `.lintstagedrc.yaml` of docs/ci.md, lint-staged and husky from npm, miglint
 * from the package npm makes of the repository (see installFromGit).
 */
describe.skipIf(WITHOUT_GIT)(`the lint-staged and husky example of docs/ci.md, tried${WITHOUT_GIT}`, () => {
	let repository: string;
	let env: NodeJS.ProcessEnv;
	const git = (...args: string[]) => spawnSync("git", args, { cwd: repository, env, encoding: "utf8" });
	const commit = (file: string, text: string) => {
		writeFileSync(path.join(repository, file), text);
		expect(git("add", file).status).toBe(0);
		const result = git("commit", "-q", "-m", `add ${file}`);
		return { status: result.status, output: result.stdout + result.stderr };
	};

	beforeAll(() => {
		const miglint = installFromGit();
		env = miglint.env;
		repository = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-lint-staged-")));
		mustRun("git", ["init", "-q"], { cwd: repository, env });
		writeFileSync(path.join(repository, "package.json"), `${JSON.stringify({ name: "contoso-migration", private: true }, null, 2)}\n`);
		const [shell, lintStagedConfig] = docsSection("## lint-staged and husky");
		expect(shell!.language).toBe("sh");
		expect(lintStagedConfig!.language).toBe("yaml");
		const [install, ...setup] = shell!.text.trim().split("\n");
		expect(install).toBe(`npm install --save-dev ${INSTALL_SPEC} lint-staged husky`);
		mustRun("npm", ["install", "--save-dev", "--no-audit", "--no-fund", miglint.tarball, "lint-staged", "husky"], { cwd: repository, env });
		for (const line of setup) {
			mustRun("sh", ["-c", line], { cwd: repository, env });
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
	const [pipeline] = docsSection(heading).filter((block) => block.language === "yaml");
	return [heading, pipelineCommands(parse(pipeline!.text))] as const;
});

/**
 * Each pipeline's commands, run in a checkout of the Contoso repository with
 * the `miglint` command the install step gives (the services that read the
 * reports are not run here: the reports are checked instead).
 */
describe.skipIf(WITHOUT_GIT).each(PIPELINES)(`%s example of docs/ci.md, its commands run${WITHOUT_GIT}`, (_heading, commands) => {
	let miglint: Installed;
	beforeAll(() => {
		miglint = installFromGit();
	}, INSTALL_TIMEOUT);

	it("installs miglint as the docs say, then fails the job on the Contoso repository and writes the reports it names", () => {
		expect(commands).toEqual([`npm install --global ${INSTALL_SPEC}`, expect.stringMatching(/^miglint /u)]);
		const line = commands[1]!;
		const args = line.split(" ").slice(1);
		const checkout = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-pipeline-")));
		cpSync(path.join(FIXTURES, "contoso"), checkout, { recursive: true });
		const run = spawnSync("sh", ["-c", line], { cwd: checkout, env: { ...miglint.env, PATH: `${miglint.bin}${path.delimiter}${miglint.env.PATH}`, CI: "true" }, encoding: "utf8" });
		expect(run.stderr).toBe("");
		expect(run.status).toBe(1);
		const printed = args.filter((arg, index) => args[index - 1] === "--format" && args[index + 1] !== "--output-file");
		if (printed.includes("github")) {
			expect(run.stdout.trim().split("\n").every((annotation) => /^::(error|warning) file=[^,]+,line=\d+/u.test(annotation))).toBe(true);
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
	});
});
