#!/usr/bin/env node
// Parses every .ps1/.psm1 file under the given directories with this parser and
// with tree-sitter-powershell (WASM) and prints the corpus figures.
// Usage: node bench/parse-corpus.mjs [--list-errors] [--no-tree-sitter] DIR...
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { internalErrorPrefix, parse } from "../dist/index.js";
import { readScript, scriptFiles } from "../oracle/dist/corpus-files.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const listErrors = args.includes("--list-errors");
const skipTreeSitter = args.includes("--no-tree-sitter");
const roots = args.filter((arg) => !arg.startsWith("--"));
if (roots.length === 0) {
	console.error("usage: parse-corpus.mjs [--list-errors] [--no-tree-sitter] DIR...");
	process.exit(2);
}

const timeoutMs = 1000;

function rebuild(tokens) {
	let text = "";
	for (const token of tokens) {
		for (const trivia of token.leadingTrivia) text += trivia.value;
		text += token.value;
	}
	return text;
}

const files = [];
for (const root of roots) for (const path of scriptFiles(root)) files.push({ root, path, text: readScript(path) });

let bytes = 0;
let crashes = 0;
let timeouts = 0;
let lossless = 0;
let parseMs = 0;
const withErrors = [];
for (const file of files) {
	bytes += Buffer.byteLength(file.text, "utf8");
	const started = performance.now();
	let result;
	try {
		result = parse(file.text);
	} catch (error) {
		crashes++;
		console.log(`CRASH ${file.path}: ${error}`);
		continue;
	}
	const elapsed = performance.now() - started;
	parseMs += elapsed;
	if (elapsed > timeoutMs) {
		timeouts++;
		console.log(`TIMEOUT ${file.path}: ${elapsed.toFixed(0)} ms`);
	}
	if (result.errors.some((error) => error.message.startsWith(internalErrorPrefix))) {
		crashes++;
		console.log(`CRASH ${file.path}: ${result.errors[0].message}`);
	}
	if (rebuild(result.tokens) !== file.text) {
		lossless++;
		console.log(`LOSSY ${file.path}`);
	}
	if (result.errors.length > 0) withErrors.push({ file, errors: result.errors });
}

// Timed a second time once warm, as tree-sitter is below.
const warmStart = performance.now();
for (const file of files) parse(file.text);
const warmMs = performance.now() - warmStart;

let treeSitterMs = null;
let treeSitterErrorFiles = null;
if (!skipTreeSitter) {
	const require = createRequire(join(packageDir, "package.json"));
	const { Parser, Language } = await import("web-tree-sitter");
	await Parser.init();
	const wasm = join(dirname(require.resolve("tree-sitter-powershell/package.json")), "tree-sitter-powershell.wasm");
	const language = await Language.load(wasm);
	const parser = new Parser();
	parser.setLanguage(language);
	for (const file of files) parser.parse(file.text)?.delete();
	treeSitterErrorFiles = 0;
	const started = performance.now();
	for (const file of files) {
		const tree = parser.parse(file.text);
		if (tree?.rootNode.hasError) treeSitterErrorFiles++;
		tree?.delete();
	}
	treeSitterMs = performance.now() - started;
}

if (listErrors) {
	for (const { file, errors } of withErrors) {
		const first = errors[0];
		console.log(`ERRORS ${relative(file.root, file.path)} (${file.root}) ${errors.length}: ${first.loc.start.line}:${first.loc.start.column} ${first.message}`);
	}
}

const megabytes = bytes / 1024 / 1024;
const percent = (n) => `${((100 * n) / files.length).toFixed(2)}%`;
console.log(`files:                 ${files.length}`);
console.log(`bytes:                 ${bytes}`);
console.log(`crashes:               ${crashes}`);
console.log(`time-outs (>1 s):      ${timeouts}`);
console.log(`files with errors:     ${withErrors.length} (${percent(withErrors.length)})`);
console.log(`lossless failures:     ${lossless}`);
console.log(`parse time (warm):     ${warmMs.toFixed(0)} ms, ${(megabytes / (warmMs / 1000)).toFixed(2)} MB/s (first pass ${parseMs.toFixed(0)} ms)`);
if (treeSitterMs !== null) {
	console.log(
		`tree-sitter (WASM):    ${treeSitterMs.toFixed(0)} ms, ${(megabytes / (treeSitterMs / 1000)).toFixed(2)} MB/s, files with ERROR nodes: ${treeSitterErrorFiles} (${percent(treeSitterErrorFiles)})`,
	);
	console.log(`speed ratio:           ${(treeSitterMs / warmMs).toFixed(2)}x tree-sitter`);
}
