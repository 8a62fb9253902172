import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Tests that run npm install, npm pack or publish, or clone this repository: slow and registry-bound, so they are a project of their
 * own (`vitest run --project install`), which `pnpm test:ci` runs after the fast suite.
 */
const INSTALL_TESTS = ["test/pre-commit.test.ts", "test/docs-ci.test.ts", "test/action.test.ts", "test/release.test.ts", "test/install-from-clone.test.ts"];

/** What both projects share. The projects do not extend the root configuration: the global setup would run once per project. */
const SHARED = { testTimeout: 60_000, hookTimeout: 60_000 };

export default defineConfig({
	test: {
		// One temporary directory per run; the run fails when a test leaves a miglint-* folder in it.
		globalSetup: ["test/helpers/temporary-folders.ts"],
		// Every core: vitest's default leaves one free, which on a 2-core machine is one worker and doubles the run (157 s against 92 s).
		maxWorkers: availableParallelism(),
		projects: [
			{
				test: {
					...SHARED,
					name: "unit",
					// Worker threads start faster than the default child processes (132 s against 157 s with one worker); no unit test changes
					// the working directory, which a thread cannot. The install tests keep processes: they run npm and git with their own environments.
					pool: "threads",
					include: ["packages/*/tests/**/*.test.ts", "rules/*/tests/**/*.test.ts", "test/**/*.test.ts"],
					exclude: [...configDefaults.exclude, ...INSTALL_TESTS],
				},
			},
			{ test: { ...SHARED, name: "install", include: INSTALL_TESTS } },
		],
	},
});
