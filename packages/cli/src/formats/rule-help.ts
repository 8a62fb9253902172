import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { languageOfRule, type LanguageName } from "eslint-plugin-miglint/languages";

const RULE_PACKAGES: Record<LanguageName, string> = {
	csv: "@miglint/rules-csv",
	powershell: "@miglint/rules-powershell",
	settings: "@miglint/rules-settings",
};

export interface RuleHelp {
	/** The first paragraph of the rule's page. */
	summary: string | undefined;
	/** The page's "Why" section, in Markdown. */
	why: string | undefined;
}

/** A rule's documentation page, shipped in its rules package's `docs/rules`; null when it cannot be found. */
function rulePage(id: string): string | null {
	const language = languageOfRule(id);
	if (!language) {
		return null;
	}
	// The rules packages are dependencies of the plugin, not of the CLI.
	const fromPlugin = createRequire(createRequire(import.meta.url).resolve("eslint-plugin-miglint"));
	try {
		const entry = fromPlugin.resolve(RULE_PACKAGES[language]);
		return readFileSync(path.join(path.dirname(entry), "..", "docs", "rules", `${id}.md`), "utf8");
	} catch {
		return null;
	}
}

/** The paragraphs of a Markdown page, without headings. */
function section(page: string, heading: string | null): string | undefined {
	const lines = page.split(/\r?\n/u);
	const start = heading === null ? lines.findIndex((line) => line.startsWith("# ")) : lines.indexOf(`## ${heading}`);
	if (start === -1) {
		return undefined;
	}
	const rest = lines.slice(start + 1);
	const end = rest.findIndex((line) => line.startsWith("## "));
	const text = (end === -1 ? rest : rest.slice(0, end)).join("\n").trim();
	return (heading === null ? text.split(/\n\s*\n/u)[0] : text) || undefined;
}

/** The help a rule's documentation page gives, read from the page. */
export function ruleHelp(id: string): RuleHelp {
	const page = rulePage(id);
	return { summary: page ? section(page, null) : undefined, why: page ? section(page, "Why") : undefined };
}

/** Markdown with its links to other pages of the repository made absolute, as a report read elsewhere needs them. */
export function absoluteLinks(markdown: string, pageUrl: string): string {
	return markdown.replace(/\]\(((?:\.{1,2}\/|#)[^)\s]*|[\w-]+\.md(?:#[^)\s]*)?)\)/gu, (_link, href: string) => `](${new URL(href, pageUrl).href})`);
}

/** Markdown as plain text: links as their text and address, without code and emphasis marks. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/\[([^\]]*)\]\(([^)]*)\)/gu, "$1 ($2)")
		.replace(/`+/gu, "")
		.replace(/\*\*/gu, "");
}
