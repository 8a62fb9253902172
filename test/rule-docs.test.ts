import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { REPOSITORY_URL } from "@miglint/core";
import plugin, { rules } from "eslint-plugin-miglint";

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The fence info strings of each language's examples, with the file name each kind of example is linted as. */
const FENCES: Record<string, Record<string, string>> = {
	"miglint/csv": { csv: "example.csv" },
	"miglint/powershell": { powershell: "example.ps1" },
	"miglint/settings": { json: "example.json", yaml: "example.yaml" },
};
const REQUIRED_SECTIONS = ["## Why", "## Rule details", "## Examples", "### Incorrect", "### Correct", "## Options", "## When not to use it"];

interface Example {
	kind: "incorrect" | "correct";
	code: string;
	line: number;
	fileName: string;
	settings: { options?: unknown[]; settings?: Record<string, unknown>; csvType?: string };
}

/** The example blocks of a page, each with its section and the miglint-example comment just above it. */
function examples(markdown: string, fences: Record<string, string>): Example[] {
	const found: Example[] = [];
	const lines = markdown.split("\n");
	let kind: Example["kind"] | null = null;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		if (/^#{1,3} /u.test(line)) {
			kind = line === "### Incorrect" ? "incorrect" : line === "### Correct" ? "correct" : /^#{1,2} /u.test(line) ? null : kind;
		}
		const fileName = fences[line.slice(3)];
		if (!line.startsWith("```") || !fileName || !kind) {
			continue;
		}
		const end = lines.indexOf("```", index + 1);
		const comment = /^<!-- miglint-example: (.*) -->$/u.exec(lines[index - 1] ?? "");
		found.push({ kind, code: `${lines.slice(index + 1, end).join("\n")}\n`, line: index + 1, fileName, settings: comment ? JSON.parse(comment[1]!) : {} });
		index = end;
	}
	return found;
}

function lint(id: string, language: string, example: Example): Linter.LintMessage[] {
	const config: Linter.Config = {
		files: [`**/${example.fileName}`],
		plugins: { miglint: plugin as never },
		language,
		languageOptions: example.settings.csvType ? { csvType: example.settings.csvType } : {},
		settings: example.settings.settings ?? {},
		rules: { [`miglint/${id}`]: ["error", ...(example.settings.options ?? [])] as Linter.RuleEntry },
	};
	return new Linter({ configType: "flat" }).verify(example.code, [config], example.fileName);
}

describe.each(Object.entries(rules))("docs of %s", (id, rule) => {
	const url = rule.meta.docs.url;
	const [language] = rule.meta.languages ?? [];
	const packageDirectory = url.replace(`${REPOSITORY_URL}/blob/main/`, "").split("/docs/")[0]!;
	const file = path.join(REPOSITORY_ROOT, url.replace(`${REPOSITORY_URL}/blob/main/`, ""));
	const markdown = readFileSync(file, "utf8");

	it("lives where meta.docs.url points, with the sections every rule page has", () => {
		expect(path.relative(REPOSITORY_ROOT, file)).toBe(path.join(packageDirectory, "docs", "rules", `${id}.md`));
		expect(packageDirectory).toMatch(/^rules\/[a-z]+$/u);
		expect(markdown.startsWith(`# ${id}\n`)).toBe(true);
		for (const section of REQUIRED_SECTIONS) {
			expect(markdown.split("\n"), section).toContain(section);
		}
		expect(markdown).toMatch(/https:\/\/learn\.microsoft\.com\//u);
	});

	const pageExamples = examples(markdown, FENCES[language!]!);
	it.each(pageExamples.map((example) => [`${example.kind} example at line ${example.line}`, example] as const))("%s behaves as the page says", (_name, example) => {
		const messages = lint(id, language!, example).filter((message) => message.ruleId === `miglint/${id}` || message.fatal);
		if (example.kind === "incorrect") {
			expect(messages.length).toBeGreaterThan(0);
			expect(messages.every((message) => !message.fatal)).toBe(true);
		} else {
			expect(messages).toEqual([]);
		}
	});
});
