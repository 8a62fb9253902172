import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript build tool without type declarations
import { generatedFiles, ROOT } from "../tools/generated-files.mjs";

describe("generated files are up to date (run `pnpm generate` if not)", () => {
	for (const { file, content } of generatedFiles() as { file: string; content: string }[]) {
		it(path.relative(ROOT as string, file), () => {
			expect(readFileSync(file, "utf8")).toBe(content);
		});
	}
});
