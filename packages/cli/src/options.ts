import yargs from "yargs";
import { UsageError } from "./usage-error.js";

export const FORMATS = ["stylish", "json"] as const;

export interface CliOptions {
	patterns: string[];
	format: (typeof FORMATS)[number];
	maxWarnings: number;
	quiet: boolean;
	fix: boolean;
	fixDryRun: boolean;
	config: string | undefined;
	printConfig: string | undefined;
	color: boolean | undefined;
	version: boolean;
	help: boolean;
}

function parser(argv: string[]) {
	return yargs(argv)
		.scriptName("miglint")
		.usage("$0 [paths or globs...]\n\nChecks Microsoft 365 migration files (batch CSVs) for documented mistakes before they reach the tenant.")
		.option("format", { alias: "f", choices: FORMATS, default: "stylish" as const, describe: "Report format" })
		.option("max-warnings", { type: "number", default: -1, describe: "Exit with 1 when there are more warnings than this" })
		.option("quiet", { type: "boolean", default: false, describe: "Report errors only" })
		.option("fix", { type: "boolean", default: false, describe: "Fix what can be fixed safely and write the files" })
		.option("fix-dry-run", { type: "boolean", default: false, describe: "Compute fixes without writing files" })
		.option("config", { alias: "c", type: "string", describe: "Use this miglint.config.{json,yaml,yml} instead of looking one up" })
		.option("print-config", { type: "string", describe: "Print the configuration used for a file and exit" })
		.option("color", { type: "boolean", describe: "Force colours on or off (default: on for a terminal, off with NO_COLOR)" })
		.example("$0", "Lint every CSV under the current directory")
		.example("$0 batches/wave1.csv batches/wave2.csv", "Lint two batch files (as a pre-commit hook does)")
		.example('$0 "batches/**/*.csv" --format json', "Lint a glob and print ESLint's JSON results")
		.example("$0 --fix batches/", "Fix header spelling, blank lines, separators and encodings in place")
		.example("$0 --max-warnings 0 .", "Fail the build on warnings too")
		.epilogue("Exit codes: 0 no problems (warnings within --max-warnings), 1 problems found, 2 usage, configuration or internal error.")
		.strictOptions()
		.version(false)
		.help(false)
		.option("version", { alias: "v", type: "boolean", default: false, describe: "Print the version" })
		.option("help", { alias: "h", type: "boolean", default: false, describe: "Show this help" })
		.exitProcess(false)
		.fail((message, error) => {
			throw new UsageError(`${error?.message ?? message} (see miglint --help)`);
		})
		.wrap(Math.min(100, process.stdout.columns || 100));
}

export function parseOptions(argv: string[]): CliOptions {
	const parsed = parser(argv).parseSync();
	const options: CliOptions = {
		patterns: parsed._.map(String),
		format: parsed.format,
		maxWarnings: parsed["max-warnings"],
		quiet: parsed.quiet,
		fix: parsed.fix,
		fixDryRun: parsed["fix-dry-run"],
		config: parsed.config,
		printConfig: parsed["print-config"],
		color: parsed.color,
		version: parsed.version,
		help: parsed.help,
	};
	if (!Number.isInteger(options.maxWarnings) || options.maxWarnings < -1) {
		throw new UsageError(`--max-warnings must be a whole number of warnings, got ${String(parsed["max-warnings"])}`);
	}
	if (options.fix && options.fixDryRun) {
		throw new UsageError("--fix and --fix-dry-run cannot be used together");
	}
	return options;
}

export async function helpText(): Promise<string> {
	return parser([]).getHelp();
}
