import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ESLint } from "eslint";
import { plural, unusableFileProblem, type MiglintConfig } from "@miglint/core";
import type { LanguageParts } from "./language-parts.js";
import type { CliOptions } from "./options.js";
import { UsageError } from "./usage-error.js";

/**
 * Not ESLint's eslint-suppressions.json: a repository that also runs ESLint
 * keeps two baselines of two tools, and `eslint --prune-suppressions` would
 * otherwise rewrite miglint's (as .miglintcache is not .eslintcache).
 */
export const SUPPRESSIONS_FILE = "miglint-suppressions.json";

type Counts = Record<string, Record<string, { count: number }>>;

interface SuppressionsService {
	suppress(results: ESLint.LintResult[], rules: string[] | undefined): Promise<void>;
	prune(results: ESLint.LintResult[]): Promise<void>;
	load(): Promise<Counts>;
	applySuppressions(results: ESLint.LintResult[], suppressions: Counts): { results: ESLint.LintResult[]; unused: Counts };
}

/**
 * ESLint's own suppressions service, which its CLI uses but its package does
 * not export: the file format, the counting per file and rule (errors only)
 * and pruning stay exactly ESLint's.
 */
function suppressionsService(file: string, base: string): SuppressionsService {
	const require = createRequire(import.meta.url);
	const eslintDirectory = path.dirname(require.resolve("eslint/package.json"));
	const { SuppressionsService } = require(path.join(eslintDirectory, "lib/services/suppressions-service.js")) as {
		SuppressionsService: new (options: { filePath: string; cwd: string }) => SuppressionsService;
	};
	return new SuppressionsService({ filePath: file, cwd: base });
}

/** The counts the suppressions file records; an unreadable or malformed file is the user's to fix, not an internal error. */
async function loadSuppressions(service: SuppressionsService, name: string): Promise<Counts> {
	try {
		return await service.load();
	} catch (error) {
		const cause = (error as { cause?: unknown }).cause;
		throw new UsageError(`the suppressions file '${name}' cannot be read: ${cause instanceof Error ? cause.message : (error as Error).message}`);
	}
}

export interface Suppressed {
	results: ESLint.LintResult[];
	/** Why the run fails although no error is left: the file records errors that no longer occur (as ESLint, exit 2). */
	complaint: string | null;
	/** What --suppress-all, --suppress-rule or --prune-suppressions changed in the file, a line per file and rule. */
	changes: string[];
}

/** The changes from one suppressions file to the next, a line per file and rule whose count changed. */
export function suppressionChanges(before: Counts, after: Counts, file: string): string[] {
	const changes: string[] = [];
	for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
		for (const rule of [...new Set([...Object.keys(before[name] ?? {}), ...Object.keys(after[name] ?? {})])].sort()) {
			const change = (after[name]?.[rule]?.count ?? 0) - (before[name]?.[rule]?.count ?? 0);
			if (change) {
				changes.push(`${change > 0 ? "recorded" : "removed"} ${plural(Math.abs(change), "error")} of ${rule} in ${name} ${change > 0 ? "in" : "from"} ${file}`);
			}
		}
	}
	return changes.length ? changes : [`${file} is unchanged`];
}

/**
 * Records (--suppress-all, --suppress-rule) or prunes the suppressions, then
 * moves the errors the suppressions file counts to `suppressedMessages`, as
 * ESLint's CLI does. The file's paths are relative to the configuration's
 * directory (else the working directory), where the file is by default, so
 * that a run from a subdirectory finds the same baseline.
 */
export async function applySuppressions(
	results: ESLint.LintResult[],
	options: CliOptions,
	config: MiglintConfig,
	parts: LanguageParts,
	cwd: string,
): Promise<Suppressed> {
	const base = config.file ? config.directory : cwd;
	const file = options.suppressionsLocation ? path.resolve(cwd, options.suppressionsLocation) : path.join(base, SUPPRESSIONS_FILE);
	const records = options.suppressAll || options.suppressRules !== undefined;
	if (!records && !options.pruneSuppressions && !existsSync(file)) {
		if (options.suppressionsLocation) {
			throw new UsageError(`the suppressions file '${options.suppressionsLocation}' does not exist; create it with --suppress-all or --suppress-rule`);
		}
		return { results, complaint: null, changes: [] };
	}
	const problem = unusableFileProblem(file);
	if (problem) {
		throw new UsageError(`the suppressions file '${path.relative(cwd, file)}' cannot be used: ${problem}`);
	}
	const service = suppressionsService(file, base);
	const before = records || options.pruneSuppressions ? await loadSuppressions(service, path.relative(cwd, file)) : null;
	if (records) {
		const rules = options.suppressRules && (await (await import("./rule-options.js")).fullRuleIds(options.suppressRules, parts));
		await service.suppress(results, rules);
	}
	if (options.pruneSuppressions) {
		await service.prune(results);
	}
	const suppressions = await loadSuppressions(service, path.relative(cwd, file));
	const applied = service.applySuppressions(results, suppressions);
	const unused = Object.keys(applied.unused).length > 0 && !options.passOnUnprunedSuppressions;
	return {
		results: applied.results,
		changes: before ? suppressionChanges(before, suppressions, path.relative(cwd, file)) : [],
		complaint: unused
			? `${path.relative(cwd, file)} records errors that no longer occur: remove them with --prune-suppressions (or pass --pass-on-unpruned-suppressions)`
			: null,
	};
}
