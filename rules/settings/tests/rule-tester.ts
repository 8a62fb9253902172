import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import { SettingsLanguage } from "@miglint/language-settings";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/**
 * A RuleTester for the settings rules, linting as `miglint/settings`. Give each case
 * a `filename`: `settings.json` is read as strict JSON, anything else (and no
 * file name) as YAML.
 */
export function createRuleTester(): RuleTester {
	return new RuleTester({
		plugins: { miglint: { languages: { settings: new SettingsLanguage() } } },
		language: "miglint/settings",
	});
}
