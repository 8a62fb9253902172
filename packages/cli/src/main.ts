import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import type { ESLint } from "eslint";
import {
	ConfigError,
	configuredRuleIds,
	emptyConfig,
	findConfigFile,
	isLimitRefusal,
	readConfigFile,
	resolveConfig,
	statPath,
	type MiglintConfig,
} from "@miglint/core";
import { discoverFiles, picomatch } from "./discover-files.js";
import { COMMANDS } from "./commands/commands.js";
import { answerFromCache, readCachedResults, settledMetadata } from "./cached-results.js";
import { commandLineConfig, createEngine, engineOptionsOf, setupFingerprint, startProgress, withoutEslintCache, type EngineSetup } from "./engine.js";
import { checkOutputTargets } from "./output-targets.js";
import { languagesOfFiles, languagesOfRules, loadLanguageParts, rulesOf, type LanguageParts } from "./language-parts.js";
import { helpText, parseOptions, type CliOptions } from "./options.js";
import type { LanguageName } from "eslint-plugin-miglint/languages";
import { directoryPrefix } from "./paths.js";
import { preflight, type FileMetadata } from "./preflight.js";
import { writeReports } from "./reports.js";
import {
	collectProjectFacts,
	factsAsJson,
	factsAsText,
	factsFingerprints,
	projectFactsSource,
	projectFileStamps,
	summarizeProject,
	type ProjectFactsReport,
} from "@miglint/project-facts";
import { languageOfFile, languageOfRule } from "eslint-plugin-miglint/languages";
import { ignoreCachedResultsOf, invalidateByFacts } from "./project-facts/cached-facts.js";
import { indexLocation, readFactsIndex, writeFactsIndex } from "./project-facts/facts-index.js";
import { projectFiles } from "./project-facts/project-files.js";
import { applySuppressions } from "./suppressions.js";
import { UsageError } from "./usage-error.js";
import { version } from "./version.js";
import { writeFixes } from "./write-fixes.js";

/** The deepest directory holding the given directory and every given path. */
function commonDirectory(directory: string, paths: readonly string[]): string {
	let common = directory;
	for (const file of paths) {
		// Most files are under it: their path starts with it (both are absolute and normalised), no path.relative needed.
		if (file.startsWith(directoryPrefix(common))) continue;
		while (path.relative(common, file).startsWith("..")) {
			common = path.dirname(common);
		}
	}
	return common;
}

/** Where a path or glob argument starts: the directory itself, a file's directory, a glob's static base. */
function patternBase(pattern: string, cwd: string): string {
	const absolute = path.resolve(cwd, pattern);
	if (existsSync(absolute)) {
		return statPath(absolute)?.isDirectory() ? absolute : path.dirname(absolute);
	}
	return path.resolve(cwd, picomatch().scan(pattern).base || ".");
}

/** The directory holding every given path or glob: the working directory when none is given. */
function baseDirectory(patterns: readonly string[], cwd: string): string {
	const bases = patterns.map((pattern) => patternBase(pattern, cwd));
	return bases.length ? commonDirectory(bases[0]!, bases) : cwd;
}

/**
 * The configuration is looked up upward from the directory that holds every
 * path to lint (the working directory when none is given), so that
 * `miglint some/repository` uses that repository's configuration, as ESLint 10
 * looks up its configuration from the linted files.
 */
function findConfig(options: CliOptions, cwd: string): string | null {
	if (options.config) {
		return path.resolve(cwd, options.config);
	}
	return findConfigFile(baseDirectory(options.printConfig ? [options.printConfig] : options.patterns, cwd));
}

/** The configuration, with the languages its rule entries belong to loaded to check them. */
async function readConfig(options: CliOptions, cwd: string): Promise<{ config: MiglintConfig; parts: LanguageParts }> {
	const file = findConfig(options, cwd);
	if (!file) {
		return { config: emptyConfig(cwd), parts: {} };
	}
	const document = readConfigFile(file);
	const parts = await loadLanguageParts(languagesOfRules(configuredRuleIds(document)));
	return { config: resolveConfig(document, rulesOf(parts)), parts };
}

/** The languages of these files, added to those already loaded. */
async function withLanguagesOf(files: readonly string[], parts: LanguageParts): Promise<LanguageParts> {
	return { ...parts, ...(await loadLanguageParts(languagesOfFiles(files).filter((name) => !parts[name]))) };
}

/** The languages a run lints with: those of its files, and those whose rules the configuration names. */
function languagesOfRun(files: readonly string[], configParts: LanguageParts): LanguageName[] {
	return [...new Set([...(Object.keys(configParts) as LanguageName[]), ...languagesOfFiles(files)])].sort();
}

/** The languages of the rules that reported these results: a report looks up only those (their documentation pages). */
function languagesOfResults(results: readonly ESLint.LintResult[]): LanguageName[] {
	const ids = new Set(results.flatMap((result) => result.messages.map(({ ruleId }) => ruleId?.replace(/^miglint\//u, "") ?? "")));
	return [...ids].flatMap((id) => languageOfRule(id) ?? []);
}

function useColor(options: CliOptions): boolean {
	if (options.color !== undefined) {
		return options.color;
	}
	// `isTTY` is undefined, not false, when stdout is not a terminal.
	return Boolean(process.stdout.isTTY as boolean | undefined) && !process.env["NO_COLOR"];
}

/** The setup of a run's ESLint, without the project facts: a run hands them over when ESLint lints (createEngine). */
function engineSetup(config: MiglintConfig, languages: LanguageName[], cwd: string, options: CliOptions): EngineSetup {
	return {
		options: engineOptionsOf(options, cwd),
		config,
		languages,
		extraConfig: commandLineConfig(options),
		facts: null,
		...(options.quiet ? { errorRulesOnly: true } : {}),
	};
}

function notLinted(file: string): UsageError {
	return new UsageError(
		`miglint does not lint '${file}': it is not a CSV file, a PowerShell script or a JSON or YAML file miglint reads (tool files such as package.json are left out), and csv.types does not map it`,
	);
}

/** Standard input, linted as the file --stdin-filename names. */
async function lintStdin(eslint: ESLint, file: string, name: string): Promise<ESLint.LintResult[]> {
	const { text } = await import("node:stream/consumers");
	const results = await eslint.lintText(await text(process.stdin), { filePath: file });
	if (results.length === 0) {
		throw notLinted(name);
	}
	return results;
}

async function printConfig(config: MiglintConfig, configParts: LanguageParts, file: string, cwd: string): Promise<number> {
	const absolute = path.resolve(cwd, file);
	const parts = await withLanguagesOf([absolute], configParts);
	const eslint = await createEngine(
		engineSetup(config, Object.keys(parts) as LanguageName[], commonDirectory(config.directory, [absolute]), { ...parseOptions([]) }),
	);
	const calculated: unknown = await eslint.calculateConfigForFile(absolute);
	if (calculated === undefined) {
		throw notLinted(file);
	}
	process.stdout.write(`${JSON.stringify(calculated, null, 2)}\n`);
	return 0;
}

/**
 * The directory whose files make up the project: the configuration's, or
 * without one the directory holding every linted path.
 */
function projectRoot(config: MiglintConfig, options: CliOptions, cwd: string): string {
	return config.file ? config.directory : baseDirectory(options.patterns, cwd);
}

async function printFacts(options: CliOptions, config: MiglintConfig, cwd: string): Promise<number> {
	const root = projectRoot(config, options, cwd);
	const files = projectFiles(root, config);
	const { report } = await collectProjectFacts(root, files, files, config, languageOfFile);
	process.stdout.write(options.format === "json" ? `${JSON.stringify(factsAsJson(report, config), null, 2)}\n` : factsAsText(report, config));
	return 0;
}

/** The project facts, derived when first asked for (see summarizeProject). */
interface ProjectFacts {
	/** What the facts are derived from, as a digest (--cache runs: the stamps of the files they read, the configuration); "" without --cache. */
	stamp: string;
	/** The facts, derived on the first call; the summaries they come from are not kept. */
	facts: () => Promise<ProjectFactsReport>;
}

/**
 * The project facts, from the summaries the facts index at `index` keeps (read
 * by every run that derives them, written by runs with `cache`). With
 * `cache`, the files' stamps are taken first: a run whose project is
 * unchanged may answer every file from the cache without the index or the
 * facts (invalidateByFacts).
 */
function projectFacts(
	root: string,
	files: readonly string[],
	linting: readonly string[],
	config: MiglintConfig,
	index: string,
	cache: boolean,
	metadata: ReadonlyMap<string, FileMetadata>,
): ProjectFacts {
	// The linted files were stat'ed by preflight: their stamps are made from what it saw.
	const stamps = cache ? projectFileStamps(files, config, languageOfFile, metadata) : undefined;
	let derived: Promise<ProjectFactsReport> | undefined;
	const derive = async () => {
		const previousIndex = readFactsIndex(index, config.csvLegacyEncoding);
		// A run without --cache keeps no index: the facts need only serve the files it lints.
		const { summaries, derive: fromSummaries } = await summarizeProject(root, files, linting, config, languageOfFile, previousIndex, !cache, stamps);
		if (cache) writeFactsIndex(index, config.csvLegacyEncoding, previousIndex, summaries);
		return fromSummaries();
	};
	const facts = () => (derived ??= derive());
	if (!stamps) return { stamp: "", facts };
	return {
		stamp: createHash("sha256")
			.update(JSON.stringify({ version, root, config, stamped: [...stamps] }))
			.digest("hex"),
		facts,
	};
}

async function lint(options: CliOptions, config: MiglintConfig, configParts: LanguageParts, cwd: string): Promise<number> {
	const patterns = options.patterns.length ? options.patterns : ["."];
	const stdinFile = options.stdin ? path.resolve(cwd, options.stdinFilename!) : null;
	const files = stdinFile ? [] : discoverFiles(patterns, cwd, config);
	// ESLint resolves the cache file against its own cwd; the option's is the working directory's.
	const cacheLocation = path.resolve(cwd, options.cacheLocation ?? ".miglintcache");
	const cached = options.cache && !stdinFile ? readCachedResults(cacheLocation) : null;
	const { readable, metadata, oversized } = preflight(files, cwd, {
		hashContent: options.cache && options.cacheStrategy === "content",
		...(cached?.trusted ? { settled: settledMetadata(cached) } : {}),
	});
	const linting = stdinFile ? [stdinFile] : readable;
	checkOutputTargets(options, stdinFile ? [stdinFile] : files, cwd, metadata);
	const root = projectRoot(config, options, cwd);
	const searchedRoot = !stdinFile && patterns.length === 1 && path.resolve(cwd, patterns[0]!) === root;
	// Derived when first needed: a --cache run whose project did not change may answer every file without them.
	const { stamp: projectStamp, facts } = projectFacts(
		root,
		searchedRoot ? files : projectFiles(root, config),
		linting,
		config,
		indexLocation(cacheLocation),
		options.cache,
		metadata,
	);
	const languages = languagesOfRun(linting, configParts);
	const factsInCache = options.cache
		? await invalidateByFacts(cacheLocation, linting, projectStamp, async () => {
				const report = await facts();
				return factsFingerprints(report, projectFactsSource(report, config));
			})
		: null;
	const setup = engineSetup(config, languages, commonDirectory(config.directory, stdinFile ? [stdinFile] : files), { ...options, cacheLocation });
	const { cacheStrategy, fix } = setup.options;
	const answers =
		factsInCache && cached
			? answerFromCache(cached, readable, metadata, {
					cacheStrategy: cacheStrategy!,
					fix: Boolean(fix),
					setup: setupFingerprint(setup),
					stale: factsInCache.stale,
				})
			: null;
	const eslintCacheRead = Boolean(factsInCache) && !answers?.trusted;
	if (answers?.trusted) {
		setup.options = withoutEslintCache(setup.options);
	} else if (factsInCache) {
		const ignored = [...factsInCache.stale, ...factsInCache.behindEslintCache];
		ignoreCachedResultsOf(ignored);
		// ESLint's worker threads make cache objects of their own, which ignoreCachedResultsOf does not reach: a run with
		// files whose facts changed lints in this thread, so that no worker answers them with a result of the old facts.
		if (ignored.length) setup.options.concurrency = "off";
	}
	const toLint = answers?.unanswered ?? readable;
	const progress = await startProgress(toLint.length);
	let linted: ESLint.LintResult[];
	try {
		const eslint =
			stdinFile || toLint.length ? await createEngine({ ...setup, facts: await facts(), ...(progress ? { progressChannel: progress.channel } : {}) }) : null;
		// An empty list would make ESLint lint its default pattern, the whole working directory.
		linted = stdinFile ? await lintStdin(eslint!, stdinFile, options.stdinFilename!) : toLint.length ? await eslint!.lintFiles(toLint) : [];
	} finally {
		progress?.stop();
	}
	answers?.save(linted);
	factsInCache?.save(eslintCacheRead);
	linted.push(...(answers?.results ?? []));
	const sorted = [...linted, ...oversized].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
	const unwritten = options.fix ? writeFixes(sorted, cwd) : [];
	// Loaded only now (ESLint loads those it lints with): a warm --cache run may need none. --suppress-rule checks
	// the rule names it is given against the run's languages.
	const parts = { ...configParts, ...(await loadLanguageParts(options.suppressRules ? languages : languagesOfResults(sorted))) };
	const { results, complaint, changes } = await applySuppressions(sorted, options, config, parts, cwd);
	// On standard error: standard output may be a JSON or SARIF report.
	for (const change of changes) {
		process.stderr.write(`miglint: ${change}
`);
	}
	const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0);
	const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
	const tooManyWarnings = options.maxWarnings >= 0 && warningCount > options.maxWarnings;
	await writeReports(options.quiet ? (await import("eslint")).ESLint.getErrorResults(results) : results, options.reports, {
		color: useColor(options),
		cwd,
		rules: rulesOf(parts),
	});
	if (!errorCount && tooManyWarnings) {
		process.stderr.write(`miglint found too many warnings (maximum: ${options.maxWarnings}).\n`);
	}
	const complaints = [...unwritten, ...(complaint ? [complaint] : [])];
	for (const text of complaints) {
		process.stderr.write(`miglint: ${text}\n`);
	}
	// A file refused for a limit (size, nesting) was not linted: the run could not do what it was asked, as for a usage error.
	if (complaints.length || results.some((result) => result.messages.some(isLimitRefusal))) {
		return 2;
	}
	return errorCount || tooManyWarnings ? 1 : 0;
}

function describeError(error: unknown, cwd: string): string {
	if (error instanceof ConfigError) {
		const file = path.relative(cwd, error.file).startsWith("..") ? error.file : path.relative(cwd, error.file);
		return `${file}:${error.line}:${error.column}: ${error.message}`;
	}
	if (error instanceof UsageError) {
		return error.message;
	}
	return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Runs miglint with command-line arguments; resolves to the exit code. */
export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
	try {
		const command = COMMANDS.get(argv[0] ?? "");
		if (command) {
			return await (
				await command()
			)(argv.slice(1), cwd);
		}
		const options = parseOptions(argv);
		if (options.help) {
			process.stdout.write(`${await helpText()}\n`);
			return 0;
		}
		if (options.version) {
			process.stdout.write(`v${version}\n`);
			return 0;
		}
		const configured = await readConfig(options, cwd);
		const { config, parts } = options.rules.length ? await (await import("./rule-options.js")).withRuleOptions(options.rules, configured) : configured;
		if (options.printConfig) {
			return await printConfig(config, parts, options.printConfig, cwd);
		}
		return options.printFacts ? await printFacts(options, config, cwd) : await lint(options, config, parts, cwd);
	} catch (error) {
		process.stderr.write(`miglint: ${describeError(error, cwd)}\n`);
		return 2;
	}
}
