// Rewrites the files generated from rule meta (see generated-files.mjs).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generatedFiles, ROOT } from "./generated-files.mjs";

for (const { file, content } of generatedFiles()) {
	let current = null;
	try {
		current = readFileSync(file, "utf8");
	} catch {
		// written below
	}
	if (current !== content) {
		writeFileSync(file, content);
		console.log(`updated ${path.relative(ROOT, file)}`);
	}
}
