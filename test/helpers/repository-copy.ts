import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { mustRun } from "../../tools/processes.mjs";
import { REPOSITORY_ROOT } from "./run-miglint.js";

export { cleanEnvironment, mustRun } from "../../tools/processes.mjs";

/** Copying the repository, pre-commit and npm's git installs need git; a machine without it skips those tests, saying why. */
export const WITHOUT_GIT = spawnSync("git", ["--version"]).status === 0 ? "" : " (skipped: git is not on PATH)";

/** How long installing miglint with npm may take: npm installs the workspace and TypeScript builds it. */
export const INSTALL_TIMEOUT = 300_000;

/** A staged batch a hook must block (ForceChangePassword is neither True nor False), and one it must let through. */
export const BAD_BATCH = "EmailAddress,Password,ForceChangePassword\nzoe.muller@contoso.com,Blue#Meadow19,Maybe\n";
export const GOOD_BATCH = "EmailAddress,Password,ForceChangePassword\njose.garcia@contoso.com,Gr8-Harbour-Lamp,False\n";

/**
 * This repository as pre-commit or npm fetch it from git: its tracked files as
 * they are in the working tree, committed in a temporary git repository that
 * can be cloned at a revision.
 */
export function repositoryCopy(env: NodeJS.ProcessEnv): { directory: string; revision: string } {
	const directory = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-hook-repository-")));
	const tracked = mustRun("git", ["ls-files", "-z"], { cwd: REPOSITORY_ROOT, env }).split("\0").filter(Boolean);
	for (const file of tracked) {
		const source = path.join(REPOSITORY_ROOT, file);
		if (existsSync(source)) {
			mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
			cpSync(source, path.join(directory, file), { verbatimSymlinks: true });
		}
	}
	mustRun("git", ["init", "-q"], { cwd: directory, env });
	mustRun("git", ["add", "-A"], { cwd: directory, env });
	mustRun("git", ["commit", "-q", "-m", "miglint repository"], { cwd: directory, env });
	return { directory, revision: mustRun("git", ["rev-parse", "HEAD"], { cwd: directory, env }).trim() };
}
