import path from "node:path";
import picomatch from "picomatch";
import { relativePath, type MiglintConfig, type RuleEntry, type ScriptBatch } from "@miglint/core";
import { crossBatchDuplicates, csvTypeFacts, type CsvTypeFact, type DuplicateFact } from "./batch-csv-files.js";
import { ssoFromDomainExports, type SsoFact } from "./domain-exports.js";
import { federationFromExports, type FederationFact } from "./federation-exports.js";
import { summarizeFiles, type FileSummary, type Summaries } from "./file-summaries.js";
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
 */
export async function collectProjectFacts(
	root: string,
	projectFiles: readonly string[],
	lintedFiles: readonly string[],
	config: MiglintConfig,
	languageOfFile: LanguageOfFile,
	previousIndex: Readonly<Record<string, [string, FileSummary]>> = {},
): Promise<{ report: ProjectFactsReport; summaries: Summaries }> {
	const typeGlobs = Object.entries(config.csvTypes).map(([glob, type]) => [picomatch(glob, { dot: true }), type] as const);
	// As in the ESLint configuration, the last matching csv.types entry wins.
	const configuredType = (file: string) => typeGlobs.findLast(([matches]) => matches(relativePath(config.directory, file)))?.[1];
	const kindOf = (file: string) => (configuredType(file) !== undefined ? "csv" : languageOfFile(file));
	const summaries = await summarizeFiles(projectFiles, kindOf, config.csvLegacyEncoding, previousIndex, new Set(lintedFiles));
	const csvFiles = projectFiles.filter((file) => kindOf(file) === "csv");
	const scripts = projectFiles.filter((file) => kindOf(file) === "powershell");
	const settingsFiles = projectFiles.filter((file) => kindOf(file) === "settings");

	const batches = await scriptBatches(root, scripts, summaries.of, csvFiles, absoluteSources(config));
	const userLists = await scriptUserLists(scripts, summaries.of, csvFiles, absoluteSources(config));
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
	const csvTypes = csvTypeFacts(csvFiles, configuredType, scriptTypes, summaries.of, new Set(Object.values(absoluteSources(config))), config.csvAllFiles);
	const report: ProjectFactsReport = {
		root,
		sso: ssoFromDomainExports(settingsFiles, summaries.of, root),
		federation: federationFromExports(settingsFiles, summaries.of, root),
		batches,
		userLists,
		policyAssignments: await scriptPolicyAssignments(root, scripts, summaries.of, csvFiles, absoluteSources(config), config.csvLegacyEncoding),
		csvTypes,
		duplicates:
			isOff(config.rules[ACROSS_BATCHES]) && config.overrides.every((override) => !(ACROSS_BATCHES in override.rules) || isOff(override.rules[ACROSS_BATCHES]))
				? []
				: crossBatchDuplicates(csvTypes, new Set(lintedFiles), summaries.of),
		modules: coreOnlyModules(scripts, summaries.of, root),
	};
	return { report, summaries };
}

/** csv.sources with the files made absolute (they are relative to the configuration file). */
export function absoluteSources(config: MiglintConfig): Record<string, string> {
	return Object.fromEntries(Object.entries(config.csvSources).map(([written, file]) => [written, path.resolve(config.directory, file)]));
}
