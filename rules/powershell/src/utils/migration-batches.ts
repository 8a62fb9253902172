import type { BatchTypeFact } from "@miglint/core";
import type { ExpandableString, Expression, PowerShellCommand, PowerShellSourceCode, Statement } from "@miglint/language-powershell";
import { commandsOf, constantString, fileMethodCall, isTrue, lastCommandOf, resolveValue } from "./cmdlet-usage.js";

/**
 * What a script's New-MigrationBatch calls create: the batch type (as a
 * migration CSV type name) and the CSV file they read with -CSVData. Shared
 * by ps-migration-batch, ps-csvdata-file and the CLI's project facts.
 */

/** The New-MigrationEndpoint switches that say what an endpoint migrates from. */
const ENDPOINT_SWITCHES = ["IMAP", "Gmail", "ExchangeRemoteMove", "PublicFolder", "PublicFolderToUnifiedGroup", "ExchangeOutlookAnywhere"] as const;
export type EndpointSwitch = (typeof ENDPOINT_SWITCHES)[number];

/**
 * The endpoint an endpoint value names: its name when constant (a string,
 * `Get-MigrationEndpoint -Identity 'x'`, `$endpoint.Identity`), and the
 * New-MigrationEndpoint call of the script that creates it, if any.
 */
function endpointReference(sourceCode: PowerShellSourceCode, value: Expression | Statement | null): { name: string; command: PowerShellCommand | null } | null {
	const resolved = resolveValue(sourceCode, value);
	if (resolved === null) return null;
	const created = lastCommandOf(sourceCode, resolved);
	if (created?.is("New-MigrationEndpoint")) {
		const name = constantString(created.parameter("Name"));
		return { command: created, name: name ?? sourceCode.getText(created.node.name) };
	}
	let name: string | null = null;
	if (resolved.type === "StringConstant") {
		name = resolved.value;
	} else if (created?.is("Get-MigrationEndpoint")) {
		name = constantString(created.parameter("Identity") ?? created.parameters.find((parameter) => parameter.source === "positional"));
	} else if (resolved.type === "MemberExpression" && resolved.member.type === "StringConstant" && /^(Identity|Name)$/iu.test(resolved.member.value)) {
		return endpointReference(sourceCode, resolved.object);
	}
	if (name === null) return null;
	const wanted = name.toLowerCase();
	const matches = sourceCode.commandsNamed("New-MigrationEndpoint").filter((command) => constantString(command.parameter("Name"))?.toLowerCase() === wanted);
	return { name, command: matches.length === 1 ? matches[0]! : null };
}

/** The New-MigrationEndpoint call of the script that an endpoint value names. */
export function endpointOf(sourceCode: PowerShellSourceCode, value: Expression | Statement | null): { command: PowerShellCommand; name: string } | null {
	const reference = endpointReference(sourceCode, value);
	return reference?.command ? { command: reference.command, name: reference.name } : null;
}

/** The switch that says what an endpoint migrates from; null when the script does not say. */
export function endpointSwitch(endpoint: PowerShellCommand): EndpointSwitch | null {
	if (endpoint.splats.some((splat) => splat.hashtable === null)) return null;
	return ENDPOINT_SWITCHES.find((switchName) => isTrue(endpoint.parameter(switchName))) ?? null;
}

/** The batch type a script's New-MigrationBatch creates, and why. */
export interface BatchType {
	/** A migration CSV type name (see @miglint/core csvTypes). */
	type: string;
	/** Why, in words: "its -SourceEndpoint 'IMAP-Fabrikam' is an -IMAP endpoint (line 12)". */
	reason: string;
}

const TYPE_OF_SWITCH: Record<EndpointSwitch, string> = {
	IMAP: "imap",
	Gmail: "google-workspace",
	ExchangeRemoteMove: "remote-move-onboarding",
	PublicFolder: "public-folder-map",
	PublicFolderToUnifiedGroup: "public-folder-groups",
	ExchangeOutlookAnywhere: "staged",
};

/** The batch type of the batches an endpoint serves, and the switches that say so; null when the script does not say. */
export function endpointBatchType(endpoint: PowerShellCommand): { type: string; switches: string } | null {
	const switchName = endpointSwitch(endpoint);
	if (!switchName) return null;
	const crossTenant = switchName === "ExchangeRemoteMove" && endpoint.parameter("RemoteTenant");
	return crossTenant
		? { type: "cross-tenant", switches: "-ExchangeRemoteMove -RemoteTenant" }
		: { type: TYPE_OF_SWITCH[switchName], switches: `-${switchName}` };
}

/**
 * The batch type from the batch's own switches (-Local, -TargetEndpoint,
 * -PublicFolderToUnifiedGroup) or its source endpoint's switch; an Outlook
 * Anywhere endpoint with a CSV file is a staged batch (a cutover batch has
 * none). Null when the script does not say.
 */
function batchTypeOf(
	sourceCode: PowerShellSourceCode,
	batch: PowerShellCommand,
	endpoint: PowerShellCommand | null,
	endpointName: string | null,
): BatchType | null {
	if (isTrue(batch.parameter("Local"))) return { type: "local-move", reason: "it has -Local" };
	if (batch.parameter("TargetEndpoint")) return { type: "remote-move-offboarding", reason: "it has -TargetEndpoint (a move out of Exchange Online)" };
	if (isTrue(batch.parameter("PublicFolderToUnifiedGroup"))) return { type: "public-folder-groups", reason: "it has -PublicFolderToUnifiedGroup" };
	const served = endpoint && endpointBatchType(endpoint);
	if (!served) return null;
	return {
		type: served.type,
		reason: `its -SourceEndpoint '${endpointName}' is created with New-MigrationEndpoint ${served.switches} (line ${endpoint.node.loc.start.line})`,
	};
}

/** The endpoints a script creates with a constant name, and the batch type each serves. */
export function createdEndpoints(sourceCode: PowerShellSourceCode): { name: string; command: PowerShellCommand; type: string; switches: string }[] {
	return sourceCode.commandsNamed("New-MigrationEndpoint").flatMap((command) => {
		const name = constantString(command.parameter("Name"));
		const served = endpointBatchType(command);
		return name !== null && served ? [{ name, command, ...served }] : [];
	});
}

/** Where a path is relative to. */
export type PathBase = "script" | "relative" | "absolute" | "unknown";

/** The CSV file a -CSVData value reads, as far as the script tells. */
export interface CsvPathReference {
	/** The path expression. */
	node: Expression | Statement;
	/** "script": under $PSScriptRoot; "unknown": built from a variable miglint cannot follow. */
	base: PathBase;
	/** The literal part: the whole path, or what follows $PSScriptRoot or the unknown part. */
	path: string;
}

const ABSOLUTE_PATH = /^([A-Za-z]:|\\\\|\/\/|[\\/])/u;
const SCRIPT_ROOT = /^\$(\{PSScriptRoot\}|PSScriptRoot\b)/iu;

/** A path with a drive (`C:`), a UNC prefix (`\\\\server`) or a root. */
export function isAbsolutePath(text: string): boolean {
	return ABSOLUTE_PATH.test(text);
}

/** Where the text of an expandable string is: inside its quotes, or the whole bare word. */
export function contentRange(value: ExpandableString): [number, number] {
	const quote = value.stringKind === "BareWord" ? 0 : 1;
	return [value.range[0] + quote, value.range[1] - quote];
}

/** The base and child path arguments of `Join-Path` (a positional argument stays unbound where the parameter sets leave it open). */
export function joinPathArguments(command: PowerShellCommand): { base: Expression | Statement | null; child: Expression | Statement | null } {
	const path = command.parameter("Path");
	return {
		base: path?.value ?? command.unboundArguments[0]?.node ?? null,
		child: command.parameter("ChildPath")?.value ?? command.unboundArguments[path ? 0 : 1]?.node ?? null,
	};
}

function literalPath(node: Expression | Statement, text: string): CsvPathReference {
	return { node, base: isAbsolutePath(text) ? "absolute" : "relative", path: text };
}

function joinPaths(base: CsvPathReference, child: string, node: Expression | Statement): CsvPathReference {
	const separator = base.path === "" || /[\\/]$/u.test(base.path) || /^[\\/]/u.test(child) ? "" : "\\";
	return { node, base: base.base, path: `${base.path}${separator}${child}` };
}

/** The path a value stands for: a literal, "$PSScriptRoot\…", Join-Path, or a concatenation. */
export function pathReferenceOf(sourceCode: PowerShellSourceCode, argument: Expression | Statement | null): CsvPathReference | null {
	const value = resolveValue(sourceCode, argument);
	if (value === null || argument === null) return null;
	if (value.type === "StringConstant") return value.value === "" ? null : literalPath(argument, value.value);
	if (value.type === "Variable" && /^PSScriptRoot$/iu.test(value.name)) return { node: argument, base: "script", path: "" };
	if (value.type === "ExpandableString") {
		const [start, end] = contentRange(value);
		const content = sourceCode.text.slice(start, end);
		const last = value.nestedExpressions.at(-1);
		if (!last) return literalPath(argument, value.value);
		const scriptRoot = SCRIPT_ROOT.exec(content);
		if (scriptRoot && value.nestedExpressions.length === 1) {
			return { node: argument, base: "script", path: content.slice(scriptRoot[0].length).replace(/^[\\/]/u, "") };
		}
		const tail = sourceCode.text.slice(last.range[1], end);
		const literal = tail.replace(/^[\\/]+/u, "");
		return literal ? { node: argument, base: "unknown", path: literal } : null;
	}
	if (value.type === "BinaryExpression" && value.operator === "+") {
		const left = pathReferenceOf(sourceCode, value.left);
		const right = resolveValue(sourceCode, value.right);
		if (!left || right?.type !== "StringConstant") return null;
		// `$PSScriptRoot + '\batches\x.csv'`: the separator the string starts with joins it to the script's folder.
		const added = left.base === "script" && left.path === "" ? right.value.replace(/^[\\/]/u, "") : right.value;
		return { node: argument, base: left.base, path: `${left.path}${added}` };
	}
	const command = lastCommandOf(sourceCode, value);
	if (command?.is("Join-Path") && command.pipedFrom === null) {
		const { base, child: childValue } = joinPathArguments(command);
		const child = resolveValue(sourceCode, childValue);
		if (child?.type !== "StringConstant") return null;
		const baseReference = pathReferenceOf(sourceCode, base) ?? { node: argument, base: "unknown" as const, path: "" };
		return joinPaths(baseReference, child.value, argument);
	}
	return null;
}

/** The path argument of the command that reads the -CSVData file: ReadAllBytes, Get-Content or Import-Csv. */
export function csvDataPath(sourceCode: PowerShellSourceCode, csvData: Expression | Statement | null): CsvPathReference | null {
	const resolved = resolveValue(sourceCode, csvData);
	if (resolved === null) return null;
	const method = fileMethodCall(resolved);
	if (method) return /^ReadAll(Bytes|Text|Lines)$/iu.test(method.method) ? pathReferenceOf(sourceCode, method.argument) : null;
	const reader = commandsOf(sourceCode, resolved).find((command) => command.is("Get-Content") || command.is("Import-Csv"));
	if (!reader) return null;
	const path = reader.parameter("Path") ?? reader.parameter("LiteralPath");
	return pathReferenceOf(sourceCode, path ? path.value : (reader.unboundArguments[0]?.node ?? null));
}

/** A New-MigrationBatch call, with its type and CSV file as far as the script tells. */
export interface MigrationBatchUse {
	command: PowerShellCommand;
	type: BatchType | null;
	/** The name of its source endpoint, when constant (another script may create it). */
	sourceEndpoint: string | null;
	csvFile: CsvPathReference | null;
}

const uses = new WeakMap<PowerShellSourceCode, readonly MigrationBatchUse[]>();

export function migrationBatches(sourceCode: PowerShellSourceCode): readonly MigrationBatchUse[] {
	let found = uses.get(sourceCode);
	if (!found) {
		found = sourceCode.commandsNamed("New-MigrationBatch").map((command) => {
			const endpoint = endpointReference(sourceCode, command.parameter("SourceEndpoint")?.value ?? null);
			return {
				command,
				type: batchTypeOf(sourceCode, command, endpoint?.command ?? null, endpoint?.name ?? null),
				sourceEndpoint: endpoint?.name ?? null,
				csvFile: csvDataPath(sourceCode, command.parameter("CSVData")?.value ?? null),
			};
		});
		uses.set(sourceCode, found);
	}
	return found;
}

/**
 * The type of each New-MigrationBatch call of a script: what the script
 * itself tells, else what the project facts tell (its source endpoint created
 * in another script of the project). Null where neither tells.
 */
export function migrationBatchTypes(
	sourceCode: PowerShellSourceCode,
	projectTypes: readonly BatchTypeFact[] | undefined,
): { use: MigrationBatchUse; type: BatchType | null }[] {
	return migrationBatches(sourceCode).map((use) => {
		if (use.type) return { use, type: use.type };
		const { line, column } = use.command.node.loc.start;
		const fact = projectTypes?.find((candidate) => candidate.line === line && candidate.column === column + 1);
		return { use, type: fact ? { type: fact.type, reason: fact.reason } : null };
	});
}
