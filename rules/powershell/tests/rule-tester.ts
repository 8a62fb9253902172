import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import { PowerShellLanguage } from "@miglint/language-powershell";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** A RuleTester for PowerShell rules: code is a script, linted as `miglint/powershell`. */
export function createRuleTester(): RuleTester {
	return new RuleTester({
		plugins: { miglint: { languages: { powershell: new PowerShellLanguage() } } },
		language: "miglint/powershell",
	});
}
