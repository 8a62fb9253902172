import path from "node:path";
import { createRequire } from "node:module";
import type Picomatch from "picomatch";
import { relativePath, type MiglintConfig, type RuleEntry, type ScriptBatch } from "@miglint/core";
import { crossBatchDuplicates, csvTypeFacts, mayListAddressTest, type CsvTypeFact, type DuplicateFact } from "./batch-csv-files.js";
import { ssoFromDomainExports, type SsoFact } from "./domain-exports.js";
import { federationFromExports, type FederationFact } from "./federation-exports.js";
import {
	fileStamps,
	forEachAddress,
	summarizeFiles,
	type FileStamp,
	type FileStats,
	type FileSummary,
	type Summaries,
	type SummaryNeeds,
} from "./file-summaries.js";
import { coreOnlyModules, type ModuleFact } from "./module-manifests.js";
import { scriptBatches, type BatchFact } from "./script-batches.js";
import { scriptUserLists, type UserListFact } from "./user-lists.js";
import { scriptPolicyAssignments, type PolicyAssignmentFact } from "./policy-assignments.js";

/** Everything miglint derives from the whole project before linting, with where each fact comes from. */
export interface ProjectFactsReport {
	/** The directory searched: the configuration's, or the one holding the linted paths. */
	root: string;
	/** Single sign-on, from domain exports; null when the project has none. */
	sso: SsoFact | null;
	/** Skype for Business federation on premises and online, from their exports; null unless the project has both sides'. */
	federation: FederationFact | null;
	batches: BatchFact[];
	/** The files scripts pass to Move-CsUser -UserList. */
	userLists: UserListFact[];
	/** Batch policy assignments whose users are a column of a project CSV file, with how many. */
	policyAssignments: PolicyAssignmentFact[];
	csvTypes: CsvTypeFact[];
	duplicates: DuplicateFact[];
	/** The modules whose manifest asks for PowerShell 7, with their scripts. */
	modules: ModuleFact[];
}

/** The language that lints a file (eslint-plugin-miglint's languageOfFile): the facts read CSV files, scripts and settings. */
export type LanguageOfFile = (file: string) => "csv" | "powershell" | "settings" | undefined;

/** The CSV type of the files scripts pass to Move-CsUser -UserList. */
const USER_LIST = "skype-user-list";

/** The only rule that needs every batch file's addresses: reading them is skipped when it is off. */
const ACROSS_BATCHES = "miglint/csv-unique-email-across-batches";

function isOff(entry: RuleEntry | undefined): boolean {
	const severity = Array.isArray(entry) ? entry[0] : entry;
	return severity === "off" || severity === 0;
}

/**
 * Derives the facts no single file holds from the summaries of the project's
 * files: SSO from domain exports, federation on both sides of a Skype for
 * Business hybrid deployment, the batches scripts create and the CSV
 * files they read, the user lists scripts pass to Move-CsUser, each CSV
 * file's type, mailboxes in two batch files, the modules whose manifest asks
 * for PowerShell 7. A file
 * is read only when the previous run's index has no summary of its current
 * content (see summarizeFiles); the summaries are returned, to keep.
 *
 * `onlyForLinted`: the facts of the linted files are all that is wanted, and
 * the summaries are not kept (they are incomplete). A CSV file that is not
 * linted is then summarized only when it may list an address of a linted
 * batch (mayListAddressTest), and a script only when it may tell the type
 * of the linted batches or of those (scriptsFeeding): the linted files get
 * the facts a complete reading gives, and the other batches and scripts of
 * a repository are read but not parsed. The report's other CSV files then
 * read "no header".
 */
export async function collectProjectFacts(
	root: string,
	projectFiles: readonly string[],
	lintedFiles: readonly string[],
	config: MiglintConfig,
	languageOfFile: LanguageOfFile,
	previousIndex: Readonly<Record<string, [string, FileSummary]>> = {},
	onlyForLinted = false,
): Promise<{ report: ProjectFactsReport; summaries: Summaries }> {
	const { summaries, derive } = await summarizeProject(root, projectFiles, lintedFiles, config, languageOfFile, previousIndex, onlyForLinted);
	return { report: await derive(), summaries };
}

/**
 * collectProjectFacts in two steps: the summaries of the project's files, then
 * (`derive`) the facts from them, which a run whose cached results all stand
 * (the project unchanged since they were linted) need not derive. `stamps`:
 * the files' stamps, when projectFileStamps took them already this run.
 */
export async function summarizeProject(
	root: string,
	projectFiles: readonly string[],
	lintedFiles: readonly string[],
	config: MiglintConfig,
	languageOfFile: LanguageOfFile,
	previousIndex: Readonly<Record<string, [string, FileSummary]>> = {},
	onlyForLinted = false,
	stamps?: ReadonlyMap<string, FileStamp>,
): Promise<{ summaries: Summaries; derive: () => Promise<ProjectFactsReport> }> {
	const { configuredType, kindOf } = kindsOf(config, languageOfFile);
	const linted = new Set(lintedFiles);
	const acrossBatches = !(
		isOff(config.rules[ACROSS_BATCHES]) && config.overrides.every((override) => !(ACROSS_BATCHES in override.rules) || isOff(override.rules[ACROSS_BATCHES]))
	);
	const csvFiles = projectFiles.filter((file) => kindOf(file) === "csv");
	const summarize = (files: readonly string[], needs?: SummaryNeeds, addresses?: boolean) =>
		summarizeFiles(files, {
			languageOf: kindOf,
			legacyEncoding: config.csvLegacyEncoding,
			previous: previousIndex,
			linted,
			needs,
			addresses: addresses ?? true,
			keep: !onlyForLinted,
			stamps,
		});
	let summaries: Summaries;
	if (onlyForLinted) {
		// The linted files first: which other files matter depends on them. A linted batch's addresses serve only to find
		// them in another CSV file: without one, the facts read its header alone, and the language parses it (once).
		const addresses = acrossBatches && csvFiles.length > 1;
		summaries = await summarize(
			projectFiles.filter((file) => linted.has(file)),
			undefined,
			addresses,
		);
		const sharing = acrossBatches ? csvFiles.filter(batchesSharingAddresses(lintedFiles, summaries.of, linted, config.csvLegacyEncoding)) : [];
		summaries = mergeSummaries(summaries, await summarize(sharing));
		const lintsScripts = lintedFiles.some((file) => kindOf(file) === "powershell");
		const typed = [...lintedFiles.filter((file) => kindOf(file) === "csv"), ...sharing];
		const needs = { script: scriptsFeeding(typed, lintsScripts, Object.keys(config.csvSources).length > 0), manifests: lintsScripts };
		summaries = mergeSummaries(
			summaries,
			await summarize(
				projectFiles.filter((file) => kindOf(file) !== "csv" && !linted.has(file)),
				needs,
			),
		);
	} else {
		summaries = await summarize(projectFiles);
	}
	const of = summaries.of;
	const sources = absoluteSources(config);
	const derive = async (): Promise<ProjectFactsReport> => {
		const scripts = projectFiles.filter((file) => kindOf(file) === "powershell");
		const settingsFiles = projectFiles.filter((file) => kindOf(file) === "settings");

		const batches = await scriptBatches(root, scripts, of, csvFiles, sources);
		const userLists = await scriptUserLists(scripts, of, csvFiles, sources);
		const scriptTypes = new Map<string, ScriptBatch>();
		for (const batch of batches) {
			if (batch.csvFile && batch.type && !scriptTypes.has(batch.csvFile)) {
				scriptTypes.set(batch.csvFile, { type: batch.type, script: `${relativePath(root, batch.script)}:${batch.line}:${batch.column}` });
			}
		}
		for (const list of userLists) {
			if (list.file && !scriptTypes.has(list.file)) {
				scriptTypes.set(list.file, { type: USER_LIST, script: `${relativePath(root, list.script)}:${list.line}:${list.column}` });
			}
		}
		const csvTypes = csvTypeFacts(csvFiles, configuredType, scriptTypes, of, new Set(Object.values(sources)), config.csvAllFiles);
		return {
			root,
			sso: ssoFromDomainExports(settingsFiles, of, root),
			federation: federationFromExports(settingsFiles, of, root),
			batches,
			userLists,
			policyAssignments: await scriptPolicyAssignments(root, scripts, of, csvFiles, sources, config.csvLegacyEncoding),
			csvTypes,
			duplicates: acrossBatches ? crossBatchDuplicates(csvTypes, linted, of) : [],
			modules: coreOnlyModules(scripts, of, root),
		};
	};
	return { summaries, derive };
}

const picomatch = (): typeof Picomatch => createRequire(import.meta.url)("picomatch") as typeof Picomatch;

/** The kind of each file for the facts: its language, or CSV when csv.types maps it (the last matching entry wins, as in the ESLint configuration). */
function kindsOf(config: MiglintConfig, languageOfFile: LanguageOfFile) {
	// picomatch is loaded only for a configuration with csv.types: a pre-commit run pays for every module it loads.
	const typeGlobs = Object.entries(config.csvTypes).map(([glob, type]) => [picomatch()(glob, { dot: true }), type] as const);
	const configuredType = (file: string) => typeGlobs.findLast(([matches]) => matches(relativePath(config.directory, file)))?.[1];
	// Asked of each file several times: a repository has thousands.
	const kinds = new Map<string, ReturnType<LanguageOfFile>>();
	const kindOf = (file: string) => {
		if (!kinds.has(file)) kinds.set(file, configuredType(file) !== undefined ? "csv" : languageOfFile(file));
		return kinds.get(file);
	};
	return { configuredType, kindOf };
}

/**
 * The stamps (size and modification time) of the project's files the facts read: when none changed, neither did the
 * facts. `known`: what the run already knows of some files' stats (their stamps are made from it).
 */
export function projectFileStamps(
	projectFiles: readonly string[],
	config: MiglintConfig,
	languageOfFile: LanguageOfFile,
	known?: ReadonlyMap<string, FileStats>,
): Map<string, FileStamp> {
	return fileStamps(projectFiles, kindsOf(config, languageOfFile).kindOf, known);
}

/** Which CSV files that are not linted may list an address of a linted batch (any, when the addresses cannot be told). */
function batchesSharingAddresses(
	lintedFiles: readonly string[],
	summaries: ReadonlyMap<string, FileSummary>,
	linted: ReadonlySet<string>,
	legacyEncoding: string | null,
): (file: string) => boolean {
	const addresses = new Set<string>();
	for (const file of lintedFiles) {
		const summary = summaries.get(file);
		if (summary?.kind === "csv") for (const list of Object.values(summary.addresses)) forEachAddress(list, (address) => addresses.add(address));
	}
	if (addresses.size === 0) return () => false;
	const mayList = mayListAddressTest(addresses, legacyEncoding);
	return (file) => !linted.has(file) && (mayList?.(file) ?? true);
}

/** More CSV file names than this, and every script that creates batches is parsed: testing each name would cost more. */
const MOST_NAMES_TESTED = 64;

/**
 * Which scripts can tell the facts of the linted files: those that create an
 * endpoint (a batch of another script takes its type from it) when a linted
 * script or CSV file can need it, and those that may name one of the CSV
 * files whose type is wanted. A script names a file with a path whose text
 * holds its name (pathReferenceOf in @miglint/rules-powershell follows
 * string constants, "$PSScriptRoot\…", Join-Path and `+`): the name is looked
 * for in the script's lower-cased text less its escapes (a backtick, a
 * doubled quote); a script with a `+` may build the name from pieces. Every
 * such script is parsed when csv.sources maps paths (a path may map to any
 * file) or a name is not plain ASCII.
 */
function scriptsFeeding(csvFiles: readonly string[], lintsScripts: boolean, mapsSources: boolean): SummaryNeeds["script"] {
	const names = [...new Set(csvFiles.map((file) => path.basename(file).toLowerCase()))];
	const needsEndpoints = lintsScripts || names.length > 0;
	if (mapsSources || names.length > MOST_NAMES_TESTED || names.some((name) => /[^\x20-\x7e]|['"`]/u.test(name))) return () => true;
	return (text) => {
		if (needsEndpoints && /New-MigrationEndpoint/iu.test(text)) return true;
		if (names.length === 0) return false;
		if (text.includes("+")) return true;
		const plain = text.toLowerCase().replaceAll("`", "").replaceAll("''", "'");
		return names.some((name) => plain.includes(name));
	};
}

function mergeSummaries(first: Summaries, second: Summaries): Summaries {
	return { of: new Map([...first.of, ...second.of]), read: [...first.read, ...second.read], entries: { ...first.entries, ...second.entries } };
}

/** csv.sources with the files made absolute (they are relative to the configuration file). */
export function absoluteSources(config: MiglintConfig): Record<string, string> {
	return Object.fromEntries(Object.entries(config.csvSources).map(([written, file]) => [written, path.resolve(config.directory, file)]));
}
