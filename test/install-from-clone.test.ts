import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeBlocks } from "./helpers/markdown.js";
import { PUBLIC_REPOSITORY, standInRepository, TAG, VERSION } from "./helpers/release-stand-in.js";
import { cleanEnvironment, INSTALL_TIMEOUT, mustRun, WITHOUT_GIT } from "./helpers/repository-copy.js";
import { REPOSITORY_ROOT } from "./helpers/run-miglint.js";

const README = readFileSync(path.join(REPOSITORY_ROOT, "README.md"), "utf8");

/** The shell lines of the README's code block that holds a line, as a user copies them. */
function shellBlock(line: string): string[] {
	const block = codeBlocks(README).find(({ language, text }) => language === "sh" && text.split("\n").includes(line));
	if (!block) {
		throw new Error(`the README has no sh block with '${line}'`);
	}
	return block.text.trim().split("\n");
}

/**
 * The contributors' path of the README, run verbatim by a shell: clone (the
 * public repository is the stand-in of helpers/release-stand-in.ts), build,
 * pack and install, then the README's "Try it" in that clone. npm's cache and
 * global prefix start empty; pnpm's package store stays the machine's (it is
 * not npm's cache): the test is about the commands, not about downloading the
 * workspace's development tools again. `npx -y pnpm@10 test` (every test) is
 * the one documented command not run here: it is this suite. This is the
 * slowest install test (a whole workspace install and build), kept in a file
 * of its own.
 */
describe.skipIf(WITHOUT_GIT)(`building and installing miglint from a clone as the README says${WITHOUT_GIT}`, () => {
	let home: string;
	let copy: string;
	let env: NodeJS.ProcessEnv;
	const sh = (line: string, cwd: string) => spawnSync("sh", ["-c", line], { cwd, env, encoding: "utf8" });

	beforeAll(() => {
		home = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-clone-home-")));
		const prefix = path.join(home, "global");
		const base = cleanEnvironment(home);
		env = {
			...base,
			npm_config_cache: path.join(home, "npm-cache"),
			npm_config_prefix: prefix,
			npm_config_store_dir: mustRun("pnpm", ["store", "path"], { cwd: REPOSITORY_ROOT, env: process.env }).trim(),
			PATH: `${path.join(prefix, "bin")}${path.delimiter}${base.PATH}`,
		};
		copy = standInRepository(home, env);
	}, INSTALL_TIMEOUT);
	afterAll(() => {
		rmSync(home, { recursive: true, force: true });
		rmSync(copy, { recursive: true, force: true });
	});

	it(
		"clones, builds, packs and installs a miglint command of this version, and tries it in the clone",
		() => {
			const script = shellBlock(`npm install --global ./miglint-${VERSION}.tgz`);
			expect(script[0]).toBe(`git clone ${PUBLIC_REPOSITORY}.git`);
			const work = path.join(home, "work");
			mkdirSync(work);
			const built = sh(script.join("\n"), work);
			expect(built.status, built.stdout + built.stderr).toBe(0);
			const version = sh("miglint --version", home);
			expect(version.stdout).toBe(`${TAG}\n`);
			const [tryIt] = shellBlock("npx -y pnpm@10 install && npx -y pnpm@10 build && npx -y pnpm@10 miglint fixtures/contoso");
			const tried = sh(tryIt!, path.join(work, "miglint"));
			expect(tried.stdout).toContain("batches/broken");
			expect(tried.status).toBe(1);
		},
		3 * INSTALL_TIMEOUT,
	);
});
