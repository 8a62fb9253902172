import { statSync } from "node:fs";
import { addressKey, csvTypes, diagnoseSmtpAddress, isDocumentedColumnName, normalizeColumnName, PositionalStringSet } from "@miglint/core";
import { parseCsv, parseCsvForLint, type CsvRows } from "@miglint/language-csv";
import type * as SettingsLanguage from "@miglint/language-settings";
import { FACT_KEYS } from "@miglint/language-settings/fact-keys";
import type { LanguageOfFile } from "./collect-project-facts.js";
import { decodedBytes, decodedText, headerOfHead } from "./batch-csv-files.js";
import { HEADER_BYTES, readProjectFile, readWholeFile } from "./read-project-file.js";
import { readManifest, type ManifestSummary } from "./module-manifests.js";

/**
 * What the project facts need of one file, small enough to keep in the
 * facts index between runs: a CSV file's header and the addresses of its
 * address columns, a script's migration batches and endpoints, a domain
 * export's domains. Files over miglint's size cap give their header only.
 */
export interface CsvSummary {
	kind: "csv";
	/** Null when the file cannot be read as CSV text. */
	header: string[] | null;
	/** For each unique (address) column of the header, normalised: each address (addressKey) and the first row it is on. */
	addresses: Record<string, AddressList>;
}

/**
 * Addresses with the first row each is on, as two values rather than a pair
 * per address (a 400,000-row batch would keep 400,000 small arrays): the
 * addresses joined by line breaks, which no SMTP address holds, and the rows.
 */
export interface AddressList {
	addresses: string;
	rows: number[];
}

/** Each address of a list with its row. */
export function forEachAddress(list: AddressList, visit: (address: string, row: number) => void): void {
	if (list.rows.length === 0) return;
	list.addresses.split("\n").forEach((address, index) => {
		visit(address, list.rows[index]!);
	});
}

export interface ScriptSummary {
	kind: "powershell";
	endpoints: { name: string; type: string; switches: string; line: number; column: number }[];
	batches: {
		line: number;
		column: number;
		type: { type: string; reason: string } | null;
		sourceEndpoint: string | null;
		csvFile: CsvFileReference | null;
	}[];
	/** The files its Move-CsUser calls read with -UserList. */
	userLists: { line: number; column: number; csvFile: CsvFileReference }[];
	/** Its New-CsBatchPolicyAssignmentOperation calls whose users are a column (as written) of a CSV file. */
	policyAssignments: { line: number; column: number; csvFile: CsvFileReference; usersColumn: string }[];
	/** For a .psd1 file that is a module manifest: the PowerShell it asks for. */
	manifest?: ManifestSummary;
}

/** A file path as a script writes it (see describePath in @miglint/rules-powershell). */
export interface CsvFileReference {
	base: "script" | "relative" | "absolute" | "unknown";
	path: string;
}

/**
 * The Skype for Business federation settings of one object or list of a settings file: the
 * tenant's (online), or the Access Edge configuration or an allowed or blocked domain list
 * (on premises). What the file does not tell is absent.
 */
export interface FederationSummary {
	side: "onPremises" | "online";
	allowFederatedUsers?: boolean | undefined;
	/** On premises: EnablePartnerDiscovery; online: open federation. */
	partnerDiscovery?: boolean | undefined;
	allowedDomains?: string[] | undefined;
	blockedDomains?: string[] | undefined;
}

export interface SettingsSummary {
	kind: "settings";
	domains: { name: string; authentication: string; line: number; column: number }[];
	federation: FederationSummary[];
}

export type FileSummary = CsvSummary | ScriptSummary | SettingsSummary;

/** The columns whose values are addresses each batch lists once. */
const UNIQUE_COLUMNS = new Set(csvTypes.flatMap((type) => type.columns.filter((column) => column.unique).map((column) => normalizeColumnName(column.name))));

/** Addresses joined a chunk at a time: an array of every address would keep a string object per row until the end. */
const JOINED_CHUNK = 4096;

/**
 * The distinct addresses of a column, with the first row of each (a set that keeps no string per address: see
 * PositionalStringSet). Only addresses of rows whose fields are in place: a misplaced field may be a password.
 */
function addressList(rows: CsvRows, column: number, headerFieldCount: number | undefined): AddressList {
	const seen = new PositionalStringSet((position) => addressKey(rows.at(position)!.value(column)!));
	const firstRows: number[] = [];
	const joined: string[] = [];
	let chunk: string[] = [];
	let position = 0;
	for (const row of rows) {
		const value = row.fieldCount === headerFieldCount ? (row.value(column) ?? "") : "";
		if (value !== "" && diagnoseSmtpAddress(value) === null) {
			const key = addressKey(value);
			if (seen.add(key, position) === position) {
				firstRows.push(row.rowNumber);
				chunk.push(key);
				if (chunk.length === JOINED_CHUNK) {
					joined.push(chunk.join("\n"));
					chunk = [];
				}
			}
		}
		position++;
	}
	if (chunk.length > 0) joined.push(chunk.join("\n"));
	return { addresses: joined.join("\n"), rows: firstRows };
}

/**
 * A file about to be linted is parsed for the language too
 * (parseCsvForLint): a large batch is parsed once per run. Without
 * `readAddresses`, only the header is read. A file shorter than the bytes its
 * header is read from is parsed once, for its header and its addresses alike.
 */
function summarizeCsv(file: string, legacyEncoding: string | null, linted: boolean, readAddresses: boolean): CsvSummary {
	const parse = (text: string) => (linted ? parseCsvForLint(file, text) : parseCsv(text));
	const addressColumns = (header: readonly string[] | null) =>
		(readAddresses ? (header ?? []) : []).flatMap((name, index) =>
			UNIQUE_COLUMNS.has(normalizeColumnName(name)) ? [[normalizeColumnName(name), index] as const] : [],
		);
	// A file longer than its head: the header its head gives (readProjectFile asks whether the rest is wanted).
	let headHeader = null as readonly string[] | null;
	const read = readProjectFile(file, (head) => {
		headHeader = headerOfHead(head, legacyEncoding);
		return addressColumns(headHeader).length > 0;
	});
	const short = read !== null && read.head.length < HEADER_BYTES;
	const text = read?.whole ? decodedBytes(read.whole, legacyEncoding) : null;
	const parsed = text === null ? null : parse(text);
	const header = short ? (parsed?.ok ? (parsed.document.header?.names ?? null) : null) : headHeader;
	const addresses: CsvSummary["addresses"] = {};
	if (parsed?.ok) {
		for (const [column, index] of addressColumns(header)) {
			// A header that repeats the column: the first one is the address, as in the CSV rules.
			if (addresses[column]) continue;
			addresses[column] = addressList(parsed.document.rows, index, parsed.document.header?.fieldCount);
		}
	}
	// The index is written to disk: a header name that is not a documented column may be a data cell (a lost line
	// break, a header-less batch), a password among them, and only documented names count for the facts.
	return { kind: "csv", header: header ? header.map((name) => (isDocumentedColumnName(name) ? name : "")) : null, addresses };
}

/**
 * Only scripts that create batches or endpoints, move users from a list or assign policies in batches, and module
 * manifests, are parsed: parsing every script of a repository would slow a pre-commit hook.
 */
const FEEDS_FACTS = /New-Migration(Batch|Endpoint)|Move-CsUser|New-CsBatchPolicyAssignmentOperation/iu;
const DATA_FILE = /\.psd1$/iu;

/** One language for every script the facts parse (loaded with the first). */
let powerShell: Promise<import("@miglint/language-powershell").PowerShellLanguage> | undefined;

/** A script's source code; null when it does not parse (linting reports it): its recovered tree could tell wrong facts. */
async function parsedScript(file: string, bytes: Buffer) {
	powerShell ??= import("@miglint/language-powershell").then(({ PowerShellLanguage }) => new PowerShellLanguage());
	const language = await powerShell;
	const source = { path: file, physicalPath: file, body: new Uint8Array(bytes) };
	const result = language.parse(source as never);
	if (!result.ok) return null;
	const sourceCode = language.createSourceCode(source as never, result);
	return sourceCode.syntaxError ? null : sourceCode;
}

/**
 * What a run that keeps no index wants of the files it does not lint
 * (collectProjectFacts's onlyForLinted); the summary of a file it does not
 * want is empty. Without it, every file is summarized in full.
 */
export interface SummaryNeeds {
	/** Whether a script that may feed the facts is parsed, from its text (bytes read as Latin-1, NULs left out). */
	script(text: string): boolean;
	/** Whether module manifests are read (only scripts use them). */
	manifests: boolean;
}

async function summarizeScript(file: string, needs: SummaryNeeds | undefined): Promise<ScriptSummary> {
	const none: ScriptSummary = { kind: "powershell", endpoints: [], batches: [], userLists: [], policyAssignments: [] };
	if (needs && !needs.manifests && DATA_FILE.test(file)) return none;
	const bytes = readWholeFile(file);
	if (bytes === null) return none;
	if (DATA_FILE.test(file)) {
		const sourceCode = await parsedScript(file, bytes);
		const manifest = sourceCode && readManifest(sourceCode.ast);
		return manifest ? { ...none, manifest } : none;
	}
	// A UTF-16 script has NULs between the letters.
	const text = bytes.toString("latin1").replaceAll("\0", "");
	if (!FEEDS_FACTS.test(text) || (needs && !needs.script(text))) return none;
	const [sourceCode, { createdEndpoints, migrationBatches, policyAssignmentsFromCsv, userListFiles }] = await Promise.all([
		parsedScript(file, bytes),
		import("@miglint/rules-powershell/migration-batches"),
	]);
	if (!sourceCode) return none;
	return {
		kind: "powershell",
		endpoints: createdEndpoints(sourceCode).map(({ name, command, type, switches }) => ({
			name,
			type,
			switches,
			line: command.node.loc.start.line,
			column: command.node.loc.start.column + 1,
		})),
		batches: migrationBatches(sourceCode).map(({ command, type, sourceEndpoint, csvFile }) => ({
			line: command.node.loc.start.line,
			column: command.node.loc.start.column + 1,
			type,
			sourceEndpoint,
			csvFile: csvFile && { base: csvFile.base, path: csvFile.path },
		})),
		userLists: userListFiles(sourceCode).map(({ command, path }) => ({
			line: command.node.loc.start.line,
			column: command.node.loc.start.column + 1,
			csvFile: { base: path.base, path: path.path },
		})),
		policyAssignments: policyAssignmentsFromCsv(sourceCode).map(({ command, path, column }) => ({
			line: command.node.loc.start.line,
			column: command.node.loc.start.column + 1,
			csvFile: { base: path.base, path: path.path },
			usersColumn: column,
		})),
	};
}

/** Only settings that hold one of the keys the facts read are parsed (most settings exports hold none). */
const MAY_HOLD_FACTS = new RegExp(FACT_KEYS.join("|"), "iu");

const domainNames = (domains: readonly { name: string }[] | undefined) => domains?.map(({ name }) => name);

/** The federation settings of a settings document, each object or list on its own: the facts join them. */
function federationSummaries(settings: SettingsLanguage.RecognisedSettings | null, accessors: typeof SettingsLanguage): FederationSummary[] {
	const online = accessors
		.tenantFederationEntries(settings)
		.map(({ allowFederatedUsers, openFederation, allowedDomains, blockedDomains }): FederationSummary => ({
			side: "online",
			allowFederatedUsers: allowFederatedUsers?.value,
			partnerDiscovery: openFederation?.value,
			allowedDomains: domainNames(allowedDomains),
			blockedDomains: domainNames(blockedDomains),
		}));
	const accessEdge = accessors.accessEdgeEntries(settings).map(({ allowFederatedUsers, enablePartnerDiscovery }): FederationSummary => ({
		side: "onPremises",
		allowFederatedUsers: allowFederatedUsers?.value,
		partnerDiscovery: enablePartnerDiscovery?.value,
	}));
	const allowed = domainNames(accessors.onPremisesFederationDomains(settings, "allowed-federation-domains"));
	const blocked = domainNames(accessors.onPremisesFederationDomains(settings, "blocked-federation-domains"));
	return [
		...online,
		...accessEdge,
		...(allowed ? [{ side: "onPremises", allowedDomains: allowed } as const] : []),
		...(blocked ? [{ side: "onPremises", blockedDomains: blocked } as const] : []),
	];
}

async function summarizeSettings(file: string): Promise<SettingsSummary> {
	const none: SettingsSummary = { kind: "settings", domains: [], federation: [] };
	const text = decodedText(file, null);
	if (text === null || !MAY_HOLD_FACTS.test(text)) return none;
	const accessors = await import("@miglint/language-settings");
	const parsed = accessors.parseSettingsText(text, file);
	if (!parsed.ok) return none;
	return {
		kind: "settings",
		domains: accessors
			.domainEntries(parsed.settings)
			.flatMap(({ name, authentication, authenticationNode }) =>
				name === undefined || authentication === undefined || authenticationNode === undefined
					? []
					: [{ name, authentication, line: authenticationNode.loc.start.line, column: authenticationNode.loc.start.column + 1 }],
			),
		federation: federationSummaries(parsed.settings, accessors),
	};
}

/** What identifies a file's content without reading it: its size and modification time (a summary is reused while both stay the same); null when it cannot be stat'ed. */
export type FileStamp = string | null;

/** What a file's stat tells of it: its size and modification time. */
export interface FileStats {
	size: number;
	mtimeMs: number;
}

/**
 * The stamps of the files of a language the facts read, for summarizeFiles (and to tell whether any changed); a
 * file `known` has (the run stat'ed it already) is not stat'ed again.
 */
export function fileStamps(files: readonly string[], languageOf: LanguageOfFile, known?: ReadonlyMap<string, FileStats>): Map<string, FileStamp> {
	return new Map(
		files.flatMap((file) => {
			if (!languageOf(file)) return [];
			const stats = known?.get(file);
			return [[file, stats ? stampOf(stats) : stamp(file)] as const];
		}),
	);
}

function stampOf({ size, mtimeMs }: FileStats): string {
	return `${size}:${mtimeMs}`;
}

function stamp(file: string): FileStamp {
	try {
		return stampOf(statSync(file));
	} catch {
		return null;
	}
}

/** The summaries of the project's files, and which files had to be read for them. */
export interface Summaries {
	of: ReadonlyMap<string, FileSummary>;
	/** The files read (not taken from the index), in order. */
	read: string[];
	/** The index entries, to keep for the next run: file → [stamp, summary]. */
	entries: Record<string, [string, FileSummary]>;
}

/** How summarizeFiles reads a project's files. */
export interface SummaryOptions {
	languageOf: LanguageOfFile;
	legacyEncoding: string | null;
	/** The previous run's index entries. */
	previous: Readonly<Record<string, [string, FileSummary]>>;
	/** The CSV files about to be linted: they keep their parse for the language. */
	linted: ReadonlySet<string>;
	/** What a run that keeps no index wants of the other files; without it, every file is summarized in full. */
	needs?: SummaryNeeds | undefined;
	/**
	 * Whether CSV summaries have their addresses; without them (a run that keeps no index and has no other CSV
	 * file to find them in), the header only: not even a linted batch is read in full.
	 */
	addresses: boolean;
	/** Whether the summaries are kept as index entries: every file is stamped then. */
	keep: boolean;
	/** The stamps fileStamps took already this run. */
	stamps?: ReadonlyMap<string, FileStamp> | undefined;
}

/**
 * The summary of each file of a language the facts read, taken from the
 * previous run's entries while a file's size and modification time stay the
 * same, read again otherwise.
 */
export async function summarizeFiles(
	files: readonly string[],
	{ languageOf, legacyEncoding, previous, linted, needs, addresses, keep, stamps }: SummaryOptions,
): Promise<Summaries> {
	const of = new Map<string, FileSummary>();
	const read: string[] = [];
	const entries: Summaries["entries"] = {};
	for (const file of files) {
		const language = languageOf(file);
		if (!language) continue;
		// A run that keeps no index stamps only files the previous index has: their stamps tell whether it still holds.
		const current = stamps?.has(file) ? (stamps.get(file) ?? null) : keep || previous[file] ? stamp(file) : null;
		const kept = previous[file];
		let summary: FileSummary;
		if (current !== null && kept && kept[0] === current && kept[1].kind === language) {
			summary = kept[1];
		} else {
			read.push(file);
			summary =
				language === "csv"
					? summarizeCsv(file, legacyEncoding, linted.has(file), addresses)
					: language === "powershell"
						? await summarizeScript(file, linted.has(file) ? undefined : needs)
						: await summarizeSettings(file);
		}
		of.set(file, summary);
		if (current !== null) entries[file] = [current, summary];
	}
	return { of, read, entries };
}
