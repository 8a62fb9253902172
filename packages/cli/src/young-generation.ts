import { setFlagsFromString } from "node:v8";
import type { LanguageName } from "eslint-plugin-miglint/languages";

/*
 * V8 doubles its young generation (semi-spaces of 1 MB at first, up to 16 MB) each time more than it holds has survived
 * collections since it last grew, and a large file's text counts whole: ESLint's readFile decodes a file in pieces joined into
 * one string, which is flattened into a copy on first use, and both survive. A 5 MB batch grew the young generation to 32 MB,
 * most of its peak memory over a tiny batch: 8.7 times its size, 3.8 times with the young generation held at the size it had
 * (tools/bench.mjs, "memory per byte"), in 0.9 times the CPU time.
 *
 * Held from the start, it cost time elsewhere: a small young generation copies objects that would have died in a larger one,
 * which the PowerShell and settings languages make many of (1.25–1.3 times the CPU time on 20 MB inputs), as do the project
 * facts of a whole repository (2.5 times the collections, 1.1 times the CPU time). So it is held only once the facts are made,
 * and only when CSV files alone are linted: a run that made large facts has grown it already, and the CSV language keeps what
 * it reads in few objects (the text, the scan's typed arrays). It is held before the CSV language and its rules are loaded,
 * which would grow it to 16 MB (5.4 times the batch's size then), though code compiled after a flag changed does not take the
 * code Node.js 22 keeps between runs (module.enableCompileCache) for other flags: those modules are compiled again when a run
 * that lints only CSV files follows one that does not, or the other way round.
 *
 * The factor is set at run time: V8 raises a factor below 2 to 2 as it configures a heap, so given on the command line it does
 * nothing, and a worker thread's heap (--concurrency) sets it back to 2 for the whole process.
 */

/** Whether this process is the miglint command, which alone changes V8's flags: main() run by a test or another program does not. */
let command = false;
/** Whether the young generation is held (V8's --semi-space-growth-factor set to 1). */
let held = false;

/** The miglint command (bin/miglint.js) sizes V8's young generation for the files it lints. */
export function sizeYoungGenerationInThisProcess(): void {
	command = true;
}

/** Holds the young generation at its size for a run that lints only CSV files; lets it grow as V8 does (a factor of 2) otherwise. */
export function sizeYoungGenerationFor(languages: readonly LanguageName[]): void {
	const hold = command && languages.every((name) => name === "csv");
	if (hold !== held) {
		setFlagsFromString(`--semi-space-growth-factor=${hold ? 1 : 2}`);
		held = hold;
	}
}
