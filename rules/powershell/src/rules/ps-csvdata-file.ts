import { defineRule, getProjectFacts, ruleDocsUrl } from "@miglint/core";
import type { PowerShellRuleDefinition } from "@miglint/language-powershell";
import { describePath, fileName, resolveCsvFile } from "../utils/csv-data-file.js";
import { csvDataPath, migrationBatches, type CsvPathReference } from "../utils/migration-batches.js";

/** Longer paths are shown by their file name, so that the message stays on one line; the report's location shows the whole path. */
const MAX_SHOWN_PATH = 40;

function shownPath(reference: CsvPathReference): string {
	const path = describePath(reference);
	return path.length > MAX_SHOWN_PATH ? `…\\${fileName(reference.path)}` : path;
}

/** The extensions Exchange accepts for a migration batch file, lower case. */
const BATCH_FILE_EXTENSIONS = new Set(["csv", "txt"]);

/** The extension of the file a path names, lower case; null when its last part has none. */
function extensionOf(path: string): string | null {
	const name = fileName(path);
	const dot = name.lastIndexOf(".");
	return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : null;
}

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: "notFound" | "extension" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description:
				"Require the CSV file a script passes to New-MigrationBatch -CSVData to be in the repository and saved as .csv or .txt, so that miglint checks it as that batch's CSV",
			recommended: "warn",
			url: ruleDocsUrl("rules/powershell", "ps-csvdata-file"),
			constraints: ["PS-MB-003", "CSV-004"],
		},
		schema: [],
		messages: {
			notFound: "New-MigrationBatch reads '{{path}}', but {{why}}; fix the path, or map it with csv.sources.",
			extension: "{{cmdlet}} -CSVData reads '{{path}}', a .{{extension}} file; save the batch file as .csv or .txt and pass that file.",
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
				for (const command of [...sourceCode.commandsNamed("New-MigrationBatch"), ...sourceCode.commandsNamed("Set-MigrationBatch")]) {
					const csvFile = csvDataPath(sourceCode, command.parameter("CSVData")?.value ?? null);
					const extension = csvFile && extensionOf(csvFile.path);
					if (!csvFile || extension === null || BATCH_FILE_EXTENSIONS.has(extension)) continue;
					context.report({
						node: csvFile.node,
						messageId: "extension",
						data: { cmdlet: command.is("New-MigrationBatch") ? "New-MigrationBatch" : "Set-MigrationBatch", path: shownPath(csvFile), extension },
					});
				}
			},
		};
	},
};

export default defineRule(rule);
