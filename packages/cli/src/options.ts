import yargsParser from "yargs-parser";
import type { Argv } from "yargs";
import { ENGINE_OPTIONS, engineFlagsOf, type EngineFlags } from "./engine-flags.js";
import { FORMATS, reportRequests, type FormatName, type ReportRequest } from "./report-options.js";
import { UsageError } from "./usage-error.js";

export interface CliOptions extends EngineFlags {
	patterns: string[];
	/** The first format asked for: the one of commands that print one document, such as --print-facts. */
	format: FormatName;
	/** The reports of a lint run, each to its file or to standard output. */
	reports: ReportRequest[];
	maxWarnings: number;
	quiet: boolean;
	fix: boolean;
	fixDryRun: boolean;
	config: string | undefined;
	printConfig: string | undefined;
	printFacts: boolean;
	cache: boolean;
	cacheLocation: string | undefined;
	color: boolean | undefined;
	version: boolean;
	help: boolean;
}

export interface OptionDefinition {
	type: "boolean" | "string" | "number";
	/** May be given several times: parsed as an array. */
	repeatable?: boolean;
	alias?: string;
	choices?: readonly string[];
	default?: string | number | boolean;
	describe: string;
}

/** The options, defined once for both the parser and the help text. */
const OPTIONS: Record<string, OptionDefinition> = {
	format: {
		type: "string",
		alias: "f",
		choices: FORMATS,
		default: "stylish",
		repeatable: true,
		describe: "Report format; may be given several times, each with its own --output-file",
	},
	"output-file": {
		type: "string",
		alias: "o",
		repeatable: true,
		describe: "Write the report of the --format given before it to this file (atomically); a format without one goes to standard output",
	},
	"max-warnings": { type: "number", default: -1, describe: "Exit with 1 when there are more warnings than this" },
	quiet: { type: "boolean", default: false, describe: "Report errors only" },
	fix: { type: "boolean", default: false, describe: "Fix what can be fixed safely and write the files" },
	"fix-dry-run": { type: "boolean", default: false, describe: "Compute fixes without writing files" },
	config: { type: "string", alias: "c", describe: "Use this miglint.config.{json,yaml,yml} instead of looking one up" },
	"print-config": { type: "string", describe: "Print the configuration used for a file and exit" },
	"print-facts": { type: "boolean", default: false, describe: "Print the project facts (SSO, batches scripts create, CSV types) with their sources, and exit" },
	cache: { type: "boolean", default: false, describe: "Only lint files that changed, or whose configuration or project facts changed" },
	"cache-location": { type: "string", describe: "Where to keep the cache (default: .miglintcache in the working directory)" },
	...ENGINE_OPTIONS,
	color: { type: "boolean", describe: "Force colours on or off (default: on for a terminal, off with NO_COLOR)" },
	version: { type: "boolean", alias: "v", default: false, describe: "Print the version" },
	help: { type: "boolean", alias: "h", default: false, describe: "Show this help" },
};

const USAGE =
	"$0 [paths or globs...]\n\nChecks Microsoft 365 migration files (batch CSVs, PowerShell scripts, JSON and YAML tenant settings) for documented mistakes before they reach the tenant.";
const EXAMPLES: ReadonlyArray<[string, string]> = [
	["$0", "Lint every CSV file and PowerShell script under the current directory"],
	["$0 batches/wave1.csv batches/wave2.csv", "Lint two batch files (as a pre-commit hook does)"],
	['$0 "batches/**/*.csv" --format json', "Lint a glob and print ESLint's JSON results"],
	["$0 -f sarif -o miglint.sarif -f stylish", "Write a SARIF report for GitHub code scanning, and print the usual report"],
	["$0 --fix batches/", "Fix header spelling, blank lines, separators and encodings in place"],
	["$0 --max-warnings 0 .", "Fail the build on warnings too"],
	["$0 --print-facts", "Show what miglint derived from the repository: SSO, the batches scripts create, each CSV file's type"],
	["$0 init", "Write a starter miglint.config.yaml with what miglint can tell about the migration (see miglint init --help)"],
	["$0 rules", "List every rule: recommended severity, fixes, language and documentation (--format json for data)"],
];
const EPILOGUE =
	"Exit codes: 0 no problems (warnings within --max-warnings), 1 problems found (syntax errors included), 2 usage, configuration or internal error, or a file not linted because it is over a limit (50 MB, nesting).";

/** Every spelling yargs-parser may give an option: its name, its alias and its camelCase form. */
const KNOWN_KEYS = new Set(
	Object.entries(OPTIONS).flatMap(([name, option]) => [
		name,
		name.replace(/-([a-z])/gu, (_match, letter: string) => letter.toUpperCase()),
		...(option.alias ? [option.alias] : []),
	]),
);

function optionsOfType(type: OptionDefinition["type"]): string[] {
	return Object.keys(OPTIONS).filter((name) => OPTIONS[name]!.type === type);
}

/**
 * Reads the command line with yargs-parser, the parser of yargs: yargs itself
 * (with its help formatting) takes about 45 ms to load, which a pre-commit hook
 * would pay on every commit, so it is loaded only to print the help.
 */
export function parseOptions(argv: string[]): CliOptions {
	const { argv: parsed, error } = yargsParser.detailed(argv, {
		boolean: optionsOfType("boolean"),
		string: optionsOfType("string"),
		number: optionsOfType("number"),
		alias: Object.fromEntries(Object.entries(OPTIONS).flatMap(([name, option]) => (option.alias ? [[name, option.alias]] : []))),
		default: Object.fromEntries(Object.entries(OPTIONS).flatMap(([name, option]) => (option.default === undefined ? [] : [[name, option.default]]))),
		// `--fix.csv` (a file a shell glob expanded) is an unknown option, not `--fix` set to an object.
		configuration: { "dot-notation": false },
	});
	if (error) {
		throw new UsageError(`${error.message} (see miglint --help)`);
	}
	const unknown = Object.keys(parsed).filter((key) => key !== "_" && key !== "$0" && !KNOWN_KEYS.has(key));
	if (unknown.length) {
		const fileLike = unknown.find((key) => /\.[A-Za-z0-9]+$/u.test(key));
		const advice = fileLike ? `; to lint a file named --${fileLike}, write ./--${fileLike} or put it after --` : "";
		throw new UsageError(`Unknown argument${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")} (see miglint --help${advice})`);
	}
	for (const [name, option] of Object.entries(OPTIONS)) {
		const value: unknown = parsed[name];
		const invalid = [value].flat().find((item) => item !== undefined && option.choices && !option.choices.includes(item as string));
		if (option.choices && invalid !== undefined) {
			throw new UsageError(
				`Invalid value for --${name}: ${JSON.stringify(invalid)}; choose ${option.choices.map((choice) => JSON.stringify(choice)).join(" or ")} (see miglint --help)`,
			);
		}
		const values = option.repeatable ? [value].flat() : [value];
		if (option.type === "string" && value !== undefined && values.some((item) => typeof item !== "string" || item === "")) {
			throw new UsageError(`--${name} needs a value (see miglint --help)`);
		}
	}
	const reports = reportRequests(
		argv,
		[parsed["format"] as FormatName | FormatName[]].flat(),
		[(parsed["output-file"] as string | string[] | undefined) ?? []].flat(),
	);
	const options: Omit<CliOptions, keyof EngineFlags> = {
		patterns: parsed._.map(String),
		format: reports[0]!.format,
		reports,
		maxWarnings: parsed["max-warnings"] as number,
		quiet: parsed["quiet"] as boolean,
		fix: parsed["fix"] as boolean,
		fixDryRun: parsed["fix-dry-run"] as boolean,
		config: parsed["config"] as string | undefined,
		printConfig: parsed["print-config"] as string | undefined,
		printFacts: parsed["print-facts"] as boolean,
		cache: parsed["cache"] as boolean,
		cacheLocation: parsed["cache-location"] as string | undefined,
		color: parsed["color"] as boolean | undefined,
		version: parsed["version"] as boolean,
		help: parsed["help"] as boolean,
	};
	if (!Number.isInteger(options.maxWarnings) || options.maxWarnings < -1) {
		throw new UsageError("--max-warnings takes a whole number of warnings: 0 or more, or -1 for no limit (see miglint --help)");
	}
	if (options.fix && options.fixDryRun) {
		throw new UsageError("--fix and --fix-dry-run cannot be used together");
	}
	return { ...options, ...engineFlagsOf(parsed, options) };
}

/** The help text, laid out by yargs. */
export async function helpText(): Promise<string> {
	const { default: yargs } = await import("yargs");
	let builder: Argv = yargs([]).scriptName("miglint").usage(USAGE).version(false).help(false);
	for (const [name, option] of Object.entries(OPTIONS)) {
		const { repeatable: _repeatable, ...described } = option;
		builder = builder.option(name, { ...described, choices: option.choices ? [...option.choices] : undefined });
	}
	for (const [command, description] of EXAMPLES) {
		builder = builder.example(command, description);
	}
	return builder
		.epilogue(EPILOGUE)
		.wrap(Math.min(100, process.stdout.columns || 100))
		.getHelp();
}
