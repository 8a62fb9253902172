import { defineRule, ruleDocsUrl } from "@miglint/core";
import { findCmdlet, type Expression, type Node, type PowerShellCommand, type PowerShellRuleDefinition, type PowerShellSourceCode, type Statement } from "@miglint/language-powershell";
import { commandsOf, constantString, fileMethodCall, isTrue, lastCommandOf, parameterNameNode, resolveValue } from "../utils/cmdlet-usage.js";
import { contentRange, endpointOf, endpointSwitch, isAbsolutePath, joinPathArguments } from "../utils/migration-batches.js";

type MessageIds =
	| "csvDataPath"
	| "csvDataObjects"
	| "csvDataText"
	| "relativePath"
	| "csvDataMissing"
	| "nameTooLong"
	| "secondCutover"
	| "unknownColumnsAllowed"
	| "addUsersWithoutCsvData";

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
			constraints: ["PS-MB-001", "PS-MB-003", "PS-MB-004", "PS-MB-005", "PS-MB-006", "PS-MB-016", "CSV-007"],
		},
		schema: [],
		messages: {
			csvDataPath:
				"-CSVData is given the path {{path}}, but it takes the bytes of the file. Read them with [System.IO.File]::ReadAllBytes('<full path>') and pass the result.",
			csvDataObjects:
				"-CSVData is given the objects of Import-Csv, but it takes the bytes of the CSV file. Pass [System.IO.File]::ReadAllBytes('<full path>') instead.",
			csvDataText: "-CSVData is given the text of the file ({{how}}), but it takes its bytes; pass [System.IO.File]::ReadAllBytes('<full path>') instead.",
			relativePath: "ReadAllBytes is given the relative path '{{path}}', which .NET resolves against the process's directory; build a full path with Join-Path $PSScriptRoot.",
			csvDataMissing: "The source endpoint '{{name}}' is an -{{switchName}} endpoint, whose batches need a CSV file; add -CSVData ([System.IO.File]::ReadAllBytes(...)).",
			nameTooLong: "The batch name is {{length}} characters long; New-MigrationBatch accepts at most 64.",
			secondCutover: "This is a second cutover batch in the script, after the one on line {{line}}, but only one can exist at a time; remove one.",
			unknownColumnsAllowed: "-AllowUnknownColumnsInCsv $true silently drops misspelled optional columns instead of failing the batch; remove it and fix the CSV header.",
			addUsersWithoutCsvData: "-AddUsers adds the users of a CSV file, but no -CSVData gives one; add -CSVData with the new users, in the batch's CSV format.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		/** What kind of bytes, text or path a -CSVData value is; reports a wrong one. */
		function checkCsvData(value: Expression | Statement | null, reportAt: Node): void {
			const resolved = resolveValue(sourceCode, value);
			if (resolved === null) return;
			if (resolved.type === "StringConstant" || resolved.type === "ExpandableString") {
				context.report({ node: reportAt, messageId: "csvDataPath", data: { path: sourceCode.getText(resolved) } });
				return;
			}
			const method = fileMethodCall(resolved);
			if (method) {
				if (/^ReadAll(Text|Lines)$/iu.test(method.method)) {
					context.report({ node: reportAt, messageId: "csvDataText", data: { how: `[System.IO.File]::${method.method}` } });
				} else if (/^ReadAllBytes$/iu.test(method.method)) {
					checkReadAllBytesPath(method.argument);
				}
				return;
			}
			const commands = commandsOf(sourceCode, resolved);
			const last = lastCommandOf(sourceCode, resolved);
			if (!last) return;
			if (last.is("Import-Csv") || (commands.some((command) => command.is("Import-Csv")) && /^(Where-Object|Select-Object|Sort-Object)$/iu.test(last.name ?? ""))) {
				context.report({ node: reportAt, messageId: "csvDataObjects" });
			} else if (last.is("Get-Content") && !readsBytes(last)) {
				context.report({ node: reportAt, messageId: "csvDataText", data: { how: "Get-Content without -Encoding Byte or -AsByteStream" } });
			} else if (last.is("ConvertTo-Csv")) {
				context.report({ node: reportAt, messageId: "csvDataText", data: { how: "ConvertTo-Csv" } });
			}
		}

		function checkReadAllBytesPath(argument: Expression | null): void {
			if (argument === null) return;
			const path = relativePathOf(sourceCode, argument);
			if (path !== null) {
				context.report({ node: argument, messageId: "relativePath", data: { path } });
			}
		}

		const cutovers: PowerShellCommand[] = [];

		return {
			Program() {
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

/** Get-Content that returns bytes: `-Encoding Byte` (5.1) or `-AsByteStream` (7). */
function readsBytes(command: PowerShellCommand): boolean {
	return constantString(command.parameter("Encoding"))?.toLowerCase() === "byte" || isTrue(command.parameter("AsByteStream"));
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
