import { defineRule, ruleDocsUrl } from "@miglint/core";
import {
	findCmdlet,
	type Expression,
	type Node,
	type PowerShellCommand,
	type PowerShellRuleDefinition,
	type PowerShellSourceCode,
	type Statement,
} from "@miglint/language-powershell";
import { constantString, isTrue, lastCommandOf, parameterNameNode, resolveValue } from "../utils/cmdlet-usage.js";
import { byteValueOf } from "../utils/byte-values.js";
import { contentRange, endpointOf, endpointSwitch, isAbsolutePath, joinPathArguments, migrationBatches } from "../utils/migration-batches.js";

type MessageIds =
	| "csvDataPath"
	| "csvDataObjects"
	| "csvDataText"
	| "relativePath"
	| "csvDataMissing"
	| "nameTooLong"
	| "secondCutover"
	| "unknownColumnsAllowed"
	| "addUsersWithoutCsvData"
	| "secondPublicFolderBatch";

/** The longest batch name New-MigrationBatch accepts (PS-MB-001). */
const MAX_NAME_LENGTH = 64;

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description: "Require New-MigrationBatch to get the CSV file as bytes, with a full path, when the batch type needs one, and a valid batch name",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-migration-batch"),
			constraints: ["PS-MB-001", "PS-MB-003", "PS-MB-004", "PS-MB-005", "PS-MB-006", "PS-MB-016", "CSV-007", "CSV-PF-007"],
		},
		schema: [],
		messages: {
			csvDataPath: "-CSVData is given the path {{path}}, but it takes the file's bytes; pass [System.IO.File]::ReadAllBytes('<full path>') instead.",
			csvDataObjects:
				"-CSVData is given the objects of Import-Csv, but it takes the bytes of the CSV file. Pass [System.IO.File]::ReadAllBytes('<full path>') instead.",
			csvDataText: "-CSVData is given the text of the file ({{how}}), but it takes its bytes; pass [System.IO.File]::ReadAllBytes('<full path>') instead.",
			relativePath: "ReadAllBytes is given the relative path '{{path}}'; build a full path with Join-Path $PSScriptRoot.",
			csvDataMissing:
				"The source endpoint '{{name}}' is an -{{switchName}} endpoint, whose batches need a CSV file; add -CSVData ([System.IO.File]::ReadAllBytes(...)).",
			nameTooLong: "The batch name is {{length}} characters long; New-MigrationBatch accepts at most 64.",
			secondCutover: "This is a second cutover batch in the script, after the one on line {{line}}, but only one can exist at a time; remove one.",
			unknownColumnsAllowed:
				"-AllowUnknownColumnsInCsv $true silently drops misspelled optional columns instead of failing the batch; remove it and fix the CSV header.",
			secondPublicFolderBatch:
				"This is a second public folder batch, after the one on line {{line}}, but only one can exist at a time; remove that one with Remove-MigrationBatch first.",
			addUsersWithoutCsvData: "-AddUsers adds the users of a CSV file, but no -CSVData gives one; add -CSVData with the new users, in the batch's CSV format.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		/** What kind of bytes, text or path a -CSVData value is; reports a wrong one. */
		function checkCsvData(value: Expression | Statement | null, reportAt: Node): void {
			const found = byteValueOf(sourceCode, value);
			if (found?.kind === "path") context.report({ node: reportAt, messageId: "csvDataPath", data: { path: found.text } });
			else if (found?.kind === "objects") context.report({ node: reportAt, messageId: "csvDataObjects" });
			else if (found?.kind === "text") context.report({ node: reportAt, messageId: "csvDataText", data: { how: found.how } });
			else if (found?.kind === "bytes") checkReadAllBytesPath(found.readAllBytesPath);
		}

		function checkReadAllBytesPath(argument: Expression | null): void {
			if (argument === null) return;
			const path = relativePathOf(sourceCode, argument);
			if (path !== null) {
				context.report({ node: argument, messageId: "relativePath", data: { path } });
			}
		}

		const cutovers: PowerShellCommand[] = [];

		/** A public folder batch created while another one of the script may still exist: no Remove-MigrationBatch between them (CSV-PF-007). */
		function checkPublicFolderBatches(): void {
			const removals = sourceCode.commandsNamed("Remove-MigrationBatch").map((command) => command.node.range[0]);
			let previous: PowerShellCommand | null = null;
			for (const { command, type } of migrationBatches(sourceCode)) {
				if (type?.type !== "public-folder-map" && type?.type !== "public-folder-groups") continue;
				const start = command.node.range[0];
				const after = previous?.node.range[0];
				if (previous && !removals.some((removal) => after !== undefined && removal > after && removal < start)) {
					context.report({ node: command.node.name, messageId: "secondPublicFolderBatch", data: { line: String(previous.node.loc.start.line) } });
				}
				previous = command;
			}
		}

		return {
			Program() {
				checkPublicFolderBatches();
				for (const command of sourceCode.commands) {
					const isNew = command.is("New-MigrationBatch");
					if (!isNew && !command.is("Set-MigrationBatch")) continue;

					const csvData = command.parameter("CSVData");
					if (csvData) checkCsvData(csvData.value, csvData.value ?? parameterNameNode(csvData));

					const unknownColumns = command.parameter("AllowUnknownColumnsInCsv");
					if (unknownColumns && isTrue(unknownColumns)) {
						context.report({ node: parameterNameNode(unknownColumns), messageId: "unknownColumnsAllowed" });
					}
					if (!isNew) {
						const addUsers = command.parameter("AddUsers");
						if (addUsers && isTrue(addUsers) && !csvData && !command.splats.some((splat) => splat.hashtable === null)) {
							context.report({ node: parameterNameNode(addUsers), messageId: "addUsersWithoutCsvData" });
						}
						continue;
					}

					const name = command.parameter("Name");
					const nameText = constantString(name);
					if (name && nameText !== null && nameText.length > MAX_NAME_LENGTH) {
						context.report({ node: name.value ?? parameterNameNode(name), messageId: "nameTooLong", data: { length: String(nameText.length) } });
					}

					if (csvData || command.splats.some((splat) => splat.hashtable === null)) continue;
					const endpointParameter = command.parameter("SourceEndpoint");
					if (!endpointParameter) continue;
					const endpoint = endpointOf(sourceCode, endpointParameter.value);
					if (!endpoint) continue;
					const switchName = endpointSwitch(endpoint.command);
					if (switchName === null) continue;
					// Every endpoint type but Outlook Anywhere (cutover) reads its users from a CSV file (PS-MB-005).
					if (switchName !== "ExchangeOutlookAnywhere" && csvDataOptional(command)) {
						// Only where the parameter sets leave -CSVData optional: ps-cmdlet-parameters reports the others.
						context.report({
							node: command.node.name,
							messageId: "csvDataMissing",
							data: { name: endpoint.name, switchName },
						});
					} else if (switchName === "ExchangeOutlookAnywhere") {
						const first = cutovers[0];
						if (first) {
							context.report({ node: command.node.name, messageId: "secondCutover", data: { line: String(first.node.loc.start.line) } });
						}
						cutovers.push(command);
					}
				}
			},
		};
	},
};

/** Some parameter set the batch's parameters fit leaves -CSVData optional (Onboarding: cutover). */
function csvDataOptional(command: PowerShellCommand): boolean {
	const csvData = findCmdlet("New-MigrationBatch")?.parameters.find((parameter) => parameter.name === "CSVData");
	return csvData !== undefined && command.parameterSets.some((set) => !csvData.mandatoryIn.includes(set));
}

/**
 * The relative path a ReadAllBytes argument is, or null when it is absolute
 * or not known: a literal without a drive, UNC prefix or root, an expandable
 * string starting with such text, or `Join-Path` with such a base.
 */
function relativePathOf(sourceCode: PowerShellSourceCode, argument: Expression | Statement): string | null {
	const value = resolveValue(sourceCode, argument);
	if (value === null) return null;
	if (value.type === "StringConstant") {
		return value.value === "" || isAbsolutePath(value.value) ? null : value.value;
	}
	if (value.type === "ExpandableString") {
		const first = value.nestedExpressions[0];
		const prefix = first ? sourceCode.text.slice(contentRange(value)[0], first.range[0]) : value.value;
		return prefix === "" || isAbsolutePath(prefix) || prefix.startsWith("$") ? null : value.value;
	}
	if (value.type === "BinaryExpression" && value.operator === "+") {
		return relativePathOf(sourceCode, value.left);
	}
	const command = lastCommandOf(sourceCode, value);
	if (command?.is("Join-Path") && command.pipedFrom === null) {
		const { base } = joinPathArguments(command);
		if (!base) return null;
		const relativeBase = relativePathOf(sourceCode, base);
		return relativeBase === null ? null : sourceCode.getText(value);
	}
	return null;
}

export default defineRule(rule);
