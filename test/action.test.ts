import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { codeBlocks } from "./helpers/markdown.js";
import { type Release, standInRelease, TAG, WITHOUT_STAND_IN } from "./helpers/release-stand-in.js";
import { INSTALL_TIMEOUT } from "./helpers/repository-copy.js";
import { FIXTURES, REPOSITORY_ROOT } from "./helpers/run-miglint.js";

interface Step {
	name: string;
	id?: string;
	shell?: string;
	run?: string;
	uses?: string;
	if?: string;
	env?: Record<string, string>;
	with?: Record<string, string>;
}

const ACTION = parse(readFileSync(path.join(REPOSITORY_ROOT, "action.yml"), "utf8")) as {
	inputs: Record<string, { default: string }>;
	runs: { using: string; steps: Step[] };
};

/** The step of docs/ci.md's GitHub Actions workflow that uses this repository's action, with the inputs it gives. */
const documentedStep = codeBlocks(readFileSync(path.join(REPOSITORY_ROOT, "docs/ci.md"), "utf8"))
	.filter(({ language }) => language === "yaml")
	.flatMap(({ text }) => Object.values((parse(text) as { jobs?: Record<string, { steps: Step[] }> }).jobs ?? {}))
	.flatMap((job) => job.steps)
	.find((step) => step.uses?.startsWith("miglint/miglint@"));

describe("action.yml", () => {
	it("is a composite action whose shell steps get their inputs only from env", () => {
		expect(ACTION.runs.using).toBe("composite");
		for (const step of ACTION.runs.steps.filter((entry) => entry.run)) {
			expect(step.shell, step.name).toBe("bash");
			expect(step.run, step.name).not.toContain("${{");
		}
	});

	it("is what docs/ci.md's workflow uses, at the release tag, with inputs it has", () => {
		expect(documentedStep?.uses).toBe(`miglint/miglint@${TAG}`);
		expect(Object.keys(ACTION.inputs)).toEqual(expect.arrayContaining(Object.keys(documentedStep!.with ?? {})));
	});
});

/**
 * The action's steps run as GitHub runs a composite action: each `run` with
 * `bash --noprofile --norc -eo pipefail`, its `env` evaluated from the inputs
 * docs/ci.md gives, `GITHUB_OUTPUT` and `GITHUB_PATH` files read after the step.
 * The `uses` steps (actions/cache, the SARIF upload) are GitHub's own: the test
 * checks what they are given instead. The release download and the npm registry
 * are reached as in docs-ci.test.ts (helpers/release-stand-in.ts).
 */
describe.skipIf(WITHOUT_STAND_IN)(`the action's steps, run on the Contoso repository${WITHOUT_STAND_IN}`, () => {
	let release: Release;
	const outputs = new Map<string, Record<string, string>>();
	const stdout = new Map<string, string>();
	const stderr = new Map<string, string>();
	const statuses = new Map<string, number | null>();
	const given = new Map<string, Record<string, string>>();
	let workspace: string;

	beforeAll(async () => {
		release = await standInRelease();
		workspace = path.join(release.home, "workspace");
		cpSync(path.join(FIXTURES, "contoso"), workspace, { recursive: true });
		const temp = path.join(release.home, "runner-temp");
		const inputs = Object.fromEntries(Object.entries(ACTION.inputs).map(([name, input]) => [name, documentedStep!.with?.[name] ?? input.default]));
		const contexts: Record<string, (name: string) => string | undefined> = {
			inputs: (name) => inputs[name],
			github: (name) => ({ action_path: REPOSITORY_ROOT, action_repository: documentedStep!.uses!.replace(/@.*/u, ""), action_ref: TAG, workspace })[name],
			runner: (name) => ({ os: "Linux", temp })[name],
			steps: (name) => {
				const [id, kind, output] = name.split(".");
				return kind === "outputs" ? outputs.get(id!)?.[output!] : undefined;
			},
		};
		const evaluate = (value: string) =>
			value.replace(/\$\{\{\s*(\w+)\.([\w.-]+)\s*\}\}/gu, (expression, context: string, name: string) => {
				const result = contexts[context]?.(name);
				if (result === undefined) {
					throw new Error(`the test cannot evaluate ${expression}`);
				}
				return result;
			});
		let searchPath = release.env.PATH!;
		for (const [index, step] of ACTION.runs.steps.entries()) {
			const key = step.id ?? step.name;
			if (!step.run) {
				given.set(key, Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, evaluate(value)])));
				continue;
			}
			const files = { GITHUB_OUTPUT: path.join(release.home, `output-${index}`), GITHUB_PATH: path.join(release.home, `path-${index}`) };
			writeFileSync(files.GITHUB_OUTPUT, "");
			writeFileSync(files.GITHUB_PATH, "");
			const env = {
				...release.env,
				...Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(value)])),
				...files,
				PATH: searchPath,
				GITHUB_ACTIONS: "true",
				CI: "true",
				GITHUB_WORKSPACE: workspace,
				RUNNER_OS: "Linux",
				RUNNER_TEMP: temp,
			};
			const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run], { cwd: workspace, env, encoding: "utf8" });
			statuses.set(key, result.status);
			stdout.set(key, result.stdout);
			stderr.set(key, result.stderr);
			outputs.set(
				key,
				Object.fromEntries(
					readFileSync(files.GITHUB_OUTPUT, "utf8")
						.split("\n")
						.filter(Boolean)
						.map((line) => line.split(/=(.*)/su).slice(0, 2) as [string, string]),
				),
			);
			const added = readFileSync(files.GITHUB_PATH, "utf8").split("\n").filter(Boolean);
			searchPath = [...added.reverse(), searchPath].join(path.delimiter);
		}
	}, INSTALL_TIMEOUT);
	afterAll(() => {
		release.stop();
	});

	it("installs miglint from the release of the tag, keeping npm's cache with actions/cache", () => {
		const { url, "npm-cache": npmCache, version } = outputs.get("release")!;
		expect(url).toBe(`https://github.com/miglint/miglint/releases/download/${TAG}/miglint-${version}.tgz`);
		expect(statuses.get("Install miglint"), stderr.get("Install miglint")).toBe(0);
		const cache = ACTION.runs.steps.find((step) => step.uses?.startsWith("actions/cache@"))!;
		expect(given.get(cache.name)).toEqual({ path: npmCache, key: `miglint-npm-Linux-${version}` });
		expect(existsSync(npmCache!)).toBe(true);
	});

	it("writes GitHub annotations and the SARIF file, and hands the SARIF file to the upload", () => {
		expect(
			stdout
				.get("lint")!
				.trim()
				.split("\n")
				.every((line) => /^::(error|warning) file=[^,]+,line=\d+/u.test(line)),
		).toBe(true);
		const sarif = JSON.parse(readFileSync(path.join(workspace, "miglint.sarif"), "utf8")) as { runs: { results: unknown[] }[] };
		expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
		const upload = ACTION.runs.steps.find((step) => step.uses?.startsWith("github/codeql-action/upload-sarif@"))!;
		expect(given.get(upload.name)).toEqual({ sarif_file: "miglint.sarif", category: "miglint" });
	});

	it("fails the job with miglint's exit code, after the upload", () => {
		expect(outputs.get("lint"), stderr.get("lint")).toEqual({ "exit-code": "1" });
		const steps = ACTION.runs.steps.map((step) => step.name);
		expect(steps.indexOf("Fail on miglint's exit code")).toBeGreaterThan(steps.findIndex((name) => name.startsWith("Upload")));
		expect(statuses.get("Fail on miglint's exit code")).toBe(1);
	});
});
