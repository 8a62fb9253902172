import { defineRule, getProjectFacts, ruleDocsUrl } from "@miglint/core";
import type { PowerShellRuleDefinition } from "@miglint/language-powershell";
import { resolveCsvFile } from "../utils/csv-data-file.js";
import { describePath, migrationBatches } from "../utils/migration-batches.js";

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
			notFound: "New-MigrationBatch reads its CSV file from '{{path}}', but {{why}}; fix the path, or map it to a file with csv.sources in miglint.config.",
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
						context.report({ node: csvFile.node, messageId: "notFound", data: { path: describePath(csvFile), why: found.why } });
					}
				}
			},
		};
	},
};

export default defineRule(rule);
