// pnpm bench:project: what the project facts cost where users wait, on a
// repository of tools/generate-project.mjs (10,000 files by default), as
// ratios of the medians of whole `miglint` processes run alternately:
//  1. one batch in the large repository vs the same batch in a tiny one, with no index, then with the index warm;
//  2. the same, with one 85 MB batch elsewhere in the large repository;
//  3. warm --cache with nothing changed vs a run without cache;
//  4. --cache after editing one batch vs a run without cache;
//  5. every batch sharing addresses with another vs none (time and peak memory);
//  6. the whole repository (3,000 scripts in 10,000 files) with 2 worker threads vs none.
// The repositories are written to a temporary directory, removed at the end.
//
//   node tools/bench-project.mjs [--miglint packages/cli/bin/miglint.js] [--files 10000] [--runs 5] [--large-batch-mb 85] [--cases 1,2,3,4,5,6]
//
// --miglint runs another build (the "before" of a change: a checkout of main, built).
import { spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { batchName, CONFIG, CONFIG_FILE, generateProject, writeLargeBatch } from "./generate-project.mjs";
import { linted } from "./lint-status.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
	options: {
		miglint: { type: "string", default: path.join(ROOT, "packages/cli/bin/miglint.js") },
		files: { type: "string", default: "10000" },
		runs: { type: "string", default: "5" },
		"large-batch-mb": { type: "string", default: "85" },
		cases: { type: "string", default: "1,2,3,4,5,6" },
	},
});
const BINARY = path.resolve(values.miglint);
const RUNS = Number(values.runs);
const CASES = new Set(values.cases.split(","));
const LINTED = batchName(1);

const work = mkdtempSync(path.join(tmpdir(), "miglint-bench-project-"));
const rssFile = path.join(work, "rss");
// Each process appends its peak memory (resident set, KB) to rssFile as it exits.
const RSS_HOOK = `data:text/javascript,${encodeURIComponent(`import { appendFileSync } from "node:fs"; process.on("exit", () => appendFileSync(${JSON.stringify(rssFile)}, process.resourceUsage().maxRSS + "\\n"));`)}`;

/** One whole miglint process; its wall time (ms) and peak memory (MB). */
function miglint(cwd, args) {
	writeFileSync(rssFile, "");
	const start = performance.now();
	const run = spawnSync(process.execPath, ["--import", RSS_HOOK, BINARY, "--format", "json", ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
	const ms = performance.now() - start;
	if (!linted(run)) throw new Error(`miglint ${args.join(" ")} in ${cwd} exited with ${run.status}: ${run.stderr}`);
	return { ms, mb: Number(readFileSync(rssFile, "utf8").trim().split("\n").at(-1)) / 1024 };
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

/** Runs `a` and `b` alternately (each after its own preparation); the ratio of their medians. */
function compare(name, target, a, b) {
	const times = { a: [], b: [] };
	const memory = { a: [], b: [] };
	for (let run = 0; run < RUNS; run++) {
		for (const [key, side] of [
			["a", a],
			["b", b],
		]) {
			side.before?.();
			const { ms, mb } = side.run();
			times[key].push(ms);
			memory[key].push(mb);
		}
	}
	const row = {
		case: name,
		a: Math.round(median(times.a)),
		b: Math.round(median(times.b)),
		ratio: median(times.a) / median(times.b),
		memoryRatio: median(memory.a) / median(memory.b),
		mbA: Math.round(median(memory.a)),
		mbB: Math.round(median(memory.b)),
		target,
	};
	process.stdout.write(
		`${row.case}: ${row.a} ms / ${row.b} ms = ${row.ratio.toFixed(2)} (target ${target}); memory ${row.mbA} MB / ${row.mbB} MB = ${row.memoryRatio.toFixed(2)}\n`,
	);
	return row;
}

/** The cache of the --cache cases, apart from the default one so that the runs without cache they are compared with leave it be. */
const BENCH_CACHE = ".bench-cache";

/**
 * Removes what miglint keeps between runs in a repository: the default cache and the facts index beside it, and
 * with `benchCache` the --cache cases' own (a run without cache must not cost the warm side its cache).
 */
function forget(repository, { benchCache = false } = {}) {
	for (const entry of readdirSync(repository))
		if (entry.startsWith(".miglintcache") || (benchCache && entry.startsWith(BENCH_CACHE)))
			rmSync(path.join(repository, entry), { recursive: true, force: true });
}

try {
	const large = path.join(work, "large");
	const tiny = path.join(work, "tiny");
	process.stdout.write(`generating ${values.files} files in ${work}: ${JSON.stringify(generateProject(large, { files: Number(values.files) }))}\n`);
	mkdirSync(path.join(tiny, path.dirname(LINTED)), { recursive: true });
	writeFileSync(path.join(tiny, CONFIG_FILE), CONFIG);
	copyFileSync(path.join(large, LINTED), path.join(tiny, LINTED));
	// Cold: nothing kept from an earlier run. Warm: with --cache, whose runs keep the facts index (a plain run writes none).
	const oneFile = (repository, cold) => ({
		before: cold ? () => forget(repository) : undefined,
		run: () => miglint(repository, cold ? [LINTED] : ["--cache", LINTED]),
	});
	const rows = [];

	if (CASES.has("1")) {
		rows.push(compare("one file, 10,000-file vs tiny repository, cold", "≤ 1.3", oneFile(large, true), oneFile(tiny, true)));
		rows.push(compare("one file, 10,000-file vs tiny repository, index warm", "≤ 1.1", oneFile(large, false), oneFile(tiny, false)));
	}
	if (CASES.has("2")) {
		const batch = writeLargeBatch(large, Number(values["large-batch-mb"]));
		rows.push(compare(`one file, with a ${values["large-batch-mb"]} MB batch elsewhere, cold`, "≤ 1.3", oneFile(large, true), oneFile(tiny, true)));
		rows.push(compare(`one file, with a ${values["large-batch-mb"]} MB batch elsewhere, index warm`, "≤ 1.1", oneFile(large, false), oneFile(tiny, false)));
		rmSync(batch);
	}
	const cached = { run: () => miglint(large, ["--cache", "--cache-location", BENCH_CACHE, "."]) };
	const cold = { before: () => forget(large), run: () => miglint(large, ["."]) };
	if (CASES.has("3")) {
		forget(large, { benchCache: true });
		cached.run();
		rows.push(compare("warm --cache, nothing changed, vs no cache", "≤ 0.10", cached, cold));
	}
	if (CASES.has("4")) {
		forget(large, { benchCache: true });
		cached.run();
		let edit = 0;
		const edited = path.join(large, batchName(2));
		const editOne = { before: () => appendFileSync(edited, `edited.${edit++}@contoso.com,Harbour-Lamp-${edit}!,False\r\n`), run: cached.run };
		rows.push(compare("--cache after editing one batch, vs no cache", "≤ 0.20", editOne, cold));
	}
	if (CASES.has("5")) {
		const shared = path.join(work, "shared");
		generateProject(shared, { files: Number(values.files), shared: true });
		rows.push(
			compare("every batch sharing addresses vs none", "≤ 1.2 (time and memory)", { before: () => forget(shared), run: () => miglint(shared, ["."]) }, cold),
		);
	}
	if (CASES.has("6")) {
		// The machine may be shared: the runs alternate, so both sides see the same load, and the medians are compared.
		const workers = { before: () => forget(large), run: () => miglint(large, ["--concurrency", "2", "."]) };
		rows.push(compare("2 worker threads vs none, whole repository", "≥ 1.5x faster, or auto never picks them", workers, cold));
	}
	process.stdout.write(`${JSON.stringify({ miglint: BINARY, files: Number(values.files), runs: RUNS, rows })}\n`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
