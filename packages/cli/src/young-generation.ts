import { setFlagsFromString } from "node:v8";

/*
 * V8 doubles its young generation (semi-spaces of 1 MB at first, up to 16 MB) each time more than it holds has survived
 * collections since it last grew, and a large file's text counts whole: ESLint's readFile decodes a file in pieces joined into
 * one string, which is flattened into a copy on first use, and both survive. A 5 MB batch grew the young generation to 32 MB,
 * most of its peak memory over a tiny batch: 8.5 times its size, 3.5 times with the young generation kept at its first size.
 * The CSV language keeps what it reads in few objects (the text, the scan's typed arrays), so collecting 2 MB more often costs
 * it nothing (0.9–0.95 times the CPU time); the PowerShell and settings languages build many objects that live a while, which a
 * small young generation copies more often: 1.25–1.3 times the CPU time on 20 MB inputs. Hence growth is held only until one of
 * them is loaded.
 *
 * The factor is set at run time: V8 raises a factor below 2 to 2 as it configures a heap, so given on the command line it does
 * nothing, and a worker thread's heap (--concurrency) sets it back to 2 for the whole process.
 */

/** Keeps the young generation at its first size (2 MB): the miglint command, before it loads its modules. */
export function holdYoungGeneration(): void {
	setFlagsFromString("--semi-space-growth-factor=1");
}

/** Lets the young generation grow again, as V8 does by default (a factor of 2). */
export function releaseYoungGeneration(): void {
	setFlagsFromString("--semi-space-growth-factor=2");
}
