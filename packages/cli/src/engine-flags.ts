import { SEVERITIES } from "@miglint/core";
import type { OptionDefinition } from "./options.js";
import { UsageError } from "./usage-error.js";

const FIX_TYPES = ["problem", "suggestion", "layout", "directive"] as const;
/** As in the configuration, written on the command line. */
const SEVERITY_CHOICES = SEVERITIES.map(String);
type Severity = "off" | "warn" | "error";

/** ESLint's engine options miglint passes through, with ESLint's names and meanings. */
export const ENGINE_OPTIONS: Record<string, OptionDefinition> = {
	"fix-type": { type: "string", describe: `Fix only these types of problems, comma-separated: ${FIX_TYPES.join(", ")} (with --fix or --fix-dry-run)` },
	rule: {
		type: "string",
		repeatable: true,
		describe: "Set a rule's severity and options, as in miglint.config: 'csv-max-rows: [error, {max: 1000}]' (repeatable)",
	},
	concurrency: {
		type: "string",
		default: "off",
		describe: "Lint in worker threads: a number of threads, auto (one thread: workers were measured not to pay) or off",
	},
	stdin: { type: "boolean", default: false, describe: "Lint the text of standard input, as the file named by --stdin-filename" },
	"stdin-filename": { type: "string", describe: "The file standard input is (its extension gives its language; project facts still come from the project)" },
	"report-unused-disable-directives": { type: "boolean", default: false, describe: "Report eslint-disable comments that disable nothing as errors" },
	"report-unused-disable-directives-severity": {
		type: "string",
		choices: SEVERITY_CHOICES,
		describe: "Report eslint-disable comments that disable nothing with this severity (default: warn)",
	},
	// Migration repositories are git checkouts, where modification times say little.
	"cache-strategy": {
		type: "string",
		choices: ["content", "metadata"],
		default: "content",
		describe: "How --cache tells a changed file: by its content, or by its size and modification time",
	},
	"suppress-all": { type: "boolean", default: false, describe: "Record every error found in the suppressions file, so that only new errors fail" },
	"suppress-rule": { type: "string", repeatable: true, describe: "Record the errors of these rules in the suppressions file (repeatable, or comma-separated)" },
	"prune-suppressions": { type: "boolean", default: false, describe: "Remove from the suppressions file the errors that no longer occur" },
	"pass-on-unpruned-suppressions": { type: "boolean", default: false, describe: "Do not fail when the suppressions file records errors that no longer occur" },
	"suppressions-location": {
		type: "string",
		describe: "The suppressions file (default: miglint-suppressions.json beside miglint.config, else in the working directory)",
	},
};

export interface EngineFlags {
	fixTypes: (typeof FIX_TYPES)[number][] | undefined;
	rules: string[];
	concurrency: "auto" | "off" | number;
	stdin: boolean;
	stdinFilename: string | undefined;
	reportUnusedDisableDirectives: Severity | undefined;
	cacheStrategy: "content" | "metadata";
	suppressAll: boolean;
	suppressRules: string[] | undefined;
	pruneSuppressions: boolean;
	passOnUnprunedSuppressions: boolean;
	suppressionsLocation: string | undefined;
}

/** The values of a repeatable option, each of which may be a comma-separated list. */
function listOf(value: unknown): string[] {
	return [value ?? []]
		.flat()
		.flatMap((item) => (typeof item === "string" ? item : JSON.stringify(item)).split(","))
		.map((item) => item.trim())
		.filter(Boolean);
}

function concurrencyOf(value: string): EngineFlags["concurrency"] {
	if (value === "auto" || value === "off") return value;
	const threads = Number(value);
	if (!Number.isInteger(threads) || threads < 1) {
		throw new UsageError(`--concurrency takes a number of threads (1 or more), auto or off, not ${JSON.stringify(value)}`);
	}
	return threads;
}

function severityOf(value: string): Severity {
	return ({ "0": "off", "1": "warn", "2": "error" } as Record<string, Severity>)[value] ?? (value as Severity);
}

/** Pairs of options that contradict each other, as ESLint refuses them. */
const EXCLUSIVE: ReadonlyArray<[keyof EngineFlags, keyof EngineFlags, string, string]> = [
	["suppressAll", "suppressRules", "--suppress-all", "--suppress-rule"],
	["suppressAll", "pruneSuppressions", "--suppress-all", "--prune-suppressions"],
	["suppressRules", "pruneSuppressions", "--suppress-rule", "--prune-suppressions"],
];

/** The engine flags of parsed arguments, checked against each other and the rest of the command line. */
export function engineFlagsOf(parsed: Record<string, unknown>, command: { patterns: readonly string[]; fix: boolean; fixDryRun: boolean }): EngineFlags {
	const fixTypes = parsed["fix-type"] === undefined ? undefined : listOf(parsed["fix-type"]);
	const unknownType = fixTypes?.find((type) => !(FIX_TYPES as readonly string[]).includes(type));
	if (fixTypes && (unknownType !== undefined || fixTypes.length === 0)) {
		throw new UsageError(`--fix-type takes ${FIX_TYPES.join(", ")}, comma-separated${unknownType ? `, not ${JSON.stringify(unknownType)}` : ""}`);
	}
	if (fixTypes && !command.fix && !command.fixDryRun) {
		throw new UsageError("--fix-type needs --fix or --fix-dry-run");
	}
	const severity = parsed["report-unused-disable-directives-severity"] as string | undefined;
	if (parsed["report-unused-disable-directives"] && severity !== undefined) {
		throw new UsageError("use --report-unused-disable-directives or --report-unused-disable-directives-severity, not both");
	}
	const flags: EngineFlags = {
		fixTypes: fixTypes as EngineFlags["fixTypes"],
		rules: [parsed["rule"] ?? []].flat().map(String),
		concurrency: concurrencyOf(parsed["concurrency"] as string),
		stdin: parsed["stdin"] as boolean,
		stdinFilename: parsed["stdin-filename"] as string | undefined,
		reportUnusedDisableDirectives: parsed["report-unused-disable-directives"] ? "error" : severity === undefined ? undefined : severityOf(severity),
		cacheStrategy: parsed["cache-strategy"] as EngineFlags["cacheStrategy"],
		suppressAll: parsed["suppress-all"] as boolean,
		suppressRules: parsed["suppress-rule"] === undefined ? undefined : listOf(parsed["suppress-rule"]),
		pruneSuppressions: parsed["prune-suppressions"] as boolean,
		passOnUnprunedSuppressions: parsed["pass-on-unpruned-suppressions"] as boolean,
		suppressionsLocation: parsed["suppressions-location"] as string | undefined,
	};
	for (const [first, second, firstName, secondName] of EXCLUSIVE) {
		if (flags[first] && flags[second]) {
			throw new UsageError(`${firstName} and ${secondName} cannot be used together`);
		}
	}
	if (flags.stdin) {
		checkStdin(flags, command);
	} else if (flags.stdinFilename !== undefined) {
		throw new UsageError("--stdin-filename names the file standard input is: use it with --stdin");
	}
	return flags;
}

function checkStdin(flags: EngineFlags, command: { patterns: readonly string[]; fix: boolean }): void {
	if (flags.stdinFilename === undefined) {
		throw new UsageError("--stdin needs --stdin-filename: the extension of the file name tells miglint how to read the text");
	}
	if (command.patterns.length) {
		throw new UsageError("--stdin lints standard input: name no files or directories with it");
	}
	if (command.fix) {
		throw new UsageError("--fix cannot write standard input; use --fix-dry-run");
	}
	if (flags.suppressAll || flags.suppressRules || flags.pruneSuppressions) {
		throw new UsageError("--suppress-all, --suppress-rule and --prune-suppressions cannot be used with --stdin");
	}
}
