// The repository lints itself: typescript-eslint's type-checked strict rules over every TypeScript source and test.
// Formatting is Prettier's job (.prettierrc.json, `pnpm format:check`); no stylistic rule is turned on here.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
	{
		// Generated files are checked by their drift test (test/generated-files.test.ts), not by hand-written style rules.
		ignores: ["**/dist/**", "**/node_modules/**", "fixtures/**", "packages/core/src/csv-types/generated/**", "packages/core/src/configuration/generated/**"],
	},
	js.configs.recommended,
	...tseslint.configs.strictTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			// `noUncheckedIndexedAccess` types every indexed read as possibly undefined; `array[index]!` after a bounds check is how the code
			// says "checked" (several hundred places, most in the parser and the AST builders), so the assertion is allowed.
			"@typescript-eslint/no-non-null-assertion": "off",
			// Counts and offsets read naturally in messages ("row 3", "50000 rows"); other non-string types still need an explicit conversion.
			"@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
			// `_name` marks a parameter or destructured value that is deliberately unused (e.g. removing `fix` from a report descriptor).
			"@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
		},
	},
	{
		// Tests and vitest.config.ts belong to tsconfig.check.json; the project service only discovers files named tsconfig.json, and the root
		// tsconfig.json is the build's solution file, which cannot own them without `tsc -b` compiling the tests.
		files: ["packages/*/tests/**/*.ts", "rules/*/tests/**/*.ts", "test/**/*.ts", "vitest.config.ts"],
		languageOptions: {
			parserOptions: {
				projectService: false,
				project: "./tsconfig.check.json",
			},
		},
		rules: {
			// vitest types its asymmetric matchers (`expect.objectContaining`, `expect.stringMatching`, ...) as `any`, and tests put them
			// inside expected objects and arrays.
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-return": "off",
			// Tests pin what the libraries they call do today (fast-xml-parser's XMLValidator checks the XML reports); a deprecation there
			// is for whoever upgrades the library, not a defect of the product.
			"@typescript-eslint/no-deprecated": "off",
		},
	},
	{
		// Scripts run by Node (and the declarations of one of them) belong to no TypeScript project: type-aware rules cannot run on them.
		files: ["**/*.js", "**/*.mjs", "**/*.d.mts"],
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: {
			globals: { console: "readonly", process: "readonly", performance: "readonly", TextDecoder: "readonly", URL: "readonly", Buffer: "readonly" },
		},
	},
);
