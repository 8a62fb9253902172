import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatedFiles, ROOT } from "../tools/generated-files.mjs";

describe("generated files are up to date (run `pnpm generate` if not)", () => {
	for (const { file, content } of generatedFiles()) {
		it(path.relative(ROOT, file), () => {
			expect(readFileSync(file, "utf8")).toBe(content);
		});
	}
});
