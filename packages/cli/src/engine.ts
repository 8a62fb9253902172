import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import type { ESLint, Linter } from "eslint";
import { setProjectFactsSource, type MiglintConfig } from "@miglint/core";
import { projectFactsSource, type ProjectFactsReport } from "@miglint/project-facts";
import type { LanguageName } from "eslint-plugin-miglint/languages";
import { keepFixTextsOutOfCache } from "./cache-without-fix-texts.js";
import { writeOnlyChangedResults } from "./cache-writes.js";
import { buildEslintConfig } from "./eslint-config.js";
import { loadLanguageParts, type LanguageParts } from "./language-parts.js";
import type { CliOptions } from "./options.js";
import { version } from "./version.js";
import { sizeYoungGenerationFor } from "./young-generation.js";

type EngineOptions = Pick<
	ESLint.Options,
	"cwd" | "fix" | "fixTypes" | "cache" | "cacheLocation" | "cacheStrategy" | "concurrency" | "warnIgnored" | "errorOnUnmatchedPattern"
>;

/**
 * Everything the ESLint instance of a run is made from, as plain data: with
 * `--concurrency`, each of ESLint's worker threads rebuilds the options from
 * it, since the plugin (functions) cannot be cloned to them.
 */
export interface EngineSetup {
	options: EngineOptions;
	config: MiglintConfig;
	languages: LanguageName[];
	/** Configuration objects after miglint's own: the command line's. */
	extraConfig: Linter.Config[];
	/** The project facts, which rules get through the project facts source rather than the configuration. */
	facts: ProjectFactsReport | null;
	/** The BroadcastChannel each parsed file is counted on, for the progress line. */
	progressChannel?: string;
	/** --quiet: as in ESLint, rules set to "warn" are not even run. */
	errorRulesOnly?: boolean;
}

/** ESLint's options from the command line's; the cache file is relative to `cwd`. */
export function engineOptionsOf(options: CliOptions, cwd: string): EngineOptions {
	return {
		cwd,
		fix: options.fix || options.fixDryRun,
		...(options.fixTypes ? { fixTypes: options.fixTypes } : {}),
		cache: options.cache,
		cacheLocation: path.resolve(cwd, options.cacheLocation ?? ".miglintcache"),
		cacheStrategy: options.cacheStrategy,
		// Worker threads do not pay here: each rebuilds the configuration and the project facts, and 2 workers on
		// 2 cores lint a 3,000-script repository no faster than one thread (README, "--concurrency"). So `auto` is
		// one thread; a number of threads is still honoured.
		concurrency: options.concurrency === "auto" ? "off" : options.concurrency,
		warnIgnored: false,
		errorOnUnmatchedPattern: false,
	};
}

/** The configuration the command line adds, last so that it wins. */
export function commandLineConfig(options: CliOptions): Linter.Config[] {
	return options.reportUnusedDisableDirectives
		? [{ name: "miglint/command line", linterOptions: { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives } }]
		: [];
}

/** The ESLint options of a setup, in the main thread and in each worker thread (through the options module). */
export async function eslintOptions(setup: EngineSetup): Promise<ESLint.Options> {
	setProjectFactsSource(setup.facts ? projectFactsSource(setup.facts, setup.config) : null);
	let parts: LanguageParts = await loadLanguageParts(setup.languages);
	if (setup.progressChannel) {
		const { countingParses } = await import("./progress.js");
		parts = countingParses(parts, setup.progressChannel);
	}
	return {
		...setup.options,
		...(setup.errorRulesOnly ? { ruleFilter: ({ severity }: { severity: number }) => severity === 2 } : {}),
		overrideConfigFile: true,
		overrideConfig: [...buildEslintConfig(setup.config, parts), ...setup.extraConfig],
	};
}

const eslintVersion = (createRequire(import.meta.url)("eslint/package.json") as { version: string }).version;

/**
 * What each file's ESLint configuration in a run is made of, as a hash. ESLint
 * keys a cached result by the hash of the file's configuration, which it
 * computes for each file; miglint's own answers from the cache
 * (answerFromCache) need a key known before ESLint is even loaded: the
 * configuration objects come from this setup and the file's path alone. Like
 * ESLint's, it holds the versions of ESLint, Node.js and miglint (the
 * plugin's), and not --quiet (a rule filter, which ESLint's cache does not see
 * either), nor the project facts (invalidateByFacts).
 */
export function setupFingerprint(setup: EngineSetup): string {
	const { options, config, languages, extraConfig } = setup;
	const made = { eslint: eslintVersion, node: process.version, miglint: version, cwd: options.cwd, config, languages, extraConfig };
	return createHash("sha256").update(JSON.stringify(made)).digest("hex");
}

/**
 * The options of a `--cache` run whose files miglint's own results answer
 * (answerFromCache trusts them): ESLint lints the files left to it without its
 * cache, which holds no result for them. Without a cache, ESLint deletes the
 * file at its cache location: it is given a path inside the cache file, a
 * regular file, so that no such path can exist.
 */
export function withoutEslintCache(options: EngineSetup["options"]): EngineSetup["options"] {
	return { ...options, cache: false, cacheLocation: path.join(options.cacheLocation!, "not-read") };
}

/** A module whose default export is the setup's options, as ESLint's own CLI passes its options to worker threads. */
function optionsModule(setup: EngineSetup): URL {
	const source = `import { eslintOptions } from ${JSON.stringify(import.meta.url)};\nexport default await eslintOptions(${JSON.stringify(setup)});\n`;
	return new URL(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
}

export async function createEngine(setup: EngineSetup): Promise<ESLint> {
	if (setup.options.cache && !keepFixTextsOutOfCache()) {
		process.stderr.write("miglint: --cache is ignored: this ESLint version would write fix texts, which can hold passwords, to the cache file.\n");
		setup = { ...setup, options: { ...setup.options, cache: false } };
	}
	// After keepFixTextsOutOfCache, so that it sees the results as ESLint hands them over.
	if (setup.options.cache) writeOnlyChangedResults();
	// Loaded here, not before: a warm --cache run may answer every file without ESLint (answerFromCache).
	const { ESLint } = await import("eslint");
	// After the project facts, before ESLint reads a file.
	sizeYoungGenerationFor(setup.languages);
	return setup.options.concurrency === "off" ? new ESLint(await eslintOptions(setup)) : ESLint.fromOptionsModule(optionsModule(setup));
}

/** More files than this get a progress line on a terminal. */
const PROGRESS_FILES = 20;

function inCi(): boolean {
	return !["", "0", "false"].includes(process.env["CI"] ?? "");
}

/** The progress line, for people at a terminal: not for a few files, nor when standard error is not a terminal, nor in CI. */
export async function startProgress(files: number): Promise<import("./progress.js").Progress | null> {
	if (files <= PROGRESS_FILES || !process.stderr.isTTY || inCi()) return null;
	return (await import("./progress.js")).showProgress(files);
}
