import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import { ConfigLanguage } from "@miglint/language-config";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/**
 * A RuleTester for config rules, linting as `miglint/config`. Give each case
 * a `filename`: `settings.json` is read as strict JSON, anything else (and no
 * file name) as YAML.
 */
export function createRuleTester(): RuleTester {
	return new RuleTester({
		plugins: { miglint: { languages: { config: new ConfigLanguage() } } },
		language: "miglint/config",
	});
}
