import path from "node:path";
import { UsageError } from "./usage-error.js";

export const FORMATS = ["stylish", "json", "sarif", "junit", "github", "checkstyle"] as const;
export type FormatName = (typeof FORMATS)[number];

/** One report to write: a format and its file, or standard output. */
export interface ReportRequest {
	format: FormatName;
	outputFile: string | undefined;
}

/** Whether a command-line token gives `--format` or `--output-file` (in any spelling yargs-parser reads). */
function optionKind(token: string): "format" | "output" | undefined {
	if (/^(--format(=|$)|-f)/u.test(token)) {
		return "format";
	}
	return /^(--output-file(=|$)|-o)/u.test(token) ? "output" : undefined;
}

/**
 * Pairs each `--output-file` with the `--format` before it; a format without
 * one goes to standard output, and `--output-file` without any `--format`
 * takes the default stylish report. yargs-parser gives the values of each
 * option but not how they interleave, so the order comes from the tokens.
 */
export function reportRequests(argv: readonly string[], formats: readonly FormatName[], outputFiles: readonly string[]): ReportRequest[] {
	const end = argv.indexOf("--");
	const kinds = (end === -1 ? argv : argv.slice(0, end)).map(optionKind).filter((kind) => kind !== undefined);
	const formatCount = kinds.filter((kind) => kind === "format").length;
	if ((formatCount && formatCount !== formats.length) || kinds.length - formatCount !== outputFiles.length) {
		throw new UsageError("give each --format and --output-file as its own option followed by its value (see miglint --help)");
	}
	const reports: ReportRequest[] = formatCount ? [] : [{ format: formats[0] ?? "stylish", outputFile: undefined }];
	let formatIndex = 0;
	let outputIndex = 0;
	for (const kind of kinds) {
		if (kind === "format") {
			reports.push({ format: formats[formatIndex++]!, outputFile: undefined });
			continue;
		}
		const file = outputFiles[outputIndex++]!;
		const report = reports.at(-1);
		if (!report) {
			throw new UsageError(`--output-file ${file} comes before any --format: put it after the --format it is for (see miglint --help)`);
		}
		if (report.outputFile !== undefined) {
			throw new UsageError(`--format ${report.format} has two --output-file options: give one --output-file after each --format (see miglint --help)`);
		}
		report.outputFile = file;
	}
	if (reports.filter((report) => report.outputFile === undefined).length > 1) {
		throw new UsageError("only one --format can go to standard output: give the others an --output-file (see miglint --help)");
	}
	const files = reports.flatMap((report) => (report.outputFile === undefined ? [] : [path.resolve(report.outputFile)]));
	if (new Set(files).size !== files.length) {
		throw new UsageError("two reports are written to the same --output-file (see miglint --help)");
	}
	return reports;
}
