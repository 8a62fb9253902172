import { styleText } from "node:util";
import type { Linter } from "eslint";
import { formatCount, plural } from "@miglint/core";
import { levelOf, ruleIdOf, type Formatter, type ReportContext } from "./problems.js";

/** The runs of lines a grouped entry lists before it says how many more there are. */
export const MAX_LISTED_RUNS = 10;

/** The problems of one file with the same rule, level and message: one entry of the report. */
interface Group {
	ruleId: string;
	level: "error" | "warning";
	text: string;
	messages: Linter.LintMessage[];
}

function groupsOf(messages: readonly Linter.LintMessage[]): Group[] {
	const groups = new Map<string, Group>();
	for (const message of messages) {
		const ruleId = ruleIdOf(message);
		const level = levelOf(message);
		const key = `${ruleId}\0${level}\0${message.message}`;
		const group = groups.get(key) ?? { ruleId, level, text: message.message, messages: [] };
		group.messages.push(message);
		groups.set(key, group);
	}
	return [...groups.values()];
}

/** Distinct line numbers as runs ("2–51"), the first `MAX_LISTED_RUNS` of them, then how many lines the rest hold. */
export function lineRuns(lines: readonly number[]): string {
	const sorted = [...new Set(lines)].sort((a, b) => a - b);
	const runs: Array<[number, number]> = [];
	for (const line of sorted) {
		const last = runs.at(-1);
		if (last && line === last[1] + 1) {
			last[1] = line;
		} else {
			runs.push([line, line]);
		}
	}
	const listed = runs.slice(0, MAX_LISTED_RUNS).map(([first, end]) => (first === end ? formatCount(first) : `${formatCount(first)}–${formatCount(end)}`));
	const more = runs.slice(MAX_LISTED_RUNS).reduce((sum, [first, end]) => sum + end - first + 1, 0);
	return `${sorted.length === 1 ? "line" : "lines"} ${listed.join(", ")}${more ? ` …and ${formatCount(more)} more` : ""} (${plural(sorted.length, "line")})`;
}

function entry(group: Group, paint: Paint): string {
	const [first] = group.messages as [Linter.LintMessage];
	const where = `${first.line || 0}:${first.column || 0}`;
	const level = paint(group.level === "error" ? "red" : "yellow", group.level);
	const text = group.messages.length === 1 ? group.text : `${group.text} — ${lineRuns(group.messages.map((message) => message.line || 0))}`;
	return `  ${paint("dim", where)}  ${level}  ${text}  ${paint("dim", group.ruleId)}`;
}

type Paint = (style: "red" | "yellow" | "dim" | "bold" | "underline", text: string) => string;

/** The count of problems of each rule, most first, with the rule's documentation page. */
function ruleCounts(messages: readonly Linter.LintMessage[], context: ReportContext, paint: Paint): string[] {
	const counts = new Map<string, number>();
	for (const message of messages) {
		counts.set(ruleIdOf(message), (counts.get(ruleIdOf(message)) ?? 0) + 1);
	}
	const sorted = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1));
	const width = Math.max(...sorted.map(([, count]) => formatCount(count).length));
	return sorted.map(([ruleId, count]) => {
		const url = context.rules[ruleId.replace(/^miglint\//u, "")]?.meta.docs.url;
		return `  ${formatCount(count).padStart(width)}  ${ruleId}${url ? `  ${paint("dim", url)}` : ""}`;
	});
}

/**
 * The human-readable report: per file, one entry per rule, level and message
 * with the lines it covers (a 2,000-row batch with the same problem in every
 * row is one entry, not 2,000 lines), then the totals and the count per rule.
 * Messages are not padded to the longest one.
 */
export const format: Formatter = (results, context) => {
	// Whether to colour is decided (--color, --no-color, the terminal) before the report is made, not by styleText's look at the stream.
	const paint: Paint = context.color ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text;
	const output: string[] = [];
	const all: Linter.LintMessage[] = [];
	let fixableErrors = 0;
	let fixableWarnings = 0;
	for (const result of results) {
		if (!result.messages.length) {
			continue;
		}
		all.push(...result.messages);
		fixableErrors += result.fixableErrorCount;
		fixableWarnings += result.fixableWarningCount;
		output.push("", paint("underline", result.filePath), ...groupsOf(result.messages).map((group) => entry(group, paint)));
	}
	if (!all.length) {
		return "";
	}
	const errors = all.filter((message) => levelOf(message) === "error").length;
	const summary = `✖ ${plural(all.length, "problem")} (${plural(errors, "error")}, ${plural(all.length - errors, "warning")})`;
	output.push("", paint(errors ? "red" : "yellow", paint("bold", summary)), ...ruleCounts(all, context, paint));
	if (fixableErrors || fixableWarnings) {
		output.push(`  ${plural(fixableErrors, "error")} and ${plural(fixableWarnings, "warning")} potentially fixable with the \`--fix\` option.`);
	}
	return output.join("\n");
};
