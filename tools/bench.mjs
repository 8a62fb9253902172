// pnpm bench: miglint against the bare parsers it stands on, in one run.
//  1. a 200,000-row staged batch: csv-parse alone, then miglint linting it;
//  2. the wall time of the `miglint` command on one small CSV against the
//     `eslint` command with @eslint/json on one small JSON file.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { ESLint } from "eslint";
import { emptyConfig } from "@miglint/core";
import { buildEslintConfig } from "miglint";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WORK = path.join(ROOT, ".bench");
const ROWS = 200_000;
// The fastest of several runs: the least disturbed by whatever else the machine is doing.
const RUNS = 7;


function timeRuns(run) {
	run();
	const times = [];
	for (let index = 0; index < RUNS; index++) {
		const start = performance.now();
		run();
		times.push(performance.now() - start);
	}
	return Math.min(...times);
}

async function timeRunsAsync(run) {
	await run();
	const times = [];
	for (let index = 0; index < RUNS; index++) {
		const start = performance.now();
		await run();
		times.push(performance.now() - start);
	}
	return Math.min(...times);
}

function stagedBatch(rows) {
	const lines = ["EmailAddress,Password,ForceChangePassword"];
	for (let index = 0; index < rows; index++) {
		lines.push(`user.${String(index).padStart(6, "0")}@contoso.com,Harbour-${index}-Lamp!,${index % 3 ? "False" : "True"}`);
	}
	return `${lines.join("\r\n")}\r\n`;
}

const format = (ms) => `${ms.toFixed(0).padStart(6)} ms`;

mkdirSync(WORK, { recursive: true });
const largeFile = path.join(WORK, "staged-200k.csv");
writeFileSync(largeFile, stagedBatch(ROWS));
const megabytes = readFileSync(largeFile).length / 1024 / 1024;

const bareParse = timeRuns(() => parse(readFileSync(largeFile), { bom: true, relax_column_count: true, record_delimiter: ["\r\n", "\n", "\r"] }));
const eslint = new ESLint({ cwd: WORK, overrideConfigFile: true, overrideConfig: buildEslintConfig(emptyConfig(WORK)) });
let problems = 0;
const lint = await timeRunsAsync(async () => {
	const [result] = await eslint.lintFiles([largeFile]);
	problems = result.messages.length;
});

console.log(`Large file: ${ROWS.toLocaleString("en-US")} rows, ${megabytes.toFixed(1)} MB (${problems} problem${problems === 1 ? "" : "s"} reported); fastest of ${RUNS} runs`);
console.log(`  csv-parse alone       ${format(bareParse)}`);
console.log(`  miglint lint          ${format(lint)}`);
console.log(`  ratio                 ${(lint / bareParse).toFixed(2)}x   (target <= 2x)`);

const smallCsv = path.join(WORK, "small.csv");
writeFileSync(smallCsv, stagedBatch(20));
const smallJson = path.join(WORK, "small.json");
writeFileSync(smallJson, `${JSON.stringify({ users: Array.from({ length: 20 }, (_, index) => ({ email: `user.${index}@contoso.com` })) }, null, 2)}\n`);
writeFileSync(path.join(WORK, "eslint.config.js"), 'import json from "@eslint/json";\nexport default [{ files: ["**/*.json"], plugins: { json }, language: "json/json", ...json.configs.recommended }];\n');

const require = createRequire(path.join(ROOT, "package.json"));
const eslintBinary = path.join(path.dirname(require.resolve("eslint/package.json")), "bin/eslint.js");
const miglintBinary = path.join(ROOT, "packages/cli/bin/miglint.js");
const wall = (binary, file) =>
	timeRuns(() => {
		try {
			execFileSync(process.execPath, [binary, file], { cwd: WORK, stdio: "ignore" });
		} catch (error) {
			if (error.status !== 1) {
				throw error;
			}
		}
	});
const miglintWall = wall(miglintBinary, smallCsv);
const eslintWall = wall(eslintBinary, smallJson);

console.log(`One small file, wall time of the command; fastest of ${RUNS} runs`);
console.log(`  eslint + @eslint/json ${format(eslintWall)}`);
console.log(`  miglint               ${format(miglintWall)}`);
console.log(`  ratio                 ${(miglintWall / eslintWall).toFixed(2)}x   (target <= 1.3x)`);
