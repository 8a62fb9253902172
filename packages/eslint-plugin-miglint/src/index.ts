import { createPlugin } from "./create-plugin.js";
import config from "./parts/config.js";
import csv from "./parts/csv.js";
import powershell from "./parts/powershell.js";

export { createPlugin, recommendedRulesOf, type MiglintPlugin } from "./create-plugin.js";
export {
	CONFIG_IGNORES,
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
const plugin = createPlugin({ csv, powershell, config });

export const { rules, languages } = plugin;

export default plugin;
