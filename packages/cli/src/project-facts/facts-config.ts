import type { Linter } from "eslint";
import type { MiglintConfig } from "@miglint/core";
import { relativePath } from "../paths.js";
import { otherBatchesByFile, sharedFacts, type ProjectFactsReport } from "./collect-project-facts.js";

/** A file name as a glob that matches only it. */
function literalGlob(file: string): string {
	return file.replace(/[*?[\]{}()!+@\\]/gu, "\\$&");
}

/**
 * The project facts as ESLint configuration, so that ESLint's cache sees them
 * (a changed fact changes the configuration of the files it concerns): the
 * shared facts as settings, and for a CSV file a script creates a batch from,
 * or whose mailboxes other batch files list, one object for that file.
 */
export function factsConfig(report: ProjectFactsReport, config: MiglintConfig): Linter.Config[] {
	const csvOptions = config.csvLegacyEncoding ? { legacyEncoding: config.csvLegacyEncoding } : {};
	const otherBatches = otherBatchesByFile(report);
	const perFile = report.csvTypes.flatMap((fact): Linter.Config[] => {
		const others = otherBatches.get(fact.file);
		if (!fact.script && !others) return [];
		const file = relativePath(report.root, fact.file);
		return [
			{
				name: `miglint/project facts: ${file}`,
				basePath: report.root,
				files: [literalGlob(file)],
				...(fact.script ? { languageOptions: { ...csvOptions, scriptBatch: { type: fact.type!, script: fact.script } } } : {}),
				...(others ? { settings: { miglint: { project: { otherBatches: others } } } } : {}),
			},
		];
	});
	return [{ name: "miglint/project facts", settings: { miglint: { project: sharedFacts(report, config) } } }, ...perFile];
}
