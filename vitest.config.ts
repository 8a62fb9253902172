import { configDefaults, defineConfig } from "vitest/config";

/** Tests that install packages with npm: slow and registry-bound, so they are a project of their own (`vitest run --project install`). */
const INSTALL_TESTS = ["test/pre-commit.test.ts", "test/docs-ci.test.ts"];

export default defineConfig({
	test: {
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// `pnpm test` (and so CI) runs both projects.
		projects: [
			{
				extends: true,
				test: {
					name: "unit",
					include: ["packages/*/tests/**/*.test.ts", "rules/*/tests/**/*.test.ts", "test/**/*.test.ts"],
					exclude: [...configDefaults.exclude, ...INSTALL_TESTS],
				},
			},
			{ extends: true, test: { name: "install", include: INSTALL_TESTS } },
		],
	},
});
