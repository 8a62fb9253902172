// pnpm compare:pssa DIR...: miglint and PSScriptAnalyzer side by side on the
// same scripts (issue 13): the time each takes over the whole corpus (whole
// processes, alternated, medians) and, for the rules that check the same
// thing, on which files they agree and disagree, with the files listed for
// reading.
//
// PSScriptAnalyzer is not part of this repository and is not built by it: set
// PSSA_MODULE to the PSScriptAnalyzer.psd1 of a module you have (installed
// from the PowerShell Gallery, or built from its sources). pwsh must be on the
// PATH or in ~/.dotnet/tools.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { linted } from "./lint-status.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MIGLINT = path.join(ROOT, "packages/cli/bin/miglint.js");
const RUNS = Number(process.env["RUNS"] ?? 3);

/** Rules of the two tools that look at the same thing, each pair with what both report. */
const PAIRS = [
	{ topic: "a password or secret written in the script", miglint: "miglint/ps-plaintext-secret", pssa: "PSAvoidUsingConvertToSecureStringWithPlainText" },
	{ topic: "a password held in a plain string", miglint: "miglint/ps-plaintext-secret", pssa: "PSAvoidUsingPlainTextForPassword" },
	{ topic: "user name and password parameters", miglint: "miglint/ps-credential-variable", pssa: "PSAvoidUsingUsernameAndPasswordParams" },
	{ topic: "non-ASCII text without a byte order mark", miglint: "miglint/ps-file-encoding", pssa: "PSUseBOMForUnicodeEncodedFile" },
];

function pwshPath() {
	const local = path.join(homedir(), ".dotnet/tools/pwsh");
	return existsSync(local) ? local : "pwsh";
}

function scriptsUnder(directory) {
	const found = [];
	for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
		if (entry.isFile() && /\.(ps1|psm1)$/iu.test(entry.name)) {
			found.push(path.join(entry.parentPath, entry.name));
		}
	}
	return found.sort();
}

/** PSScriptAnalyzer's findings on `files` (one pwsh process); `rules` limits the rules run, or all of its defaults. */
function runPssa(module, list, rules) {
	const include = rules ? `-IncludeRule ${rules.map((rule) => `'${rule}'`).join(",")}` : "";
	const command = [
		"$ErrorActionPreference = 'Continue'",
		`Import-Module '${module.replaceAll("'", "''")}'`,
		`$found = foreach ($file in Get-Content -LiteralPath '${list}') { Invoke-ScriptAnalyzer -Path $file ${include} -ErrorAction SilentlyContinue }`,
		"@($found | ForEach-Object { [pscustomobject]@{ rule = $_.RuleName; file = $_.ScriptPath; line = $_.Line } }) | ConvertTo-Json -Compress -Depth 3",
	].join("; ");
	const output = execFileSync(pwshPath(), ["-NoProfile", "-NonInteractive", "-Command", command], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
	const parsed = JSON.parse(output.trim() || "[]");
	return Array.isArray(parsed) ? parsed : [parsed];
}

/** miglint's findings on `files` (one process), as rule id, file and line. */
function runMiglint(files, cwd) {
	const run = spawnSync(process.execPath, [MIGLINT, "--format", "json", ...files], { cwd, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
	if (!linted(run)) {
		throw new Error(`miglint exited with ${run.status}: ${run.stderr}`);
	}
	return JSON.parse(run.stdout).flatMap((result) => result.messages.map((message) => ({ rule: message.ruleId, file: result.filePath, line: message.line })));
}

function timed(work) {
	const started = performance.now();
	const value = work();
	return { value, ms: performance.now() - started };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const module = process.env["PSSA_MODULE"];
const directories = process.argv.slice(2);
if (!module || !existsSync(module) || directories.length === 0) {
	console.error("usage: PSSA_MODULE=/path/to/PSScriptAnalyzer.psd1 pnpm compare:pssa DIR...");
	process.exit(2);
}
const files = directories.flatMap((directory) => scriptsUnder(path.resolve(directory)));
const work = mkdtempSync(path.join(tmpdir(), "miglint-pssa-"));
try {
	const list = path.join(work, "files.txt");
	writeFileSync(list, files.join("\n"));
	// miglint reads a project's facts from the files' common directory: run it from there, with no configuration.
	const cwd = path.resolve(directories[0]);

	const pssaTimes = [];
	const miglintTimes = [];
	let pssaAll = [];
	let miglintAll = [];
	for (let run = 0; run < RUNS; run++) {
		const pssa = timed(() => runPssa(module, list));
		const miglint = timed(() => runMiglint(files, cwd));
		pssaTimes.push(pssa.ms);
		miglintTimes.push(miglint.ms);
		pssaAll = pssa.value;
		miglintAll = miglint.value;
	}
	console.log(`${files.length} scripts in ${directories.join(", ")}`);
	console.log(`PSScriptAnalyzer, default rules: ${median(pssaTimes).toFixed(0)} ms (median of ${RUNS}), ${pssaAll.length} findings`);
	console.log(`miglint, recommended rules:     ${median(miglintTimes).toFixed(0)} ms (median of ${RUNS}), ${miglintAll.length} findings`);
	console.log(`ratio miglint / PSScriptAnalyzer: ${(median(miglintTimes) / median(pssaTimes)).toFixed(2)}x\n`);

	const filesOf = (findings, rule) => new Set(findings.filter((finding) => finding.rule === rule).map((finding) => path.resolve(finding.file)));
	console.log("| what both check | miglint rule | PSScriptAnalyzer rule | files both report | only miglint | only PSScriptAnalyzer |");
	console.log("|---|---|---|---|---|---|");
	const disagreements = [];
	for (const pair of PAIRS) {
		const ours = filesOf(miglintAll, pair.miglint);
		const theirs = filesOf(pssaAll, pair.pssa);
		const both = [...ours].filter((file) => theirs.has(file));
		const onlyOurs = [...ours].filter((file) => !theirs.has(file));
		const onlyTheirs = [...theirs].filter((file) => !ours.has(file));
		console.log(`| ${pair.topic} | ${pair.miglint.slice("miglint/".length)} | ${pair.pssa} | ${both.length} | ${onlyOurs.length} | ${onlyTheirs.length} |`);
		disagreements.push({ pair, onlyOurs, onlyTheirs });
	}
	for (const { pair, onlyOurs, onlyTheirs } of disagreements) {
		for (const [side, list] of [
			["only miglint", onlyOurs],
			["only PSScriptAnalyzer", onlyTheirs],
		]) {
			if (list.length > 0) {
				console.log(`\n${pair.miglint} / ${pair.pssa}, ${side}:`);
				for (const file of list) {
					console.log(`  ${path.relative(process.cwd(), file)}`);
				}
			}
		}
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
