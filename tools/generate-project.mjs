// A migration repository of any size, the same for the same seed, for `pnpm bench:project`:
// batch CSVs (staged), scripts (some create batches from those CSVs through -CSVData),
// tenant settings (a domain export among them) and files miglint does not lint.
//
//   node tools/generate-project.mjs <directory> [--files 10000] [--seed 1] [--shared] [--large-batch-mb 85]
//
// --shared: every batch lists some addresses of the batch before it (cross-batch duplicates everywhere).
// --large-batch-mb: one batch that large elsewhere in the repository (over miglint's size cap).
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { seededRandom } from "./seeded-random.mjs";

/** The share of each kind of file: batches, scripts, settings; the rest are files miglint does not lint. */
const MIX = { batches: 0.3, scripts: 0.3, settings: 0.1 };
const ROWS_PER_BATCH = 20;
/** A repository that uses miglint has its configuration at the root: that makes the root the project, whatever is linted. */
export const CONFIG_FILE = "miglint.config.yaml";
export const CONFIG = "migration:\n  domains:\n    onPremises: [contoso.com, fabrikam.com]\n";
/** One script in ten creates a batch. */
const BATCH_SCRIPT_EVERY = 10;

export function batchName(index) {
	return `batches/wave-${String(index).padStart(5, "0")}.csv`;
}

function address(batch, row) {
	return `user.${batch}.${row}@contoso.com`;
}

function batchText(index, next, shared) {
	const rows = ["EmailAddress,Password,ForceChangePassword"];
	for (let row = 0; row < ROWS_PER_BATCH; row++) {
		// Shared: the first two rows repeat addresses of the batch before.
		const owner = shared && index > 0 && row < 2 ? index - 1 : index;
		rows.push(`${address(owner, shared && index > 0 && row < 2 ? row + 2 : row)},Harbour-${Math.floor(next() * 1e9)}-Lamp!,False`);
	}
	return `${rows.join("\r\n")}\r\n`;
}

function scriptText(index, batches) {
	const lines = [
		"#Requires -Modules ExchangeOnlineManagement",
		"[CmdletBinding()]",
		"param([Parameter(Mandatory)] [string] $AdminUpn)",
		"",
		"$ErrorActionPreference = 'Stop'",
		"Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ShowBanner:$false",
		"try {",
	];
	if (index % BATCH_SCRIPT_EVERY === 0 && batches > 0) {
		const batch = batchName(index % batches).replaceAll("/", "\\");
		lines.push("    $endpoint = Get-MigrationEndpoint -Identity 'Contoso Exchange 2007'");
		lines.push(`    $csv = [System.IO.File]::ReadAllBytes((Join-Path $PSScriptRoot '..\\${batch}'))`);
		lines.push(`    New-MigrationBatch -Name 'Wave-${index}' -SourceEndpoint $endpoint.Identity -CSVData $csv -AutoStart`);
	} else {
		lines.push(`    Get-Mailbox -ResultSize 100 -Filter "CustomAttribute1 -eq 'wave${index}'" | Select-Object PrimarySmtpAddress, RecipientTypeDetails`);
	}
	lines.push("}", "finally {", "    Disconnect-ExchangeOnline -Confirm:$false", "}");
	return `${lines.join("\r\n")}\r\n`;
}

function settingsText(index) {
	if (index === 0) {
		const domains = [
			{ Id: "contoso.com", IsDefault: true, AuthenticationType: "Federated", IsVerified: true },
			{ Id: "fabrikam.com", IsDefault: false, AuthenticationType: "Managed", IsVerified: true },
		];
		return { file: "settings/domains.json", text: `${JSON.stringify(domains, null, 2)}\n` };
	}
	return index % 2
		? {
				file: `settings/transport-${index}.json`,
				text: `${JSON.stringify({ Identity: `Rule ${index}`, Priority: index % 10, Mode: "Enforce", SentToScope: "InOrganization" }, null, 2)}\n`,
			}
		: {
				file: `settings/accepted-${index}.yaml`,
				text: `Name: domain${index}.contoso.com\nDomainName: domain${index}.contoso.com\nDomainType: Authoritative\n`,
			};
}

function unrelatedText(index, next) {
	const kinds = [
		[`docs/note-${index}.md`, `# Wave ${index}\n\nChecklist item ${Math.floor(next() * 1000)}.\n`],
		[`tools/helper-${index}.js`, `export const wave = ${index};\n`],
		[`logs/run-${index}.txt`, `run ${index} finished at step ${Math.floor(next() * 100)}\n`],
	];
	return kinds[index % kinds.length];
}

function write(root, file, text) {
	const full = path.join(root, file);
	mkdirSync(path.dirname(full), { recursive: true });
	writeFileSync(full, text);
}

/** A batch of about `megabytes` MB, written in chunks, under a folder of its own. */
export function writeLargeBatch(root, megabytes, file = "archive/everyone.csv") {
	const full = path.join(root, file);
	mkdirSync(path.dirname(full), { recursive: true });
	const descriptor = openSync(full, "w");
	try {
		writeSync(descriptor, "EmailAddress,Password,ForceChangePassword\r\n");
		const target = megabytes * 1024 * 1024;
		for (let written = 0, row = 0; written < target;) {
			const chunk = [];
			for (let line = 0; line < 10_000; line++, row++) chunk.push(`everyone.${row}@contoso.com,Harbour-${row}-Lamp!,False`);
			const text = `${chunk.join("\r\n")}\r\n`;
			writeSync(descriptor, text);
			written += text.length;
		}
	} finally {
		closeSync(descriptor);
	}
	return full;
}

/** Writes the repository; returns the number of files of each kind. */
export function generateProject(root, { files = 10_000, seed = 1, shared = false, largeBatchMb = 0 } = {}) {
	const next = seededRandom(seed);
	write(root, CONFIG_FILE, CONFIG);
	const counts = { batches: Math.floor(files * MIX.batches), scripts: Math.floor(files * MIX.scripts), settings: Math.floor(files * MIX.settings) };
	counts.unrelated = files - counts.batches - counts.scripts - counts.settings;
	for (let index = 0; index < counts.batches; index++) write(root, batchName(index), batchText(index, next, shared));
	for (let index = 0; index < counts.scripts; index++) write(root, `scripts/wave-${String(index).padStart(5, "0")}.ps1`, scriptText(index, counts.batches));
	for (let index = 0; index < counts.settings; index++) {
		const { file, text } = settingsText(index);
		write(root, file, text);
	}
	for (let index = 0; index < counts.unrelated; index++) write(root, ...unrelatedText(index, next));
	if (largeBatchMb > 0) writeLargeBatch(root, largeBatchMb);
	return counts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			files: { type: "string", default: "10000" },
			seed: { type: "string", default: "1" },
			shared: { type: "boolean", default: false },
			"large-batch-mb": { type: "string", default: "0" },
		},
	});
	if (positionals.length !== 1) {
		process.stderr.write("usage: node tools/generate-project.mjs <directory> [--files 10000] [--seed 1] [--shared] [--large-batch-mb 85]\n");
		process.exit(2);
	}
	const counts = generateProject(path.resolve(positionals[0]), {
		files: Number(values.files),
		seed: Number(values.seed),
		shared: values.shared,
		largeBatchMb: Number(values["large-batch-mb"]),
	});
	process.stdout.write(`${JSON.stringify(counts)}\n`);
}
