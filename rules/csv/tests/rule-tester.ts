import { CsvLanguage, type CsvRuleDefinition } from "@miglint/language-csv";
import { languageRuleTester, type LanguageRuleTester } from "../../../test/helpers/rule-tester.js";

/** A RuleTester for CSV rules: code is CSV text, linted as `miglint/csv`. */
export function createRuleTester(): LanguageRuleTester<CsvRuleDefinition> {
	return languageRuleTester("csv", new CsvLanguage());
}
