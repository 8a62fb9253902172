import { createPlugin } from "./create-plugin.js";
import settings from "./parts/settings.js";
import csv from "./parts/csv.js";
import powershell from "./parts/powershell.js";
import { projectFactsConfig } from "./project-facts.js";

export { createPlugin, recommendedRulesOf, type MiglintPlugin } from "./create-plugin.js";
export {
	SETTINGS_IGNORES,
	LANGUAGE_NAMES,
	languageExtensions,
	languageFiles,
	languageIgnores,
	languageOfFile,
	languageOfRule,
	RULE_PREFIXES,
	type LanguageName,
} from "./languages.js";
export type { LanguagePart, MiglintRule, RecommendedSeverity } from "./part.js";

/** miglint as an ESLint plugin: every language, every rule, `configs.recommended`. */
const plugin = createPlugin({ csv, powershell, settings });

export const { rules, languages } = plugin;

/** The project facts of the repository at `root` (the working directory by default): see projectFactsConfig. */
export const projectFacts = (options?: { root?: string }) => projectFactsConfig(plugin.rules, options);

export default Object.assign(plugin, { projectFacts });
