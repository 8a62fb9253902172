// The first install of the remote pre-commit hook, as a user gets it: a tiny git repository whose
// .pre-commit-config.yaml names https://github.com/miglint/miglint at the release tag, an empty npm cache
// and an empty PRE_COMMIT_HOME, then `pre-commit run --all-files` (pre-commit clones the hook repository,
// npm installs it, the hook runs once). github.com is a bare copy of this repository with the tag on the
// revision measured, and the release's download URL serves the package tools/pack-release.mjs makes of
// this working tree (tools/github-stand-in.mjs); the npm registry is the real one. Prints, for each run
// and as medians: the wall time, the package tarballs npm downloaded (count and MB) and the size of
// pre-commit's environment. The runs' folders are removed at the end.
//
//   node tools/measure-hook-install.mjs [--revision HEAD] [--runs 3]
//
// Run `pnpm build` first when the revision installs the release package. --revision main measures the
// hook of main's commit (the "before" of a change to the hook); on a shared machine, whose load changes
// over minutes, alternate `--runs 1` of the two revisions and compare the medians.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startGithubStandIn } from "./github-stand-in.mjs";
import { cleanEnvironment, mustRun } from "./processes.mjs";
import { packRelease } from "./pack-release.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PUBLIC_REPOSITORY = "https://github.com/miglint/miglint";
const { values } = parseArgs({ options: { revision: { type: "string", default: "HEAD" }, runs: { type: "string", default: "3" } } });

const revision = mustRun("git", ["rev-parse", values.revision], { cwd: ROOT }).trim();
const manifest = JSON.parse(mustRun("git", ["show", `${revision}:package.json`], { cwd: ROOT }));
const tag = `v${JSON.parse(mustRun("git", ["show", `${revision}:packages/cli/package.json`], { cwd: ROOT })).version}`;
/** The release packages the revision's hook installs from github.com, which the stand-in serves. */
const releaseUrls = Object.values(manifest.dependencies ?? {}).filter((specifier) => specifier.startsWith(`${PUBLIC_REPOSITORY}/releases/download/`));

/** Every file under a directory, with its size. */
function files(directory) {
	return readdirSync(directory, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => statSync(path.join(entry.parentPath, entry.name)).size);
}

/** The package tarballs in an npm cache: npm's index records each download's URL and size. */
function downloadedTarballs(cache) {
	const tarballs = new Map();
	const index = path.join(cache, "_cacache", "index-v5");
	for (const entry of readdirSync(index, { recursive: true, withFileTypes: true }).filter((candidate) => candidate.isFile())) {
		for (const line of readFileSync(path.join(entry.parentPath, entry.name), "utf8").split("\n").filter(Boolean)) {
			const { key, size } = JSON.parse(line.slice(line.indexOf("\t") + 1));
			if (key.endsWith(".tgz")) {
				tarballs.set(key, size);
			}
		}
	}
	return { count: tarballs.size, megabytes: [...tarballs.values()].reduce((sum, size) => sum + size, 0) / 1e6 };
}

const work = mkdtempSync(path.join(tmpdir(), "miglint-measure-hook-"));
let standIn;
try {
	const bare = path.join(work, "github", "miglint.git");
	mustRun("git", ["clone", "-q", "--bare", "--no-local", ROOT, bare], { cwd: work });
	mustRun("git", ["tag", "-f", tag, revision], { cwd: bare });
	const github = { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: `url.file://${bare.replace(/\.git$/u, "")}.insteadOf`, GIT_CONFIG_VALUE_0: PUBLIC_REPOSITORY };
	if (releaseUrls.length > 0) {
		const tarball = packRelease(path.join(work, "release"));
		standIn = await startGithubStandIn(work, Object.fromEntries(releaseUrls.map((url) => [url, tarball])));
		Object.assign(github, standIn.env);
	}
	const runs = [];
	for (let run = 1; run <= Number(values.runs); run++) {
		const home = path.join(work, `run-${run}`);
		const repository = path.join(home, "contoso-migration");
		mkdirSync(repository, { recursive: true });
		// A user who never ran npm or pre-commit: an empty npm cache too.
		const env = { ...cleanEnvironment(home), npm_config_cache: path.join(home, "npm-cache"), ...github };
		mustRun("git", ["init", "-q"], { cwd: repository, env });
		writeFileSync(
			path.join(repository, ".pre-commit-config.yaml"),
			`repos:\n  - repo: ${PUBLIC_REPOSITORY}\n    rev: ${tag}\n    hooks:\n      - id: miglint\n`,
		);
		writeFileSync(path.join(repository, "wave1.csv"), "EmailAddress,Password,ForceChangePassword\njose.garcia@contoso.com,Gr8-Harbour-Lamp,False\n");
		mustRun("git", ["add", "-A"], { cwd: repository, env });
		const start = performance.now();
		const output = mustRun("pre-commit", ["run", "--all-files"], { cwd: repository, env });
		const seconds = (performance.now() - start) / 1000;
		if (!/miglint\.+Passed/u.test(output)) {
			throw new Error(`the hook did not pass:\n${output}`);
		}
		const environment = files(env.PRE_COMMIT_HOME);
		const result = {
			seconds,
			...downloadedTarballs(env.npm_config_cache),
			environmentMegabytes: environment.reduce((sum, size) => sum + size, 0) / 1e6,
			environmentFiles: environment.length,
		};
		runs.push(result);
		console.log(
			`run ${run}: ${seconds.toFixed(1)} s, ${result.count} tarballs (${result.megabytes.toFixed(1)} MB) downloaded, environment ${result.environmentMegabytes.toFixed(1)} MB in ${result.environmentFiles} files`,
		);
		rmSync(home, { recursive: true, force: true });
	}
	const median = (key) => runs.map((run) => run[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
	console.log(
		`median of ${runs.length} (${values.revision} = ${revision.slice(0, 10)}): ${median("seconds").toFixed(1)} s, ${median("count")} tarballs (${median("megabytes").toFixed(1)} MB), environment ${median("environmentMegabytes").toFixed(1)} MB`,
	);
} finally {
	standIn?.stop();
	rmSync(work, { recursive: true, force: true });
}
