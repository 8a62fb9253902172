import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
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

/**
 * The hook as a repository using it gets it, except its language: `language:
 * node` would npm-install miglint from the network, so the test runs the built
 * binary with `language: system`. Every other field comes from the manifest.
 */
function localHookConfig(): string {
	const { language: _language, entry: _entry, ...fields } = hook!;
	const local = { ...fields, language: "system", entry: `${process.execPath} ${path.join(REPOSITORY_ROOT, "packages/cli/bin/miglint.js")}` };
	return stringify({ repos: [{ repo: "local", hooks: [local] }] });
}

const SKIPPED = HAS_PRE_COMMIT ? "" : " (skipped: the pre-commit command is not on PATH; apt-get install pre-commit, or pip install pre-commit)";

describe.skipIf(!HAS_PRE_COMMIT)(`the miglint hook run by pre-commit in a git repository${SKIPPED}`, () => {
	let repository: string;
	const env = {
		...process.env,
		GIT_AUTHOR_NAME: "Migration Admin",
		GIT_AUTHOR_EMAIL: "admin@contoso.com",
		GIT_COMMITTER_NAME: "Migration Admin",
		GIT_COMMITTER_EMAIL: "admin@contoso.com",
		GIT_CONFIG_NOSYSTEM: "1",
		NO_COLOR: "1",
	};
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
		repository = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-pre-commit-")));
		// pre-commit's cache and git's user configuration stay out of the real home directory.
		const home = mkdtempSync(path.join(tmpdir(), "miglint-pre-commit-home-"));
		Object.assign(env, { PRE_COMMIT_HOME: home, HOME: home, GIT_CONFIG_GLOBAL: path.join(home, "gitconfig") });
		expect(run("git", "init", "-q").status).toBe(0);
		write(".pre-commit-config.yaml", localHookConfig());
		const install = run("pre-commit", "install");
		expect(install.stderr).toBe("");
		expect(install.status).toBe(0);
	});

	it("lets a clean batch, script and settings file through, and tool files", () => {
		write("batches/wave1.csv", "EmailAddress,Password,ForceChangePassword\njose.garcia@contoso.com,Gr8-Harbour-Lamp,False\n");
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
		write("batches/wave2.csv", "EmailAddress,Password,ForceChangePassword\nzoe.muller@contoso.com,Blue#Meadow19,Maybe\n");
		const result = commit("batches/wave2.csv");
		expect(result.output).toMatch(/miglint\.+Failed/u);
		expect(result.output).toContain("batches/wave2.csv");
		expect(result.output).toContain("miglint/csv-force-change-password");
		expect(result.status).toBe(1);
		expect(run("git", "log", "--format=%s").stdout).not.toContain("wave2");
	});
});
