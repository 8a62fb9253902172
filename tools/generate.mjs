// Rewrites the files generated from rule meta (see generated-files.mjs).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { compiledValidators, generatedFiles, ROOT } from "./generated-files.mjs";

/** Writes `content` to `file` unless it holds it already; whether it wrote. */
function update({ file, content }) {
	let current = null;
	try {
		current = readFileSync(file, "utf8");
	} catch {
		// written below
	}
	if (current === content) return false;
	writeFileSync(file, content);
	console.log(`updated ${path.relative(ROOT, file)}`);
	return true;
}

// A schema change makes the compiled validators stale, and the built miglint that writes the README's report
// would reject a configuration the new schema allows: they are written and built first.
if (compiledValidators().map(update).some(Boolean)) {
	const tsc = createRequire(path.join(ROOT, "package.json")).resolve("typescript/bin/tsc");
	execFileSync(process.execPath, [tsc, "-b", "tsconfig.json"], { cwd: ROOT, stdio: "inherit" });
}
for (const generated of generatedFiles()) update(generated);
