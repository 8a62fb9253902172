#!/usr/bin/env node
// Parses every .ps1/.psm1 file under the given directories with miglint's parser and with PowerShell's
// (through the oracle) and reports where they disagree: files one parser rejects and the other accepts,
// and the share of commands whose extraction differs in files both accept.
// Usage: pnpm bench:oracle [--list-commands] DIR...
import { relative } from "node:path";
import { parse } from "@miglint/powershell-parser";
import { compareViews, type Disagreement } from "./compare.js";
import { scriptFiles, readScript } from "./corpus-files.js";
import { knownDifferencesIn } from "./known-differences.js";
import { miglintView } from "./miglint-view.js";
import { findPowerShell, noPowerShellReason, PowerShellOracle } from "./powershell-oracle.js";

const args = process.argv.slice(2);
const listCommands = args.includes("--list-commands");
const roots = args.filter((arg) => !arg.startsWith("--"));
if (roots.length === 0) {
	console.error("usage: bench:oracle [--list-commands] DIR...");
	process.exit(2);
}
const pwsh = findPowerShell();
if (pwsh === null) {
	console.error(noPowerShellReason);
	process.exit(2);
}

const oracle = new PowerShellOracle(pwsh);
let files = 0;
let bothAccept = 0;
let commands = 0;
const errorDisagreements: { file: string; disagreement: Disagreement }[] = [];
const commandDisagreements: { file: string; disagreement: Disagreement }[] = [];
const exempted = new Map<string, number>();
try {
	for (const root of roots) {
		for (const path of scriptFiles(root)) {
			files++;
			const text = readScript(path);
			const theirs = await oracle.view(text);
			const ours = miglintView(text, parse(text));
			const file = `${relative(root, path)} (${root})`;
			for (const difference of knownDifferencesIn(text)) exempted.set(difference.name, (exempted.get(difference.name) ?? 0) + 1);
			for (const disagreement of compareViews(text, ours, theirs)) {
				(disagreement.kind === "errors" ? errorDisagreements : commandDisagreements).push({ file, disagreement });
			}
			if (ours.errors.length === 0 && theirs.errors.length === 0) {
				bothAccept++;
				commands += theirs.commands.length;
			}
		}
	}
} finally {
	await oracle.close();
}

for (const { file, disagreement } of errorDisagreements) console.log(`ERRORS ${file}: ${disagreement.detail}`);
if (listCommands) for (const { file, disagreement } of commandDisagreements) console.log(`COMMAND ${file}: ${disagreement.detail}`);
console.log(`files:                          ${files}`);
for (const [name, count] of exempted) console.log(`known difference applies:       ${count} (${name})`);
console.log(`error / no error disagreements: ${errorDisagreements.length}`);
console.log(`files both accept:              ${bothAccept}`);
console.log(`commands in them (PowerShell):  ${commands}`);
console.log(
	`commands extracted differently: ${commandDisagreements.length} (${commands === 0 ? "0" : ((100 * commandDisagreements.length) / commands).toFixed(3)}%)`,
);
