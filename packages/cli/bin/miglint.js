#!/usr/bin/env node
import module from "node:module";
import { setFlagsFromString } from "node:v8";

// V8 doubles its young generation (semi-spaces of 1 MB at first, up to 16 MB) each time more than it holds has survived
// collections since it last grew, and a large file's text counts whole: ESLint's readFile decodes it in pieces joined into one
// string, flattened into a copy on first use, and both survive. A 5 MB batch grew the young generation to 32 MB: 8.5 times the
// file at peak over a tiny one, 3.5 times with this (tools/bench.mjs, "memory per byte"). Kept at its first size, it is
// collected more often for no more time: a collection copies only what survives. Set at run time: V8 raises a factor below 2
// to 2 as it configures a heap, given on the command line, and again for each worker thread's (--concurrency), which undoes this.
// Before the import below: the modules' code survives too.
setFlagsFromString("--semi-space-growth-factor=1");

// Node.js 22.1 and later keep compiled code between runs when asked, as ESLint's own command does:
// most of a pre-commit run's time is loading modules. Before the import below, which loads them.
module.enableCompileCache?.();

const { main } = await import("../dist/main.js");
process.exitCode = await main(process.argv.slice(2));
