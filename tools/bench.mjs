// pnpm bench: miglint against the bare parsers it stands on, in one run.
//  1. a 200,000-row staged batch: csv-parse alone, then miglint linting it;
//  2. the wall time of the `miglint` command on one small CSV against the
//     `eslint` command with @eslint/json on one small JSON file;
//  3. the same small CSV in a repository that also holds the large batch:
//     the cost of the project facts a pre-commit hook pays (no target).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { ESLint } from "eslint";
import { emptyConfig } from "@miglint/core";
import csv from "eslint-plugin-miglint/parts/csv";
import { buildEslintConfig } from "miglint";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WORK = path.join(ROOT, ".bench");
const ROWS = 200_000;
// The fastest of several runs: the least disturbed by whatever else the machine is doing.
const RUNS = 9;


function stagedBatch(rows, user = "user") {
	const lines = ["EmailAddress,Password,ForceChangePassword"];
	for (let index = 0; index < rows; index++) {
		lines.push(`${user}.${String(index).padStart(6, "0")}@contoso.com,Harbour-${index}-Lamp!,${index % 3 ? "False" : "True"}`);
	}
	return `${lines.join("\r\n")}\r\n`;
}

/** Each timed run starts with an empty heap, so that none pays for the garbage of the one before (`node --expose-gc`). */
function collectGarbage() {
	if (typeof globalThis.gc !== "function") {
		throw new Error("run the benchmark with node --expose-gc (pnpm bench does)");
	}
	globalThis.gc();
}

const format = (ms) => `${ms.toFixed(0).padStart(6)} ms`;

mkdirSync(WORK, { recursive: true });
const largeFile = path.join(WORK, "staged-200k.csv");
writeFileSync(largeFile, stagedBatch(ROWS));
const megabytes = readFileSync(largeFile).length / 1024 / 1024;

const eslint = new ESLint({ cwd: WORK, overrideConfigFile: true, overrideConfig: buildEslintConfig(emptyConfig(WORK), { csv }) });
let problems = 0;
const parseBare = () => parse(readFileSync(largeFile), { bom: true, relax_column_count: true, record_delimiter: ["\r\n", "\n", "\r"] });
const lintLarge = async () => {
	const [result] = await eslint.lintFiles([largeFile]);
	problems = result.messages.length;
};
// Interleaved, so that both see the same machine: the fastest run of each.
parseBare();
await lintLarge();
let bareParse = Infinity;
let lint = Infinity;
for (let index = 0; index < RUNS; index++) {
	collectGarbage();
	let start = performance.now();
	parseBare();
	bareParse = Math.min(bareParse, performance.now() - start);
	collectGarbage();
	start = performance.now();
	await lintLarge();
	lint = Math.min(lint, performance.now() - start);
}

console.log(`Large file: ${ROWS.toLocaleString("en-US")} rows, ${megabytes.toFixed(1)} MB (${problems} problem${problems === 1 ? "" : "s"} reported); fastest of ${RUNS} runs`);
console.log(`  csv-parse alone       ${format(bareParse)}`);
console.log(`  miglint lint          ${format(lint)}`);
console.log(`  ratio                 ${(lint / bareParse).toFixed(2)}x   (target <= 2x)`);

// Each command runs in a directory of its own: miglint reads the whole project (its directory) for the project facts.
const ONE_FILE = path.join(WORK, "one-file");
const REPOSITORY = path.join(WORK, "repository");
mkdirSync(ONE_FILE, { recursive: true });
mkdirSync(REPOSITORY, { recursive: true });
const smallCsv = path.join(ONE_FILE, "small.csv");
writeFileSync(smallCsv, stagedBatch(20, "pilot"));
copyFileSync(smallCsv, path.join(REPOSITORY, "small.csv"));
copyFileSync(largeFile, path.join(REPOSITORY, "staged-200k.csv"));
const smallJson = path.join(ONE_FILE, "small.json");
writeFileSync(smallJson, `${JSON.stringify({ users: Array.from({ length: 20 }, (_, index) => ({ email: `user.${index}@contoso.com` })) }, null, 2)}\n`);
writeFileSync(path.join(ONE_FILE, "eslint.config.js"), 'import json from "@eslint/json";\nexport default [{ files: ["**/*.json"], plugins: { json }, language: "json/json", ...json.configs.recommended }];\n');

const require = createRequire(path.join(ROOT, "package.json"));
const eslintBinary = path.join(path.dirname(require.resolve("eslint/package.json")), "bin/eslint.js");
const miglintBinary = path.join(ROOT, "packages/cli/bin/miglint.js");
const runCommand = (binary, file) => {
	try {
		execFileSync(process.execPath, [binary, path.basename(file)], { cwd: path.dirname(file), stdio: "ignore" });
	} catch (error) {
		if (error.status !== 1) {
			throw error;
		}
	}
};
const inRepository = path.join(REPOSITORY, "small.csv");
let miglintWall = Infinity;
let eslintWall = Infinity;
let repositoryWall = Infinity;
runCommand(miglintBinary, smallCsv);
runCommand(eslintBinary, smallJson);
runCommand(miglintBinary, inRepository);
for (let index = 0; index < RUNS; index++) {
	let start = performance.now();
	runCommand(eslintBinary, smallJson);
	eslintWall = Math.min(eslintWall, performance.now() - start);
	start = performance.now();
	runCommand(miglintBinary, smallCsv);
	miglintWall = Math.min(miglintWall, performance.now() - start);
	start = performance.now();
	runCommand(miglintBinary, inRepository);
	repositoryWall = Math.min(repositoryWall, performance.now() - start);
}

console.log(`One small file, wall time of the command; fastest of ${RUNS} runs`);
console.log(`  eslint + @eslint/json ${format(eslintWall)}`);
console.log(`  miglint               ${format(miglintWall)}`);
console.log(`  ratio                 ${(miglintWall / eslintWall).toFixed(2)}x   (target <= 1.3x)`);
console.log(`The same file in a repository with the ${megabytes.toFixed(1)} MB batch (project facts read it)`);
console.log(`  miglint               ${format(repositoryWall)}`);
console.log(`  ratio                 ${(repositoryWall / eslintWall).toFixed(2)}x   (no target: the cost of the facts)`);
