import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { codeBlocks } from "./helpers/markdown.js";
import { PUBLIC_REPOSITORY, standInRepository, TAG } from "./helpers/release-stand-in.js";
import { BAD_BATCH, cleanEnvironment, GOOD_BATCH, INSTALL_TIMEOUT, mustRun, WITHOUT_GIT } from "./helpers/repository-copy.js";
import { REPOSITORY_ROOT } from "./helpers/run-miglint.js";

const PRE_COMMIT = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const HAS_PRE_COMMIT = PRE_COMMIT.status === 0;

interface HookDefinition {
	id: string;
	name: string;
	entry: string;
	language: string;
	types_or: string[];
	require_serial: boolean;
	[key: string]: unknown;
}

const [hook] = parse(readFileSync(path.join(REPOSITORY_ROOT, ".pre-commit-hooks.yaml"), "utf8")) as HookDefinition[];

describe(".pre-commit-hooks.yaml", () => {
	it("defines the miglint hook: one serial run over CSV files, PowerShell scripts and JSON/YAML files", () => {
		expect(hook).toMatchObject({ id: "miglint", entry: "miglint", language: "node", types_or: ["csv", "powershell", "json", "yaml"], require_serial: true });
	});
});

describe("the workspace packages, as npm installs them for the hook", () => {
	const manifests = [
		"package.json",
		...readdirSync(path.join(REPOSITORY_ROOT, "packages")).map((name) => `packages/${name}/package.json`),
		...readdirSync(path.join(REPOSITORY_ROOT, "rules")).map((name) => `rules/${name}/package.json`),
	].map((file) => ({ file, manifest: JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, file), "utf8")) as Record<string, Record<string, string> | string> }));
	const workspaceVersions = new Map(manifests.slice(1).map(({ manifest }) => [manifest.name as string, manifest.version as string]));

	it("depend on each other by the exact workspace version, which npm and pnpm link instead of downloading", () => {
		const internal = manifests.flatMap(({ file, manifest }) =>
			(["dependencies", "devDependencies"] as const).flatMap((field) =>
				Object.entries((manifest[field] ?? {}) as Record<string, string>)
					.filter(([name]) => workspaceVersions.has(name))
					.map(([name, specifier]) => ({ file, name, specifier })),
			),
		);
		expect(internal.length).toBeGreaterThan(20);
		expect(internal.filter(({ name, specifier }) => specifier !== workspaceVersions.get(name))).toEqual([]);
	});
});

/** The remote hook configurations the README and docs/ci.md show, as written. */
const DOCUMENTED_CONFIGS = ["README.md", "docs/ci.md"].flatMap((file) =>
	codeBlocks(readFileSync(path.join(REPOSITORY_ROOT, file), "utf8")).filter(
		({ language, text }) => language === "yaml" && text.includes(`repo: ${PUBLIC_REPOSITORY}\n`),
	),
);
type HookConfig = { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };

describe("the pre-commit configurations of the README and docs/ci.md", () => {
	it("use this repository at the release tag", () => {
		expect(DOCUMENTED_CONFIGS.length).toBeGreaterThanOrEqual(3);
		for (const { text } of DOCUMENTED_CONFIGS) {
			expect((parse(text) as HookConfig).repos.map(({ repo, rev }) => ({ repo, rev }))).toEqual([{ repo: PUBLIC_REPOSITORY, rev: TAG }]);
		}
	});
});

/**
 * What pre-commit's `language: node` does with a hook repository (pre-commit
 * 3 and 4, store.py and languages/node.py): it fetches the documented `repo`
 * at the documented `rev` with git (`git fetch origin <rev> --depth=1`), runs
 * `npm install` in its root, `npm pack` there (reading the tarball's name from
 * stdout), `npm install -g` of that tarball, then it deletes the repository's
 * node_modules and runs the hook's `entry`. Run with git and npm alone, so
 * machines without pre-commit (CI) check it too; the repository is the
 * stand-in of helpers/release-stand-in.ts, tagged. npm's download cache stays
 * the machine's: the whole workspace's tools from an empty cache take minutes
 * (the README's figure is measured that way, not here).
 */
describe.skipIf(WITHOUT_GIT)(`the hook repository installed the way pre-commit's \`language: node\` installs it${WITHOUT_GIT}`, () => {
	let home: string;
	let copy: string;
	let env: NodeJS.ProcessEnv;
	let packOutput: string;
	let miglintCommand: string;

	beforeAll(() => {
		home = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-hook-home-")));
		env = cleanEnvironment(home);
		copy = standInRepository(home, env);
		const { repo, rev } = (parse(DOCUMENTED_CONFIGS[0]!.text) as HookConfig).repos[0]!;
		const directory = path.join(home, "repo");
		mkdirSync(directory);
		for (const args of [
			["init", "-q"],
			["remote", "add", "origin", repo],
			["fetch", "-q", "origin", rev, "--depth=1"],
			["checkout", "-q", "FETCH_HEAD"],
		]) {
			mustRun("git", args, { cwd: directory, env });
		}
		mustRun("npm", ["install", "--include=dev", "--include=prod", "--no-progress", "--no-save", "--no-audit", "--no-fund"], { cwd: directory, env });
		packOutput = mustRun("npm", ["pack"], { cwd: directory, env });
		const prefix = path.join(home, "hook-environment");
		mustRun("npm", ["install", "-g", "--prefix", prefix, "--no-audit", "--no-fund", path.join(directory, packOutput.trim())], { cwd: directory, env });
		rmSync(path.join(directory, "node_modules"), { recursive: true, force: true });
		miglintCommand = path.join(prefix, "bin", "miglint");
	}, INSTALL_TIMEOUT);
	afterAll(() => {
		rmSync(home, { recursive: true, force: true });
		rmSync(copy, { recursive: true, force: true });
	});

	it("prints nothing but the tarball's name from npm pack", () => {
		expect(packOutput).toMatch(/^[\w.-]+\.tgz\n$/u);
	});

	it("installs a miglint command of the release's version that needs nothing from the repository: a bad batch fails, a good one passes", () => {
		expect(spawnSync(miglintCommand, ["--version"], { env, encoding: "utf8" }).stdout).toBe(`${TAG}\n`);
		const project = path.join(home, "project");
		mkdirSync(project);
		writeFileSync(path.join(project, "wave1.csv"), GOOD_BATCH);
		writeFileSync(path.join(project, "wave2.csv"), BAD_BATCH);
		const good = spawnSync(miglintCommand, ["wave1.csv"], { cwd: project, env, encoding: "utf8" });
		expect(good.stdout + good.stderr).toBe("");
		expect(good.status).toBe(0);
		const bad = spawnSync(miglintCommand, ["wave2.csv"], { cwd: project, env, encoding: "utf8" });
		expect(bad.stdout).toContain("miglint/csv-force-change-password");
		expect(bad.status).toBe(1);
	});
});

const SKIPPED = HAS_PRE_COMMIT ? "" : " (skipped: the pre-commit command is not on PATH; apt-get install pre-commit, or pip install pre-commit)";

describe.skipIf(!HAS_PRE_COMMIT)(`the miglint hook run by pre-commit in a git repository${SKIPPED}`, () => {
	let home: string;
	let copy: string;
	let repository: string;
	let env: NodeJS.ProcessEnv;
	const run = (command: string, ...args: string[]) => spawnSync(command, args, { cwd: repository, env, encoding: "utf8" });
	const write = (file: string, text: string) => {
		mkdirSync(path.dirname(path.join(repository, file)), { recursive: true });
		writeFileSync(path.join(repository, file), text);
	};
	const commit = (...files: string[]) => {
		expect(run("git", "add", ...files).status).toBe(0);
		const result = run("git", "commit", "-q", "-m", `add ${files.join(", ")}`);
		return { status: result.status, output: result.stdout + result.stderr };
	};

	beforeAll(() => {
		// pre-commit's cache and git's user configuration stay out of the real home directory.
		home = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-pre-commit-home-")));
		env = cleanEnvironment(home);
		copy = standInRepository(home, env);
		repository = path.join(home, "contoso-migration");
		mkdirSync(repository);
		mustRun("git", ["init", "-q"], { cwd: repository, env });
		// The README's configuration, as a user copies it.
		write(".pre-commit-config.yaml", DOCUMENTED_CONFIGS[0]!.text);
		mustRun("pre-commit", ["install"], { cwd: repository, env });
		// Installs the hook's environment now rather than in the first commit (npm install, pack, install -g).
		mustRun("pre-commit", ["install-hooks"], { cwd: repository, env });
	}, INSTALL_TIMEOUT);
	afterAll(() => {
		rmSync(home, { recursive: true, force: true });
		rmSync(copy, { recursive: true, force: true });
	});

	it("lets a clean batch, script and settings file through, and tool files", () => {
		write("batches/wave1.csv", GOOD_BATCH);
		write("scripts/start-wave1.ps1", "$credential = Get-Credential\n");
		write("settings/domains.json", '[{ "Id": "contoso.com", "AuthenticationType": "Managed" }]\n');
		// A tool's JSON file has the json tag too: miglint leaves it alone.
		write("package.json", '{ "name": "contoso-migration", "name": "again" }\n');
		const result = commit(".pre-commit-config.yaml", "batches/wave1.csv", "scripts/start-wave1.ps1", "settings/domains.json", "package.json");
		expect(result.output).toMatch(/miglint\.+Passed/u);
		expect(result.status).toBe(0);
	});

	it("passes files of other types over", () => {
		write("notes.txt", "EmailAddress;Password\n");
		expect(commit("notes.txt").output).toMatch(/miglint\.+\(no files to check\)Skipped/u);
	});

	it("blocks a commit with a bad batch, showing where and why", () => {
		write("batches/wave2.csv", BAD_BATCH);
		const result = commit("batches/wave2.csv");
		expect(result.output).toMatch(/miglint\.+Failed/u);
		expect(result.output).toContain("batches/wave2.csv");
		expect(result.output).toContain("miglint/csv-force-change-password");
		expect(result.status).toBe(1);
		expect(run("git", "log", "--format=%s").stdout).not.toContain("wave2");
	});
});
