import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startGithubStandIn } from "../../tools/github-stand-in.mjs";
import { cleanEnvironment, mustRun, repositoryCopy } from "./repository-copy.js";
import { REPOSITORY_ROOT } from "./run-miglint.js";

/** The public repository the documents name. */
export const PUBLIC_REPOSITORY = "https://github.com/miglint/miglint";

export const VERSION = (JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, "packages/cli/package.json"), "utf8")) as { version: string }).version;
export const TAG = `v${VERSION}`;

/** Where the release workflow attaches the release package of this version (the name tools/pack-release.mjs gives it). */
export const RELEASE_URL = `${PUBLIC_REPOSITORY}/releases/download/${TAG}/miglint-${VERSION}.tgz`;

/** A stand-in for github.com needs openssl (its certificate) besides git; a machine without them skips those tests, saying why. */
export const WITHOUT_STAND_IN = ["git", "openssl"]
	.filter((command) => spawnSync(command, ["version"]).error !== undefined)
	.map((command) => ` (skipped: ${command} is not on PATH)`)
	.join("");

export interface Release {
	/** A clean environment: an empty npm cache and global prefix (whose bin directory is first on PATH), git and npm reaching the stand-ins. */
	env: NodeJS.ProcessEnv;
	home: string;
	/** The release package, as tools/pack-release.mjs makes it of this working tree. */
	tarball: string;
	stop(): void;
}

/**
 * `https://github.com/miglint/miglint` for git in `env` (git's `insteadOf`, which pre-commit passes on too):
 * a bare copy of the working tree in `home`, tagged with the release tag. Returns the working copy it was
 * made from, for the caller to remove.
 */
export function standInRepository(home: string, env: NodeJS.ProcessEnv): string {
	const { directory } = repositoryCopy(env);
	mustRun("git", ["tag", TAG], { cwd: directory, env });
	const bare = path.join(home, "github", "miglint.git");
	mustRun("git", ["clone", "-q", "--bare", directory, bare], { cwd: home, env });
	Object.assign(env, { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: `url.file://${bare.replace(/\.git$/u, "")}.insteadOf`, GIT_CONFIG_VALUE_0: PUBLIC_REPOSITORY });
	return directory;
}

/**
 * This repository as a new user reaches it, without the network: `https://github.com/miglint/miglint`
 * is a bare copy of the working tree tagged with the release tag (git's `insteadOf`), and the
 * release's download URL serves the package tools/pack-release.mjs makes, through an HTTPS proxy
 * (tools/github-stand-in.mjs) that passes every other host through, the npm registry included.
 */
export async function standInRelease(): Promise<Release> {
	const home = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-release-home-")));
	const prefix = path.join(home, "global");
	const base = cleanEnvironment(home);
	const env: NodeJS.ProcessEnv = {
		...base,
		npm_config_cache: path.join(home, "npm-cache"),
		npm_config_prefix: prefix,
		npm_config_update_notifier: "false",
		PATH: `${path.join(prefix, "bin")}${path.delimiter}${base.PATH}`,
	};
	let stopStandIn: (() => void) | undefined;
	let copy: string | undefined;
	const stop = () => {
		stopStandIn?.();
		rmSync(home, { recursive: true, force: true });
		if (copy) {
			rmSync(copy, { recursive: true, force: true });
		}
	};
	try {
		copy = standInRepository(home, env);

		const tarball = mustRun("node", [path.join(REPOSITORY_ROOT, "tools/pack-release.mjs"), path.join(home, "release")], { cwd: home, env }).trim();
		if (!RELEASE_URL.endsWith(`/${path.basename(tarball)}`)) {
			throw new Error(`tools/pack-release.mjs made ${path.basename(tarball)}, not the package ${RELEASE_URL} names`);
		}
		const standIn = await startGithubStandIn(home, { [RELEASE_URL]: tarball });
		stopStandIn = standIn.stop;
		mkdirSync(prefix, { recursive: true });
		Object.assign(env, standIn.env);
		return { env, home, tarball, stop };
	} catch (error) {
		stop();
		throw error;
	}
}
