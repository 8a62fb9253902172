import { defineRule, getProjectFacts, ruleDocsUrl } from "@miglint/core";
import type { PowerShellRuleDefinition } from "@miglint/language-powershell";
import { fileName, resolveCsvFile } from "../utils/csv-data-file.js";
import { describePath, migrationBatches, type CsvPathReference } from "../utils/migration-batches.js";

/** Longer paths are shown by their file name, so that the message stays on one line; the report's location shows the whole path. */
const MAX_SHOWN_PATH = 40;

function shownPath(reference: CsvPathReference): string {
	const path = describePath(reference);
	return path.length > MAX_SHOWN_PATH ? `…\\${fileName(reference.path)}` : path;
}

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: "notFound" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description: "Require the CSV file a script passes to New-MigrationBatch -CSVData to be in the repository, so that miglint checks it as that batch's CSV",
			recommended: "warn",
			url: ruleDocsUrl("rules/powershell", "ps-csvdata-file"),
			constraints: ["PS-MB-003"],
		},
		schema: [],
		messages: {
			notFound: "New-MigrationBatch reads '{{path}}', but {{why}}; fix the path, or map it with csv.sources.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const facts = getProjectFacts(context.settings, context.physicalFilename);
		const index = { files: facts.csvFiles ?? null, sources: facts.csvSources ?? {} };

		return {
			Program() {
				for (const { csvFile } of migrationBatches(sourceCode)) {
					if (!csvFile) continue;
					const found = resolveCsvFile(csvFile, context.physicalFilename, index);
					if (found && found.file === null) {
						context.report({ node: csvFile.node, messageId: "notFound", data: { path: shownPath(csvFile), why: found.why } });
					}
				}
			},
		};
	},
};

export default defineRule(rule);
