import path from "node:path";
import type { Linter } from "eslint";
import { emptyConfig, findConfigFile, loadConfig, setProjectFactsSource, walkFiles, type RuleInfo } from "@miglint/core";
import { collectProjectFacts, projectFactsSource } from "@miglint/project-facts";
import { languageOfFile } from "./languages.js";

/**
 * The project facts of a repository for a plain ESLint setup, as the miglint
 * CLI derives them: SSO from domain exports, the batch type a script's
 * -CSVData gives a CSV file, every CSV file for -CSVData paths, mailboxes in
 * two batch files. The facts reach the rules through the project facts source
 * (no configuration object per file); the object returned carries the
 * `migration` and `powershell` facts of the repository's miglint.config, if any.
 *
 *     export default [...miglint.configs.recommended, await miglint.projectFacts()];
 *
 * ESLint's cache does not see the facts: run ESLint without --cache, or with
 * the miglint CLI, when a change to one file can change another's findings.
 */
export async function projectFactsConfig(rules: Record<string, RuleInfo>, options: { root?: string } = {}): Promise<Linter.Config> {
	const root = path.resolve(options.root ?? process.cwd());
	const configFile = findConfigFile(root);
	const config = configFile ? loadConfig(configFile, rules) : emptyConfig(root);
	// The miglint command also honours .gitignore and its ignores; a plain ESLint setup searches the root as ESLint does.
	const files = walkFiles(root, (name) => languageOfFile(name) !== undefined).sort();
	const { report } = await collectProjectFacts(root, files, files, config, languageOfFile);
	setProjectFactsSource(projectFactsSource(report, config));
	return { name: "miglint/project facts", settings: { miglint: { migration: config.migration, powershell: config.powershell } } };
}
