import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { REPOSITORY_URL } from "@miglint/core";
import { CsvLanguage } from "@miglint/language-csv";
import { rules } from "../src/index.js";

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const REQUIRED_SECTIONS = ["## Why", "## Rule details", "## Examples", "### Incorrect", "### Correct", "## Options", "## When not to use it"];

interface Example {
	kind: "incorrect" | "correct";
	code: string;
	line: number;
	settings: { options?: unknown[]; settings?: Record<string, unknown>; csvType?: string };
}

/** The ```csv blocks of a page, each with its section and the miglint-example comment just above it. */
function csvExamples(markdown: string): Example[] {
	const examples: Example[] = [];
	const lines = markdown.split("\n");
	let kind: Example["kind"] | null = null;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		if (/^#{1,3} /u.test(line)) {
			kind = line === "### Incorrect" ? "incorrect" : line === "### Correct" ? "correct" : /^#{1,2} /u.test(line) ? null : kind;
		}
		if (line !== "```csv" || !kind) {
			continue;
		}
		const end = lines.indexOf("```", index + 1);
		const comment = /^<!-- miglint-example: (.*) -->$/u.exec(lines[index - 1] ?? "");
		examples.push({ kind, code: `${lines.slice(index + 1, end).join("\n")}\n`, line: index + 1, settings: comment ? JSON.parse(comment[1]!) : {} });
		index = end;
	}
	return examples;
}

function lint(id: string, example: Example): Linter.LintMessage[] {
	const config: Linter.Config = {
		files: ["**/*.csv"],
		plugins: { miglint: { languages: { csv: new CsvLanguage() }, rules: { [id]: rules[id as keyof typeof rules] as never } } },
		language: "miglint/csv",
		languageOptions: example.settings.csvType ? { csvType: example.settings.csvType } : {},
		settings: example.settings.settings ?? {},
		rules: { [`miglint/${id}`]: ["error", ...(example.settings.options ?? [])] as Linter.RuleEntry },
	};
	return new Linter({ configType: "flat" }).verify(example.code, [config], "example.csv");
}

describe.each(Object.entries(rules))("docs of %s", (id, rule) => {
	const url = (rule.meta as { docs: { url: string } }).docs.url;
	const file = path.join(REPOSITORY_ROOT, url.replace(`${REPOSITORY_URL}/blob/main/`, ""));
	const markdown = readFileSync(file, "utf8");

	it("lives where meta.docs.url points, with the sections every rule page has", () => {
		expect(path.relative(REPOSITORY_ROOT, file)).toBe(path.join("rules", "csv", "docs", "rules", `${id}.md`));
		expect(markdown.startsWith(`# ${id}\n`)).toBe(true);
		for (const section of REQUIRED_SECTIONS) {
			expect(markdown.split("\n"), section).toContain(section);
		}
		expect(markdown).toMatch(/https:\/\/learn\.microsoft\.com\//u);
	});

	const examples = csvExamples(markdown);
	it.each(examples.map((example) => [`${example.kind} example at line ${example.line}`, example] as const))("%s behaves as the page says", (_name, example) => {
		const messages = lint(id, example).filter((message) => message.ruleId === `miglint/${id}` || message.fatal);
		if (example.kind === "incorrect") {
			expect(messages.length).toBeGreaterThan(0);
			expect(messages.every((message) => !message.fatal)).toBe(true);
		} else {
			expect(messages).toEqual([]);
		}
	});
});
