import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import { CsvLanguage } from "@miglint/language-csv";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** A RuleTester for CSV rules: code is CSV text, linted as `miglint/csv`. */
export function createRuleTester(): RuleTester {
	return new RuleTester({
		plugins: { miglint: { languages: { csv: new CsvLanguage() } } },
		language: "miglint/csv",
	});
}
