import type { ESLint, Linter } from "eslint";
import { relativePath } from "../paths.js";
import { levelOf, ruleIdOf, type Formatter } from "./problems.js";
import { xmlText, XML_DECLARATION } from "./xml.js";

interface Counts {
	tests: number;
	failures: number;
	errors: number;
}

function testCase(message: Linter.LintMessage, file: string): string {
	const ruleId = ruleIdOf(message);
	const level = levelOf(message);
	const element = message.fatal ? "error" : "failure";
	const detail = `line ${message.line}, col ${message.column}, ${level === "error" ? "Error" : "Warning"} - ${message.message} (${ruleId})`;
	return [
		`    <testcase name="${xmlText(`${ruleId} (${message.line}:${message.column})`)}" classname="${file}">`,
		`      <${element} message="${xmlText(message.message)}" type="${level}">${xmlText(detail)}</${element}>`,
		"    </testcase>",
	].join("\n");
}

function testSuite(result: ESLint.LintResult, cwd: string): Counts & { xml: string } {
	const file = xmlText(relativePath(cwd, result.filePath));
	const errors = result.messages.filter((message) => message.fatal).length;
	const counts = { tests: Math.max(result.messages.length, 1), failures: result.messages.length - errors, errors };
	const cases = result.messages.length ? result.messages.map((message) => testCase(message, file)) : [`    <testcase name="miglint" classname="${file}" />`];
	const xml = [`  <testsuite name="${file}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}">`, ...cases, "  </testsuite>"].join(
		"\n",
	);
	return { ...counts, xml };
}

/**
 * JUnit XML as Azure DevOps' PublishTestResults reads it: a test suite per
 * file, a failing test case per problem (an `<error>` for a file miglint could
 * not parse), and one passing case for a file without problems.
 */
export const format: Formatter = (results, { cwd }) => {
	const suites = results.map((result) => testSuite(result, cwd));
	const total = (key: keyof Counts): number => suites.reduce((sum, suite) => sum + suite[key], 0);
	return [
		XML_DECLARATION,
		`<testsuites name="miglint" tests="${total("tests")}" failures="${total("failures")}" errors="${total("errors")}">`,
		...suites.map((suite) => suite.xml),
		"</testsuites>",
	].join("\n");
};
