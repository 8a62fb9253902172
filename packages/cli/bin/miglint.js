#!/usr/bin/env node
import module from "node:module";

// Node.js 22.1 and later keep compiled code between runs when asked, as ESLint's own command does:
// most of a pre-commit run's time is loading modules. Before the import below, which loads them.
module.enableCompileCache?.();

const { main } = await import("../dist/main.js");
process.exitCode = await main(process.argv.slice(2));
