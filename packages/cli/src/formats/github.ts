import { plural } from "@miglint/core";
import { relativePath } from "../paths.js";
import { levelOf, ruleIdOf, type Formatter } from "./problems.js";

/** Escapes as the Actions toolkit's `escapeData` does (`@actions/core`, command.ts). */
function escapeData(value: string): string {
	return value.replace(/%/gu, "%25").replace(/\r/gu, "%0D").replace(/\n/gu, "%0A");
}

/** Escapes as the Actions toolkit's `escapeProperty` does. */
function escapeProperty(value: string): string {
	return escapeData(value).replace(/:/gu, "%3A").replace(/,/gu, "%2C");
}

/**
 * The annotations of one rule in one file. GitHub shows at most 10 error and
 * 10 warning annotations per step (actions/toolkit, docs/problem-matchers.md)
 * and drops the rest without a word, so one rule's problems in a big batch
 * would hide every other rule's.
 */
export const ANNOTATIONS_PER_RULE_AND_FILE = 10;

function annotation(level: "error" | "warning" | "notice", properties: Array<[string, string | number | undefined]>, text: string): string {
	const given = properties.flatMap(([name, value]) => (value === undefined ? [] : [`${name}=${escapeProperty(String(value))}`]));
	return `::${level} ${given.join(",")}::${escapeData(text)}`;
}

/**
 * GitHub Actions workflow commands: an `::error` or `::warning` annotation per
 * problem, at most `ANNOTATIONS_PER_RULE_AND_FILE` per rule and file, then one
 * `::notice` that says how many more problems of that rule the file has.
 */
export const format: Formatter = (results, { cwd }) =>
	results
		.flatMap((result) => {
			const file = relativePath(cwd, result.filePath);
			const perRule = new Map<string, number>();
			const lines: string[] = [];
			for (const message of result.messages) {
				const title = ruleIdOf(message);
				const count = (perRule.get(title) ?? 0) + 1;
				perRule.set(title, count);
				if (count <= ANNOTATIONS_PER_RULE_AND_FILE) {
					const location: Array<[string, number | undefined]> = [
						["line", message.line],
						["endLine", message.endLine],
						["col", message.column],
						["endColumn", message.endColumn],
					];
					lines.push(annotation(levelOf(message), [["file", file], ...location, ["title", title]], message.message));
				}
			}
			for (const [title, count] of perRule) {
				if (count > ANNOTATIONS_PER_RULE_AND_FILE) {
					const more = count - ANNOTATIONS_PER_RULE_AND_FILE;
					lines.push(
						annotation(
							"notice",
							[
								["file", file],
								["title", title],
							],
							`${plural(more, "more problem")} of ${title} in this file ${more === 1 ? "is" : "are"} not annotated; the stylish or SARIF report lists them all.`,
						),
					);
				}
			}
			return lines;
		})
		.join("\n");
