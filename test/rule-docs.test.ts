import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { constraints, ruleDocsPath } from "@miglint/core";
import plugin, { rules } from "eslint-plugin-miglint";

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI_VERSION = (JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, "packages/cli/package.json"), "utf8")) as { version: string }).version;
/** The fence info strings of each language's examples, with the file name each kind of example is linted as. */
const FENCES: Record<string, Record<string, string>> = {
	"miglint/csv": { csv: "example.csv" },
	"miglint/powershell": { powershell: "example.ps1" },
	"miglint/settings": { json: "example.json", yaml: "example.yaml" },
};
/** Rules whose incorrect examples are about bytes or file sizes (thousands of rows), which a code block cannot hold: their pages show them as `text`. */
const SHOWN_AS_BYTES = new Set(["csv-assumed-type", "csv-encoding", "csv-max-size", "ps-file-encoding"]);
/** A constraint id anywhere in prose, with the link text's bracket before it and the link's `](` after it when it has them. */
const CONSTRAINT_ID = new RegExp(`(\\[)?\\b(${constraints.map((constraint) => constraint.id).join("|")})\\b(\\]\\(\\S*?\\))?`, "gu");

/** The constraint ids a page names in its prose (outside code) without linking the constraint table's entry. */
function unlinkedConstraintIds(markdown: string): string[] {
	const prose = markdown.replace(/^```[^]*?^```$/gmu, "").replace(/`[^`\n]*`/gu, "");
	return [...prose.matchAll(CONSTRAINT_ID)]
		.filter(([, open, id, link]) => !open || link !== `](../../../../docs/constraints.md#${id!.toLowerCase()})`)
		.map(([, , id]) => id!);
}
const REQUIRED_SECTIONS = ["## Why", "## Rule details", "## Examples", "### Incorrect", "### Correct", "## Options", "## When not to use it"];

interface Example {
	kind: "incorrect" | "correct";
	code: string;
	line: number;
	/** The fence's info string (`csv` in "```csv"). */
	fence: string;
	/** The file name the example is linted as; undefined for a fence its language does not lint. */
	fileName: string | undefined;
	settings: { options?: unknown[]; settings?: Record<string, unknown>; csvType?: string };
}

/** The code blocks of a page's Incorrect and Correct sections, each with its section and the miglint-example comment just above it. */
function examples(markdown: string, fences: Record<string, string>): Example[] {
	const found: Example[] = [];
	const lines = markdown.split("\n");
	let kind: Example["kind"] | null = null;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		if (/^#{1,3} /u.test(line)) {
			kind = line === "### Incorrect" ? "incorrect" : line === "### Correct" ? "correct" : /^#{1,2} /u.test(line) ? null : kind;
		}
		if (!line.startsWith("```") || !kind) {
			continue;
		}
		const fence = line.slice(3);
		const end = lines.indexOf("```", index + 1);
		const comment = /^<!-- miglint-example: (.*) -->$/u.exec(lines[index - 1] ?? "");
		found.push({
			kind,
			code: `${lines.slice(index + 1, end).join("\n")}\n`,
			line: index + 1,
			fence,
			fileName: fences[fence],
			settings: comment ? JSON.parse(comment[1]!) : {},
		});
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

/**
 * An example linted with the whole recommended configuration, as a user who
 * copies it into a repository would run it: the example's settings (tenant
 * facts, project facts, its CSV type) and its own rule's options apply, the
 * other rules keep their recommended severity and default options. A page
 * that needs tenant facts for its Correct example says so in the
 * `<!-- miglint-example: … -->` comment above it, the way a repository says
 * so in its miglint.config.yaml.
 */
function lintWithRecommended(id: string, example: Example): Linter.LintMessage[] {
	const recommended = plugin.configs["recommended"] as Linter.Config[];
	const settings: Linter.Config = {
		files: [`**/${example.fileName}`],
		...(example.settings.csvType ? { languageOptions: { csvType: example.settings.csvType } } : {}),
		settings: example.settings.settings ?? {},
		...(example.settings.options ? { rules: { [`miglint/${id}`]: ["error", ...example.settings.options] as Linter.RuleEntry } } : {}),
	};
	return new Linter({ configType: "flat" }).verify(example.code, [...recommended, settings], example.fileName);
}

describe.each(Object.entries(rules))("docs of %s", (id, rule) => {
	const url = rule.meta.docs.url;
	const [language] = rule.meta.languages ?? [];
	const packageDirectory = ruleDocsPath(url).split("/docs/")[0]!;
	const file = path.join(REPOSITORY_ROOT, ruleDocsPath(url));
	const markdown = readFileSync(file, "utf8");

	it("lives where meta.docs.url points, with the sections every rule page has", () => {
		expect(path.relative(REPOSITORY_ROOT, file)).toBe(path.join(packageDirectory, "docs", "rules", `${id}.md`));
		// The page of the installed version, at its release tag, not the main branch's.
		expect(url).toBe(`https://github.com/miglint/miglint/blob/v${CLI_VERSION}/${packageDirectory}/docs/rules/${id}.md`);
		expect(packageDirectory).toMatch(/^rules\/[a-z]+$/u);
		expect(markdown.startsWith(`# ${id}\n`)).toBe(true);
		for (const section of REQUIRED_SECTIONS) {
			expect(markdown.split("\n"), section).toContain(section);
		}
		expect(markdown).toMatch(/https:\/\/learn\.microsoft\.com\//u);
	});

	// A bare id tells a reader nothing: each one links its entry in the constraint table.
	it("links every constraint id it names to the constraint table", () => {
		expect(unlinkedConstraintIds(markdown)).toEqual([]);
	});

	const pageExamples = examples(markdown, FENCES[language!]!);
	// Without this, a page whose fences the reader does not recognise would silently yield no example test at all.
	it("has incorrect and correct examples in a fence its language lints", () => {
		const linted = pageExamples.filter((example) => example.fileName !== undefined);
		if (SHOWN_AS_BYTES.has(id)) {
			expect(linted.filter((example) => example.kind === "incorrect")).toEqual([]);
			return;
		}
		expect(new Set(linted.map((example) => example.kind)), `fences: ${pageExamples.map((example) => example.fence).join(", ")}`).toEqual(
			new Set(["incorrect", "correct"]),
		);
	});
	it.each(
		pageExamples.filter((example) => example.fileName !== undefined).map((example) => [`${example.kind} example at line ${example.line}`, example] as const),
	)("%s behaves as the page says", (_name, example) => {
		const messages = lint(id, language!, example).filter((message) => message.ruleId === `miglint/${id}` || message.fatal);
		if (example.kind === "incorrect") {
			expect(messages.length).toBeGreaterThan(0);
			expect(messages.every((message) => !message.fatal)).toBe(true);
		} else {
			expect(messages).toEqual([]);
		}
	});
	it.each(
		pageExamples
			.filter((example) => example.kind === "correct" && example.fileName !== undefined)
			.map((example) => [`correct example at line ${example.line}`, example] as const),
	)("%s passes the whole recommended configuration", (_name, example) => {
		expect(lintWithRecommended(id, example).map((message) => `${message.line}:${message.column} ${message.ruleId ?? "fatal"}: ${message.message}`)).toEqual([]);
	});
});
