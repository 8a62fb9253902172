// pnpm bench:precision: how many findings on real repositories are worth
// reading. Lints each folder given (public corpora, extracted beforehand; see
// docs/precision.md) with the `miglint` command and its default configuration,
// then draws a seeded random sample of findings per rule and prints each one
// with its file:line, message and source line, for a person to read and mark
// true or false. The same seed and folders give the same sample.
//
//   node tools/bench-precision.mjs [--seed 14] [--per-rule 15] [--rule ps-session-cleanup] [--miglint packages/cli/bin/miglint.js] DIR...
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { linted } from "./lint-status.mjs";
import { seededRandom } from "./seeded-random.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		miglint: { type: "string", default: path.join(ROOT, "packages/cli/bin/miglint.js") },
		seed: { type: "string", default: "14" },
		"per-rule": { type: "string", default: "15" },
		rule: { type: "string", multiple: true, default: [] },
	},
});
if (positionals.length === 0) {
	console.error("usage: pnpm bench:precision [--seed N] [--per-rule N] [--rule ID]... DIR...");
	process.exit(2);
}
const PER_RULE = Number(values["per-rule"]);
const ONLY_RULES = new Set(values.rule.map((id) => id.replace(/^miglint\//u, "")));

/** The first `count` elements of a Fisher-Yates shuffle of `items`. */
function sample(items, count, next) {
	const copy = [...items];
	for (let index = 0; index < Math.min(count, copy.length); index++) {
		const other = index + Math.floor(next() * (copy.length - index));
		[copy[index], copy[other]] = [copy[other], copy[index]];
	}
	return copy.slice(0, count);
}

/** The findings of one folder, linted as its own project. */
function lint(folder) {
	const run = spawnSync(process.execPath, [path.resolve(values.miglint), "--format", "json", "."], { cwd: folder, encoding: "utf8", maxBuffer: 1 << 30 });
	if (!linted(run)) throw new Error(`miglint in ${folder} exited with ${run.status}: ${run.stderr}`);
	const findings = [];
	for (const result of JSON.parse(run.stdout)) {
		for (const message of result.messages) {
			findings.push({ folder, file: result.filePath, rule: (message.ruleId ?? "(parse error)").replace(/^miglint\//u, ""), ...message });
		}
	}
	return findings;
}

/**
 * The source line of a finding, for reading. CSV lines are never printed (a
 * cell may be a password), and the reported range of a finding about a secret
 * is masked.
 */
function sourceLine(finding) {
	if (/\.csv$/iu.test(finding.file)) return "(CSV line not shown)";
	const line = readFileSync(finding.file, "utf8").split(/\r?\n/u)[finding.line - 1] ?? "";
	if (!/secret|password|credential/iu.test(finding.rule)) return line.trim();
	const end = finding.endLine === finding.line ? finding.endColumn - 1 : line.length;
	return `${line.slice(0, finding.column - 1)}${"*".repeat(Math.max(end - finding.column + 1, 0))}${line.slice(end)}`.trim();
}

// Through `pnpm bench:precision`, relative folders are relative to where pnpm was started.
const base = process.env.INIT_CWD ?? process.cwd();
const findings = positionals.flatMap((folder) => lint(path.resolve(base, folder)));
const byRule = new Map();
for (const finding of findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
/** A generator per rule, so that one rule's sample does not change when another rule's findings do. */
const randomFor = (rule) =>
	seededRandom([...rule].reduce((hash, character) => Math.imul(hash ^ character.charCodeAt(0), 16777619) >>> 0, Number(values.seed) ^ 2166136261));
const rows = [];
for (const rule of [...byRule.keys()].sort()) {
	if (ONLY_RULES.size > 0 && !ONLY_RULES.has(rule)) continue;
	const all = byRule.get(rule);
	const drawn = sample(all, PER_RULE, randomFor(rule)).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
	rows.push({ rule, findings: all.length, sampled: drawn.length });
	console.log(`\n## ${rule}: ${drawn.length} of ${all.length}\n`);
	drawn.forEach((finding, index) => {
		const where = `${path.relative(base, finding.file)}:${finding.line}:${finding.column}`;
		console.log(`${index + 1}. ${where}\n   ${finding.message}\n   > ${sourceLine(finding)}`);
	});
}
console.log("\n| rule | findings | sampled | true | precision |\n|---|---|---|---|---|");
for (const row of rows) console.log(`| ${row.rule} | ${row.findings} | ${row.sampled} | | |`);
