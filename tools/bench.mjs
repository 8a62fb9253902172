// pnpm bench: every ratio of miglint's performance table, each from whole
// processes run alternately (so that both sides see the same load on a shared
// machine), as the ratio of their medians:
//  1. start-up: one small CSV with a miglint.config.yaml (and without one) vs
//     `eslint` with @eslint/json on one small JSON file;
//  2. a 200,000-row batch vs a bare csv-parse stream over it (wall time and
//     peak memory), and vs csvkit's `csvclean` where it is installed;
//  3. memory per byte of input: the peak memory of linting one large file of
//     each language, less that of linting a tiny one, over the file's size;
//  4. the project cases of `pnpm bench:project` (one file in a 10,000-file
//     repository vs a tiny one, with an 85 MB batch elsewhere, warm cache,
//     after an edit, sharing, 2 worker threads vs none);
//  5. parsing a PowerShell script with miglint's parser vs tree-sitter-powershell,
//     where it loads (in-process: both are parsers, not commands).
//
//  6. hostile PowerShell shapes (a 100,000-term `-and` chain, a 50,000-call
//     method chain, 10 MB on one line): time and peak memory, each against
//     linting an ordinary script of the same size.
//
//   node tools/bench.mjs [--quick] [--runs 5] [--tree-sitter DIR] [--skip-project] [--only memory:PowerShell]
//
// --quick: 3 runs, 1 MB inputs for the memory ratios (5 MB and 20 MB otherwise).
// --only SECTION[:LANGUAGE]: only that section (startup, batch, memory, project, hostile, parser),
// and for memory only that language (CSV, PowerShell, JSON, YAML).
// --tree-sitter DIR: a directory whose node_modules hold tree-sitter and
// tree-sitter-powershell (they are not dependencies of miglint).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
	options: {
		quick: { type: "boolean", default: false },
		runs: { type: "string" },
		"tree-sitter": { type: "string" },
		"skip-project": { type: "boolean", default: false },
		only: { type: "string" },
	},
});
const [onlySection, onlyLanguage] = (values.only ?? "").split(":");
/** Whether a section of the bench runs (all of them unless --only names one). */
const runs = (section) => !onlySection || onlySection === section;
const RUNS = Number(values.runs ?? (values.quick ? 3 : 5));
const MEMORY_SIZES_MB = values.quick ? [1] : [5, 20];
const ROWS = 200_000;

const require = createRequire(path.join(ROOT, "package.json"));
const ESLINT = path.join(path.dirname(require.resolve("eslint/package.json")), "bin/eslint.js");
const MIGLINT = path.join(ROOT, "packages/cli/bin/miglint.js");
// Inside the repository, where eslint.config.js finds @eslint/json (.bench is ignored by git).
mkdirSync(path.join(ROOT, ".bench"), { recursive: true });
const work = mkdtempSync(path.join(ROOT, ".bench", "run-"));
const rssFile = path.join(work, "rss");
// Each process appends its peak memory (resident set, KB) and its CPU time (user and system, µs) to rssFile as it exits.
const RSS_HOOK = `data:text/javascript,${encodeURIComponent(`import { appendFileSync } from "node:fs"; process.on("exit", () => { const usage = process.resourceUsage(); appendFileSync(${JSON.stringify(rssFile)}, usage.maxRSS + " " + (usage.userCPUTime + usage.systemCPUTime) + "\\n"); });`)}`;

/**
 * One whole process (a Node.js script unless `command` is given): its wall time (ms) and, for Node.js, its peak memory
 * (MB) and CPU time (ms). `statuses`: the exit statuses that mean it ran as measured.
 */
function run(cwd, args, command = null, statuses = [0, 1]) {
	writeFileSync(rssFile, "");
	const start = performance.now();
	const child = command
		? spawnSync(command, args, { cwd, stdio: "ignore" })
		: spawnSync(process.execPath, ["--import", RSS_HOOK, ...args], { cwd, stdio: "ignore" });
	const ms = performance.now() - start;
	if (child.error) throw child.error;
	if (!statuses.includes(child.status)) throw new Error(`${command ?? "node"} ${args.join(" ")} exited with ${child.status}`);
	const [rss, cpu] = (readFileSync(rssFile, "utf8").trim().split("\n").at(-1) ?? "").split(" ");
	return { ms, mb: rss ? Number(rss) / 1024 : Number.NaN, cpuMs: cpu ? Number(cpu) / 1000 : Number.NaN };
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const rows = [];

/** Runs `a` and `b` alternately, RUNS times each after one warm-up run; the ratio of their medians (time and memory). */
function compare(name, target, a, b) {
	a();
	b();
	const samples = { a: [], b: [] };
	for (let index = 0; index < RUNS; index++) {
		samples.a.push(a());
		samples.b.push(b());
	}
	const [msA, msB] = [median(samples.a.map((s) => s.ms)), median(samples.b.map((s) => s.ms))];
	const [mbA, mbB] = [median(samples.a.map((s) => s.mb)), median(samples.b.map((s) => s.mb))];
	// CPU time, which the load of a shared machine changes less than wall time (node processes only).
	const [cpuA, cpuB] = [median(samples.a.map((s) => s.cpuMs)), median(samples.b.map((s) => s.cpuMs))];
	const row = {
		case: name,
		a: Math.round(msA),
		b: Math.round(msB),
		ratio: msA / msB,
		cpuRatio: cpuA / cpuB,
		mbA: Math.round(mbA),
		mbB: Math.round(mbB),
		target,
	};
	rows.push(row);
	const memory = Number.isNaN(mbB) ? `${row.mbA} MB` : `${row.mbA} MB / ${row.mbB} MB`;
	const cpu = Number.isNaN(row.cpuRatio) ? "" : `; CPU ${Math.round(cpuA)} ms / ${Math.round(cpuB)} ms = ${row.cpuRatio.toFixed(2)}`;
	process.stdout.write(`${name}: ${row.a} ms / ${row.b} ms = ${row.ratio.toFixed(2)} (target ${target})${cpu}; memory ${memory}\n`);
}

function stagedBatch(rows, user = "user") {
	const lines = ["EmailAddress,Password,ForceChangePassword"];
	for (let index = 0; index < rows; index++) {
		lines.push(`${user}.${String(index).padStart(6, "0")}@contoso.com,Harbour-${index}-Lamp!,${index % 3 ? "False" : "True"}`);
	}
	return `${lines.join("\r\n")}\r\n`;
}

/** A script of about `bytes`, from the kind of lines migration runbooks hold. */
function script(bytes) {
	const block = [
		"$batch = 'wave-{n}'",
		'$users = Import-Csv -Path "$PSScriptRoot\\batches\\$batch.csv"',
		"foreach ($user in $users) {",
		"    Set-Mailbox -Identity $user.EmailAddress -ForwardingSmtpAddress $null -Confirm:$false",
		"    if ($user.Department -eq 'Sales' -and $user.Enabled) { Write-Host \"Moving $($user.EmailAddress)\" }",
		"}",
		"New-MoveRequest -Identity 'user.{n}@contoso.com' -Remote -RemoteHostName mail.contoso.com -TargetDeliveryDomain contoso.mail.onmicrosoft.com",
		"",
	].join("\r\n");
	const parts = [];
	for (let n = 0, size = 0; size < bytes; n++, size += block.length) parts.push(block.replaceAll("{n}", String(n)));
	return parts.join("");
}

function jsonSettings(bytes) {
	const users = [];
	for (let n = 0, size = 0; size < bytes; n++, size += 120)
		users.push({ userPrincipalName: `user.${n}@contoso.com`, usageLocation: "US", department: `Department ${n % 40}` });
	return `${JSON.stringify({ users }, null, 2)}\n`;
}

function yamlSettings(bytes) {
	const lines = ["users:"];
	for (let n = 0, size = 0; size < bytes; n++, size += 100)
		lines.push(`  - userPrincipalName: user.${n}@contoso.com`, "    usageLocation: US", `    department: Department ${n % 40}`);
	return `${lines.join("\n")}\n`;
}

function write(name, text) {
	const file = path.join(work, name);
	writeFileSync(file, text);
	return file;
}

try {
	// 1. Start-up.
	if (runs("startup")) startup();
	// 2. A 200,000-row batch.
	if (runs("batch")) batch();
	// 3. Memory per byte of input, over a tiny file of the same language.
	if (runs("memory")) memory();
	// 4. The project cases, from the repository's generator.
	if (runs("project") && !values["skip-project"]) project();
	// 5. Hostile PowerShell shapes.
	if (runs("hostile")) hostile();
	// 6. miglint's PowerShell parser vs tree-sitter-powershell, in this process: last, since a child
	// process starts with the peak memory of the process it was forked from (Linux keeps it across exec).
	if (runs("parser")) await parserVsTreeSitter();
	process.stdout.write(`${JSON.stringify({ runs: RUNS, quick: values.quick, rows })}\n`);
} finally {
	rmSync(work, { recursive: true, force: true });
}

function startup() {
	const withConfig = mkdtempSync(path.join(work, "with-config-"));
	const withoutConfig = mkdtempSync(path.join(work, "without-config-"));
	const eslintProject = mkdtempSync(path.join(work, "eslint-"));
	for (const directory of [withConfig, withoutConfig]) writeFileSync(path.join(directory, "small.csv"), stagedBatch(20, "pilot"));
	writeFileSync(path.join(withConfig, "miglint.config.yaml"), "migration:\n  domains:\n    onPremises: [contoso.com]\n");
	writeFileSync(
		path.join(eslintProject, "small.json"),
		`${JSON.stringify({ users: Array.from({ length: 20 }, (_, index) => ({ email: `user.${index}@contoso.com` })) }, null, 2)}\n`,
	);
	writeFileSync(
		path.join(eslintProject, "eslint.config.js"),
		'import json from "@eslint/json";\nexport default [{ files: ["**/*.json"], plugins: { json }, language: "json/json", ...json.configs.recommended }];\n',
	);
	const eslintOneFile = () => run(eslintProject, [ESLINT, "small.json"]);
	compare(
		"start-up: one small CSV with a miglint.config.yaml vs eslint on one JSON file",
		"≤ 1.2",
		() => run(withConfig, [MIGLINT, "small.csv"]),
		eslintOneFile,
	);
	compare("start-up: the same without a configuration", "≤ 1.2", () => run(withoutConfig, [MIGLINT, "small.csv"]), eslintOneFile);
}

function batch() {
	const large = mkdtempSync(path.join(work, "large-"));
	writeFileSync(path.join(large, "staged-200k.csv"), stagedBatch(ROWS));
	const megabytes = statSync(path.join(large, "staged-200k.csv")).size / 1024 / 1024;
	const csvParseStream = write(
		"csv-parse-stream.mjs",
		`import { createReadStream } from "node:fs";\nimport { parse } from ${JSON.stringify(require.resolve("csv-parse"))};\nlet records = 0;\nfor await (const record of createReadStream(process.argv[2]).pipe(parse({ bom: true, relax_column_count: true }))) records += record.length > 0;\nif (records === 0) process.exit(2);\n`,
	);
	const lintLarge = () => run(large, [MIGLINT, "staged-200k.csv"]);
	compare(`${ROWS.toLocaleString("en-US")}-row batch (${megabytes.toFixed(1)} MB) vs a bare csv-parse stream`, "≤ 2 (time)", lintLarge, () =>
		run(large, [csvParseStream, "staged-200k.csv"]),
	);
	if (spawnSync("csvclean", ["--version"], { stdio: "ignore" }).status === 0) {
		compare(`${ROWS.toLocaleString("en-US")}-row batch vs csvkit's csvclean (memory not measured for csvclean)`, "none", lintLarge, () =>
			run(large, ["-n", "staged-200k.csv"], "csvclean"),
		);
	} else {
		process.stdout.write("csvkit's csvclean: not installed here, skipped (pip install csvkit)\n");
	}
}

function memory() {
	const inputs = {
		CSV: { extension: "csv", make: (bytes) => stagedBatch(Math.ceil(bytes / 52)), target: 5 },
		PowerShell: { extension: "ps1", make: script, target: 60 },
		JSON: { extension: "json", make: jsonSettings, target: 40 },
		YAML: { extension: "yaml", make: yamlSettings, target: 40 },
	};
	for (const [language, { extension, make, target }] of Object.entries(inputs)) {
		if (onlyLanguage && onlyLanguage !== language) continue;
		const tiny = mkdtempSync(path.join(work, "tiny-"));
		writeFileSync(path.join(tiny, `tiny.${extension}`), make(1));
		const baseline = median(Array.from({ length: RUNS }, () => run(tiny, [MIGLINT, `tiny.${extension}`]).mb));
		for (const size of MEMORY_SIZES_MB) {
			const directory = mkdtempSync(path.join(work, "memory-"));
			const file = path.join(directory, `input.${extension}`);
			writeFileSync(file, make(size << 20));
			const bytes = statSync(file).size;
			const { ms, mb } = run(directory, [MIGLINT, `input.${extension}`]);
			const perByte = ((mb - baseline) * 1024 * 1024) / bytes;
			rows.push({ case: `memory per byte, ${language}, ${size} MB`, ms: Math.round(ms), mb: Math.round(mb), baseline: Math.round(baseline), perByte, target });
			process.stdout.write(
				`memory per byte, ${language} ${(bytes / 1024 / 1024).toFixed(1)} MB: peak ${Math.round(mb)} MB less ${Math.round(baseline)} MB for a tiny file = ${perByte.toFixed(0)}x (target ≤ ${target}x; ${Math.round(ms)} ms)\n`,
			);
			rmSync(directory, { recursive: true, force: true });
		}
	}
}

function project() {
	const project = spawnSync(process.execPath, [path.join(ROOT, "tools/bench-project.mjs"), "--runs", String(RUNS)], {
		stdio: ["ignore", "pipe", "inherit"],
		encoding: "utf8",
	});
	const lines = project.stdout.trim().split("\n");
	process.stdout.write(`${lines.slice(0, -1).join("\n")}\n`);
	if (project.status !== 0) throw new Error(`tools/bench-project.mjs exited with ${project.status}`);
	rows.push(...JSON.parse(lines.at(-1)).rows);
}

/**
 * Scripts of shapes no one writes by hand, each linted once (a run may take minutes without a limit) against an
 * ordinary script of the same size: miglint gives findings or one clear message, within 10 s and under 1 GB.
 */
function hostile() {
	const directory = mkdtempSync(path.join(work, "hostile-"));
	const shapes = {
		"a 100,000-term -and chain": `$x = 1\r\n$y = $x${" -and $x".repeat(100_000)}\r\n`,
		"a 50,000-call method chain": `$a = 1\r\n$a${".b()".repeat(50_000)}\r\n`,
		"10 MB on one line": "Write-Host $a 1; ".repeat((10 << 20) / 17),
	};
	for (const [shape, text] of Object.entries(shapes)) {
		writeFileSync(path.join(directory, "hostile.ps1"), text);
		writeFileSync(path.join(directory, "ordinary.ps1"), script(text.length));
		// 2: refused for a limit, with its message (the file is not linted).
		const hostileRun = run(directory, [MIGLINT, "hostile.ps1"], null, [0, 1, 2]);
		const ordinary = run(directory, [MIGLINT, "ordinary.ps1"]);
		const row = {
			case: `PowerShell, ${shape}`,
			ms: Math.round(hostileRun.ms),
			mb: Math.round(hostileRun.mb),
			ratio: hostileRun.ms / ordinary.ms,
			target: "≤ 10 s, < 1 GB",
		};
		rows.push(row);
		process.stdout.write(
			`PowerShell, ${shape} (${(text.length / 1024 / 1024).toFixed(1)} MB): ${row.ms} ms, ${row.mb} MB; ${row.ratio.toFixed(2)}x the time of an ordinary script of that size (${Math.round(ordinary.ms)} ms, ${Math.round(ordinary.mb)} MB) (target ${row.target})\n`,
		);
	}
}

async function parserVsTreeSitter() {
	const scriptText = script(values.quick ? 1 << 20 : 5 << 20);
	const treeSitterFrom = createRequire(path.join(path.resolve(values["tree-sitter"] ?? ROOT), "package.json"));
	let treeSitter = null;
	try {
		// tree-sitter is an ES module with top-level await: imported, not required.
		const { default: Parser } = await import(pathToFileURL(treeSitterFrom.resolve("tree-sitter")).href);
		const { default: powershell } = await import(pathToFileURL(treeSitterFrom.resolve("tree-sitter-powershell")).href);
		const parser = new Parser();
		parser.setLanguage(powershell);
		// tree-sitter's input callback takes the text in pieces: a string over 32 KB at once is refused.
		treeSitter = () => parser.parse((index) => scriptText.slice(index, index + 16_384));
	} catch (error) {
		process.stdout.write(`tree-sitter-powershell: cannot be loaded here, skipped (${String(error.message).split("\n")[0]})\n`);
	}
	if (treeSitter) {
		// The parser is a workspace package, not a dependency of the repository root.
		const { parse } = await import(pathToFileURL(path.join(ROOT, "packages/powershell-parser/dist/index.js")).href);
		const timed = (parseOnce) => () => {
			const start = performance.now();
			parseOnce();
			return { ms: performance.now() - start, mb: Number.NaN };
		};
		compare(
			`parsing a ${(scriptText.length / 1024 / 1024).toFixed(1)} MB script: miglint's parser vs tree-sitter-powershell`,
			"none",
			timed(() => parse(scriptText)),
			timed(treeSitter),
		);
	}
}
