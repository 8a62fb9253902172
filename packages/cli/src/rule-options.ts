import { ConfigError, configuredRuleIds, readRuleOption, resolveConfig, type MiglintConfig, type RuleEntry } from "@miglint/core";
import { languagesOfRules, loadLanguageParts, rulesOf, type LanguageParts } from "./language-parts.js";
import { UsageError } from "./usage-error.js";

/**
 * Rule entries written on the command line, checked as the configuration's
 * are (an unknown id gets a did-you-mean), with the languages they name loaded.
 */
async function checkedRuleEntries(
	texts: readonly string[],
	parts: LanguageParts,
	option: (text: string) => string,
): Promise<{ rules: Record<string, RuleEntry>; parts: LanguageParts }> {
	const checked = <Result>(text: string, check: () => Result): Result => {
		try {
			return check();
		} catch (error) {
			throw error instanceof ConfigError ? new UsageError(`${option(text)}: ${error.message}`) : error;
		}
	};
	const documents = texts.map((text) => ({ text, document: checked(text, () => readRuleOption(text)) }));
	const languages = languagesOfRules(documents.flatMap(({ document }) => configuredRuleIds(document))).filter((name) => !parts[name]);
	const loaded = { ...parts, ...(await loadLanguageParts(languages)) };
	const rules: Record<string, RuleEntry> = {};
	for (const { text, document } of documents) {
		Object.assign(
			rules,
			checked(text, () => resolveConfig(document, rulesOf(loaded)).rules),
		);
	}
	return { rules, parts: loaded };
}

/** The configuration with the `--rule` entries on top, for every file: as in ESLint, they win over the overrides' entries for the same rules. */
export async function withRuleOptions(
	texts: readonly string[],
	configured: { config: MiglintConfig; parts: LanguageParts },
): Promise<{ config: MiglintConfig; parts: LanguageParts }> {
	const { rules, parts } = await checkedRuleEntries(texts, configured.parts, (text) => `--rule '${text}'`);
	const overrides = configured.config.overrides.map((override) => ({
		...override,
		rules: Object.fromEntries(Object.entries(override.rules).filter(([id]) => !(id in rules))),
	}));
	return { config: { ...configured.config, rules: { ...configured.config.rules, ...rules }, overrides }, parts };
}

/** Rule ids as results name them (`miglint/<id>`), from short or full ids. */
export async function fullRuleIds(ids: readonly string[], parts: LanguageParts): Promise<string[]> {
	const entries = ids.map((id) => `${JSON.stringify(id)}: error`).join(", ");
	return Object.keys((await checkedRuleEntries([entries], parts, () => "--suppress-rule")).rules);
}
