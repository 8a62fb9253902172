import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ESLint } from "eslint";
import { ConfigError, emptyConfig, findConfigFile, loadConfig, type MiglintConfig } from "@miglint/core";
import { rules } from "eslint-plugin-miglint";
import { discoverFiles, picomatch } from "./discover-files.js";
import { buildEslintConfig } from "./eslint-config.js";
import { formatResults } from "./format-results.js";
import { helpText, parseOptions, type CliOptions } from "./options.js";
import { preflight } from "./preflight.js";
import { UsageError } from "./usage-error.js";
import { writeFixes } from "./write-fixes.js";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

/** The deepest directory holding the given directory and every given path. */
function commonDirectory(directory: string, paths: readonly string[]): string {
	let common = directory;
	for (const file of paths) {
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
		return statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
	}
	return path.resolve(cwd, picomatch().scan(pattern).base || ".");
}

/**
 * The configuration is looked up upward from the directory that holds every
 * path to lint (the working directory when none is given), so that
 * `miglint some/repository` uses that repository's configuration, as ESLint 10
 * looks up its configuration from the linted files.
 */
function readConfig(options: CliOptions, cwd: string): MiglintConfig {
	if (options.config) {
		return loadConfig(path.resolve(cwd, options.config), rules);
	}
	const targets = options.printConfig ? [options.printConfig] : options.patterns;
	const bases = targets.map((pattern) => patternBase(pattern, cwd));
	const start = bases.length ? commonDirectory(bases[0]!, bases) : cwd;
	const file = findConfigFile(start);
	return file ? loadConfig(file, rules) : emptyConfig(cwd);
}

function useColor(options: CliOptions): boolean {
	if (options.color !== undefined) {
		return options.color;
	}
	return Boolean(process.stdout.isTTY) && !process.env["NO_COLOR"];
}

function createEslint(config: MiglintConfig, cwd: string, options: CliOptions): ESLint {
	return new ESLint({
		cwd,
		overrideConfigFile: true,
		overrideConfig: buildEslintConfig(config),
		fix: options.fix || options.fixDryRun,
		warnIgnored: false,
		errorOnUnmatchedPattern: false,
	});
}

async function printConfig(config: MiglintConfig, file: string, cwd: string): Promise<number> {
	const absolute = path.resolve(cwd, file);
	const eslint = createEslint(config, commonDirectory(config.directory, [absolute]), { ...parseOptions([]) });
	const calculated: unknown = await eslint.calculateConfigForFile(absolute);
	if (calculated === undefined) {
		throw new UsageError(`miglint does not lint '${file}': it is not a CSV file, and csv.types does not map it`);
	}
	process.stdout.write(`${JSON.stringify(calculated, null, 2)}\n`);
	return 0;
}

async function lint(options: CliOptions, config: MiglintConfig, cwd: string): Promise<number> {
	const files = discoverFiles(options.patterns.length ? options.patterns : ["."], cwd, config);
	const { readable, oversized } = preflight(files, cwd);
	const eslint = createEslint(config, commonDirectory(config.directory, files), options);
	// An empty list would make ESLint lint its default pattern, the whole working directory.
	const linted = readable.length ? await eslint.lintFiles(readable) : [];
	const results = [...linted, ...oversized].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
	if (options.fix) {
		writeFixes(results);
	}
	const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0);
	const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
	const tooManyWarnings = options.maxWarnings >= 0 && warningCount > options.maxWarnings;
	const output = await formatResults(eslint, options.quiet ? ESLint.getErrorResults(results) : results, options.format, {
		color: useColor(options),
		...(tooManyWarnings ? { maxWarningsExceeded: { maxWarnings: options.maxWarnings, foundWarnings: warningCount } } : {}),
	});
	if (output) {
		process.stdout.write(`${output}\n`);
	}
	if (!errorCount && tooManyWarnings) {
		process.stderr.write(`miglint found too many warnings (maximum: ${options.maxWarnings}).\n`);
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
		const options = parseOptions(argv);
		if (options.help) {
			process.stdout.write(`${await helpText()}\n`);
			return 0;
		}
		if (options.version) {
			process.stdout.write(`v${version}\n`);
			return 0;
		}
		const config = readConfig(options, cwd);
		return options.printConfig ? await printConfig(config, options.printConfig, cwd) : await lint(options, config, cwd);
	} catch (error) {
		process.stderr.write(`miglint: ${describeError(error, cwd)}\n`);
		return 2;
	}
}
