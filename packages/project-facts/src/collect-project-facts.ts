import path from "node:path";
import picomatch from "picomatch";
import { relativePath, type MiglintConfig, type RuleEntry, type ScriptBatch } from "@miglint/core";
import { crossBatchDuplicates, csvTypeFacts, type CsvTypeFact, type DuplicateFact } from "./batch-csv-files.js";
import { ssoFromDomainExports, type SsoFact } from "./domain-exports.js";
import { scriptBatches, type BatchFact } from "./script-batches.js";

/** Everything miglint derives from the whole project before linting, with where each fact comes from. */
export interface ProjectFactsReport {
	/** The directory searched: the configuration's, or the one holding the linted paths. */
	root: string;
	/** Single sign-on, from domain exports; null when the project has none. */
	sso: SsoFact | null;
	batches: BatchFact[];
	csvTypes: CsvTypeFact[];
	duplicates: DuplicateFact[];
}

/** The language that lints a file (eslint-plugin-miglint's languageOfFile): the facts read CSV files, scripts and settings. */
export type LanguageOfFile = (file: string) => "csv" | "powershell" | "settings" | undefined;

/** The only rule that needs every batch file's addresses: reading them is skipped when it is off. */
const ACROSS_BATCHES = "miglint/csv-unique-email-across-batches";

function isOff(entry: RuleEntry | undefined): boolean {
	const severity = Array.isArray(entry) ? entry[0] : entry;
	return severity === "off" || severity === 0;
}

/**
 * Reads the project's files once and derives the facts no single file holds:
 * SSO from domain exports, the batches scripts create and the CSV files they
 * read, each CSV file's type, mailboxes in two batch files.
 */
export async function collectProjectFacts(
	root: string,
	projectFiles: readonly string[],
	lintedFiles: readonly string[],
	config: MiglintConfig,
	languageOfFile: LanguageOfFile,
): Promise<ProjectFactsReport> {
	const typeGlobs = Object.entries(config.csvTypes).map(([glob, type]) => [picomatch(glob, { dot: true }), type] as const);
	// As in the ESLint configuration, the last matching csv.types entry wins.
	const configuredType = (file: string) => typeGlobs.findLast(([matches]) => matches(relativePath(config.directory, file)))?.[1];
	const csvFiles = projectFiles.filter((file) => languageOfFile(file) === "csv" || configuredType(file) !== undefined);
	const scripts = projectFiles.filter((file) => languageOfFile(file) === "powershell");
	const settingsFiles = projectFiles.filter((file) => languageOfFile(file) === "settings");
	const csvSources = absoluteSources(config);

	const batches = await scriptBatches(root, scripts, csvFiles, csvSources);
	const scriptTypes = new Map<string, ScriptBatch>();
	for (const batch of batches) {
		if (batch.csvFile && batch.type && !scriptTypes.has(batch.csvFile)) {
			scriptTypes.set(batch.csvFile, { type: batch.type, script: `${relativePath(root, batch.script)}:${batch.line}:${batch.column}` });
		}
	}
	const csvTypes = await csvTypeFacts(csvFiles, configuredType, scriptTypes, config.csvLegacyEncoding);
	return {
		root,
		sso: await ssoFromDomainExports(settingsFiles, root),
		batches,
		csvTypes,
		duplicates: isOff(config.rules[ACROSS_BATCHES]) ? [] : await crossBatchDuplicates(csvTypes, new Set(lintedFiles), config.csvLegacyEncoding),
	};
}

/** csv.sources with the files made absolute (they are relative to the configuration file). */
export function absoluteSources(config: MiglintConfig): Record<string, string> {
	return Object.fromEntries(Object.entries(config.csvSources).map(([written, file]) => [written, path.resolve(config.directory, file)]));
}
