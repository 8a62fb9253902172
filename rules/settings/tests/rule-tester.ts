import { SettingsLanguage, type SettingsRuleDefinition } from "@miglint/language-settings";
import { languageRuleTester, type LanguageRuleTester } from "../../../test/helpers/rule-tester.js";

/**
 * A RuleTester for the settings rules, linting as `miglint/settings`. Give each case
 * a `filename`: `settings.json` is read as strict JSON, anything else (and no
 * file name) as YAML.
 */
export function createRuleTester(): LanguageRuleTester<SettingsRuleDefinition> {
	return languageRuleTester("settings", new SettingsLanguage());
}
