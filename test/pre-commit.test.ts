import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { codeBlocks } from "./helpers/markdown.js";
import { PUBLIC_REPOSITORY, type Release, RELEASE_URL, standInRelease, TAG, WITHOUT_STAND_IN } from "./helpers/release-stand-in.js";
import { BAD_BATCH, GOOD_BATCH, INSTALL_TIMEOUT, mustRun } from "./helpers/repository-copy.js";
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

const readManifest = (file: string) => JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, file), "utf8")) as Record<string, Record<string, string> | string>;

describe("the workspace packages", () => {
	const manifests = [
		"dev/package.json",
		...readdirSync(path.join(REPOSITORY_ROOT, "packages")).map((name) => `packages/${name}/package.json`),
		...readdirSync(path.join(REPOSITORY_ROOT, "rules")).map((name) => `rules/${name}/package.json`),
	].map((file) => ({ file, manifest: readManifest(file) }));
	const workspaceVersions = new Map(manifests.map(({ manifest }) => [manifest.name as string, manifest.version as string]));

	it("depend on each other by the exact workspace version, which pnpm links instead of downloading and publishes as it is", () => {
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

/**
 * pre-commit runs npm in the root of this repository: the root package.json is
 * the hook's package, and holds nothing npm would have to download or build
 * besides the release package. The workspace (pnpm-workspace.yaml) links that
 * dependency to packages/cli and takes its development tools from dev/package.json.
 */
describe("the root package.json, the package pre-commit installs", () => {
	const root = readManifest("package.json");

	it("depends on the release package of this version alone: no workspaces, no development tools, nothing to build", () => {
		expect(root.dependencies).toEqual({ miglint: RELEASE_URL });
		expect(root.bin).toEqual({ miglint: "node_modules/miglint/bin/miglint.js" });
		expect(Object.keys(root)).not.toContain("workspaces");
		expect(Object.keys(root)).not.toContain("devDependencies");
		expect(Object.keys(root.scripts as Record<string, string>).filter((script) => /^(pre|post)?(install|prepare|pack)$/u.test(script))).toEqual([]);
	});

	it("is the workspace's package, whose miglint is packages/cli and whose scripts find the development tools of dev/package.json", () => {
		expect(realpathSync(path.join(REPOSITORY_ROOT, "node_modules/miglint"))).toBe(path.join(REPOSITORY_ROOT, "packages/cli"));
		for (const tool of Object.keys(readManifest("dev/package.json").devDependencies as Record<string, string>)) {
			expect(existsSync(path.join(REPOSITORY_ROOT, "node_modules", tool)), tool).toBe(true);
		}
		for (const command of ["tsc", "eslint", "prettier", "vitest"]) {
			expect(existsSync(path.join(REPOSITORY_ROOT, "node_modules/.bin", command)), command).toBe(true);
		}
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

/** The development tools of dev/package.json that would make the hook's install heavy, were npm to see them. */
const DEVELOPMENT_TOOLS = ["typescript", "vitest", "typescript-eslint", "prettier", "fast-check"];

/**
 * What pre-commit's `language: node` does with a hook repository (pre-commit
 * 3 and 4, store.py and languages/node.py): it fetches the documented `repo`
 * at the documented `rev` with git (`git fetch origin <rev> --depth=1`), runs
 * `npm install` in its root, `npm pack` there (reading the tarball's name from
 * stdout), `npm install -g` of that tarball, then it deletes the repository's
 * node_modules and runs the hook's `entry`. Run with git and npm alone, so
 * machines without pre-commit (CI) check it too, from an empty npm cache;
 * the repository and the release's download URL are the stand-ins of
 * helpers/release-stand-in.ts.
 */
describe.skipIf(WITHOUT_STAND_IN)(`the hook repository installed the way pre-commit's \`language: node\` installs it${WITHOUT_STAND_IN}`, () => {
	let release: Release;
	let packOutput: string;
	let rootModules: string[];
	let miglintCommand: string;

	beforeAll(async () => {
		release = await standInRelease();
		const { env, home } = release;
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
		rootModules = readdirSync(path.join(directory, "node_modules"));
		packOutput = mustRun("npm", ["pack"], { cwd: directory, env });
		const prefix = path.join(home, "hook-environment");
		mustRun("npm", ["install", "-g", "--prefix", prefix, "--no-audit", "--no-fund", path.join(directory, packOutput.trim())], { cwd: directory, env });
		rmSync(path.join(directory, "node_modules"), { recursive: true, force: true });
		miglintCommand = path.join(prefix, "bin", "miglint");
	}, INSTALL_TIMEOUT);
	afterAll(() => {
		release.stop();
	});

	it("installs the release package and its dependencies, and none of the workspace's development tools", () => {
		expect(rootModules).toContain("miglint");
		expect(rootModules).toContain("eslint");
		expect(rootModules.filter((name) => DEVELOPMENT_TOOLS.includes(name))).toEqual([]);
	});

	it("prints nothing but the tarball's name from npm pack", () => {
		expect(packOutput).toMatch(/^[\w.-]+\.tgz\n$/u);
	});

	it("installs a miglint command of the release's version that needs nothing from the repository: a bad batch fails, a good one passes", () => {
		const { env, home } = release;
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

describe.skipIf(!HAS_PRE_COMMIT || WITHOUT_STAND_IN)(`the miglint hook run by pre-commit in a git repository${SKIPPED}${WITHOUT_STAND_IN}`, () => {
	let release: Release;
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

	beforeAll(async () => {
		// pre-commit's cache (PRE_COMMIT_HOME), npm's and git's user configuration stay in the stand-in's home directory.
		release = await standInRelease();
		env = release.env;
		repository = path.join(release.home, "contoso-migration");
		mkdirSync(repository);
		mustRun("git", ["init", "-q"], { cwd: repository, env });
		// The README's configuration, as a user copies it.
		write(".pre-commit-config.yaml", DOCUMENTED_CONFIGS[0]!.text);
		mustRun("pre-commit", ["install"], { cwd: repository, env });
		// Installs the hook's environment now rather than in the first commit (npm install, pack, install -g).
		mustRun("pre-commit", ["install-hooks"], { cwd: repository, env });
	}, INSTALL_TIMEOUT);
	afterAll(() => {
		release.stop();
	});

	it("installs an environment that holds none of the workspace's development tools", () => {
		const installed = readdirSync(env.PRE_COMMIT_HOME!, { recursive: true, encoding: "utf8" })
			.map((entry) => entry.split(path.sep))
			.filter((parts) => parts.at(-2) === "node_modules")
			.map((parts) => parts.at(-1)!);
		expect(installed).toContain("eslint");
		expect(installed.filter((name) => DEVELOPMENT_TOOLS.includes(name))).toEqual([]);
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
