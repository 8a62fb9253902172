import { type ESLint, RuleTester } from "eslint";
import { describe, it } from "vitest";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** The valid and invalid cases of one rule, as ESLint's RuleTester takes them. */
export type RuleTests = Parameters<RuleTester["run"]>[2];

type RuleDefinition = Parameters<RuleTester["run"]>[1];
type Language = NonNullable<ESLint.Plugin["languages"]>[string];

/** A RuleTester for one miglint language: `run` takes only rules written for that language. */
export interface LanguageRuleTester<Rule extends RuleDefinition> {
	run(ruleId: string, rule: Rule, tests: RuleTests): void;
}

/** Longest test name; longer code is cut, so that a 50,000-row CSV does not become a 50,000-line test name. */
const NAME_LENGTH = 100;

/** The code's start as one line (line breaks shown as `\n`), cut to NAME_LENGTH characters, with its line count when cut. */
export function shortName(code: string): string {
	const oneLine = JSON.stringify(code).slice(1, -1);
	if (oneLine.length <= NAME_LENGTH) return oneLine;
	return `${oneLine.slice(0, NAME_LENGTH)}… (${code.split("\n").length} lines)`;
}

function named<Case extends RuleTester.ValidTestCase>(item: Case): Case {
	return item.name === undefined ? { ...item, name: shortName(item.code) } : item;
}

/** Tests rules of the language registered as `miglint/<name>`; each case without a name is named by the start of its code. */
export function languageRuleTester<Rule extends RuleDefinition>(name: string, language: Language): LanguageRuleTester<Rule> {
	const tester = new RuleTester({ plugins: { miglint: { languages: { [name]: language } } }, language: `miglint/${name}` });
	return {
		run(ruleId, rule, tests) {
			tester.run(ruleId, rule, {
				...tests,
				valid: tests.valid.map((item) => named(typeof item === "string" ? { code: item } : item)),
				invalid: tests.invalid.map(named),
			});
		},
	};
}
