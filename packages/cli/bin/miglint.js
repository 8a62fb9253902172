#!/usr/bin/env node
import module from "node:module";

// Node.js 22.1 and later keep compiled code between runs when asked, as ESLint's own command does:
// most of a pre-commit run's time is loading modules. Before the import below, which loads them.
module.enableCompileCache?.();

const [{ main }, { sizeYoungGenerationInThisProcess }] = await Promise.all([import("../dist/main.js"), import("../dist/young-generation.js")]);
// A large batch would grow V8's young generation to 32 MB, most of its peak memory (see young-generation.ts).
sizeYoungGenerationInThisProcess();
process.exitCode = await main(process.argv.slice(2));
