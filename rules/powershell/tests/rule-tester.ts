import { PowerShellLanguage, type PowerShellRuleDefinition } from "@miglint/language-powershell";
import { languageRuleTester, type LanguageRuleTester } from "../../../test/helpers/rule-tester.js";

/** A RuleTester for PowerShell rules: code is a script, linted as `miglint/powershell`. */
export function createRuleTester(): LanguageRuleTester<PowerShellRuleDefinition> {
	return languageRuleTester("powershell", new PowerShellLanguage());
}
