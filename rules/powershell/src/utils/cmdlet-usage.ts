import type { RuleTextEdit, SourceRange } from "@eslint/core";
import {
	toBoolean,
	TreeWalk,
	type BoundParameter,
	type Expression,
	type Node,
	type PowerShellCommand,
	type PowerShellSourceCode,
	type Statement,
	type UnresolvedParameter,
} from "@miglint/language-powershell";

/**
 * Helpers shared by ps-migration-batch, ps-cmdlet-parameters and ps-export-csv:
 * which Exchange a script targets, where a parameter's name is written, and
 * what an expression is once parentheses and variables assigned once are
 * looked through.
 */

// ---- Functions ----------------------------------------------------------------

const functionNames = new WeakMap<PowerShellSourceCode, ReadonlySet<string>>();

/**
 * Whether the script defines a function of that name (a proxy or a mock of a
 * cmdlet): a command of that name runs the function, not the cmdlet.
 */
export function definesFunction(sourceCode: PowerShellSourceCode, name: string): boolean {
	let names = functionNames.get(sourceCode);
	if (!names) {
		const found = new Set<string>();
		for (const walk = new TreeWalk(sourceCode.ast); walk.next();) {
			const { node } = walk;
			if (!walk.exit && node.type === "FunctionDefinition") found.add(node.name.toLowerCase().replace(/^(global|script|local|private):/u, ""));
		}
		names = found;
		functionNames.set(sourceCode, names);
	}
	return names.has(name.toLowerCase());
}

// ---- Exchange Online ---------------------------------------------------------

const ON_PREMISES_SNAPIN = /^Microsoft\.Exchange\./iu;
const EXCHANGE_ONLINE_URI = /outlook\.office365\.com|ps\.outlook\.com|outlook\.office\.de|partner\.outlook\.cn/iu;

/** The constant string of a parameter, if any. */
export function constantString(parameter: BoundParameter | undefined): string | null {
	const value = parameter?.constant?.value;
	return typeof value === "string" ? value : null;
}

/**
 * Whether the script works against Exchange Online only: it connects with
 * Connect-ExchangeOnline (without -Prefix, which renames the cloud cmdlets) or
 * a remote session to an Exchange Online URI, and shows no sign of an
 * on-premises Exchange session (a Microsoft.Exchange session to another URI,
 * the Exchange snap-in, or RemoteExchange.ps1).
 */
export function connectsToExchangeOnlineOnly(sourceCode: PowerShellSourceCode): boolean {
	let online = false;
	for (const command of sourceCode.commands) {
		if (command.is("Connect-ExchangeOnline")) {
			if (command.parameter("Prefix") || command.splats.some((splat) => splat.hashtable === null)) return false;
			online = true;
		} else if (command.is("New-PSSession")) {
			const uri = constantString(command.parameter("ConnectionUri"));
			const configuration = constantString(command.parameter("ConfigurationName"));
			if (uri !== null && EXCHANGE_ONLINE_URI.test(uri)) online = true;
			else if (configuration?.toLowerCase() === "microsoft.exchange") return false;
		} else if (command.is("Add-PSSnapin")) {
			const snapin = command.parameters.find((parameter) => parameter.name.toLowerCase() === "name" || parameter.source === "positional");
			const name = constantString(snapin);
			if (name === null || ON_PREMISES_SNAPIN.test(name)) return false;
		} else if (command.node.invocationOperator === "." && /RemoteExchange\.ps1/iu.test(sourceCode.getText(command.node.name))) {
			return false;
		}
	}
	return online;
}

// ---- Parameter locations -----------------------------------------------------

/** The node to report a bound or unresolved parameter at: `-Name`, the hashtable key of a splatted one, or a positional argument. */
export function parameterNameNode(parameter: BoundParameter | UnresolvedParameter): Node {
	const node = parameter.node;
	return node.type === "HashtableEntry" ? node.key : node;
}

/**
 * The source range of a written parameter name (without `-` or `:`, or the key
 * text inside quotes), for a fix that renames it; null when the name is not
 * written as such (a positional argument, a key added with `.Add(...)`).
 */
export function parameterNameRange(parameter: BoundParameter | UnresolvedParameter): SourceRange | null {
	const node = parameter.node;
	if (parameter.writtenName === null) return null;
	if (node.type === "CommandParameter") {
		const start = node.range[0] + 1;
		return [start, start + parameter.writtenName.length];
	}
	if (node.type === "HashtableEntry" && node.key.type === "StringConstant") {
		const key = node.key;
		const quoted = key.stringKind === "SingleQuoted" || key.stringKind === "DoubleQuoted";
		return quoted ? [key.range[0] + 1, key.range[1] - 1] : key.range;
	}
	return null;
}

/** An edit appending ` text` after the last argument of a command (before any redirection). */
export function appendArgument(command: PowerShellCommand, text: string): { range: SourceRange; text: string } {
	const last = command.node.elements[command.node.elements.length - 1] ?? command.node.name;
	return { range: [last.range[1], last.range[1]], text: ` ${text}` };
}

/** The ESLint edit of `appendArgument`. */
export function appendArgumentEdit(command: PowerShellCommand, text: string): RuleTextEdit {
	const { range, text: inserted } = appendArgument(command, text);
	return { range, text: inserted };
}

// ---- Values ------------------------------------------------------------------

/** A statement or expression with parentheses, `$( )` and single-element pipelines looked through. */
export function unwrap(value: Expression | Statement | null): Expression | Statement | null {
	let current = value;
	for (;;) {
		if (current === null) return null;
		if (current.type === "ParenExpression") {
			current = current.pipeline;
		} else if ((current.type === "SubExpression" || current.type === "ArrayExpression") && current.statements.length === 1) {
			current = current.statements[0]!;
		} else if (
			current.type === "Pipeline" &&
			current.elements.length === 1 &&
			current.elements[0]!.type === "CommandExpression" &&
			current.elements[0]!.redirections.length === 0
		) {
			current = current.elements[0]!.expression;
		} else {
			return current;
		}
	}
}

/** The value of an expression, following a variable to the assignment it holds (a few steps at most; see `ScopeAnalysis.assignmentAt`). */
export function resolveValue(sourceCode: PowerShellSourceCode, value: Expression | Statement | null): Expression | Statement | null {
	let current = unwrap(value);
	for (let step = 0; step < 5 && current?.type === "Variable" && !current.splatted; step++) {
		const assigned = sourceCode.scopes.assignmentAt(current)?.value;
		if (!assigned) return current;
		current = unwrap(assigned);
	}
	return current;
}

/** The command a value runs when it is a single command, or the last command of a pipeline: `Import-Csv x | Where ...` gives Where-Object. */
export function lastCommandOf(sourceCode: PowerShellSourceCode, value: Expression | Statement | null): PowerShellCommand | null {
	if (value?.type !== "Pipeline") return null;
	const last = value.elements[value.elements.length - 1];
	return last?.type === "Command" ? (sourceCode.commandOf(last) ?? null) : null;
}

/** The commands of a pipeline value, in order. */
export function commandsOf(sourceCode: PowerShellSourceCode, value: Expression | Statement | null): PowerShellCommand[] {
	if (value?.type !== "Pipeline") return [];
	return value.elements.flatMap((element) => (element.type === "Command" ? [sourceCode.commandOf(element)].filter((command) => command !== undefined) : []));
}

/** `[System.IO.File]::Method(...)`, `[IO.File]::Method(...)`: the method's name when the value is such a call. */
export function fileMethodCall(value: Expression | Statement | null): { method: string; argument: Expression | null } | null {
	if (value?.type !== "InvokeMemberExpression" || !value.static || value.object.type !== "TypeLiteral") return null;
	if (!/^(System\.)?IO\.File$/iu.test(value.object.typeName)) return null;
	const member = value.member.type === "StringConstant" ? value.member.value : null;
	return member ? { method: member, argument: value.arguments[0] ?? null } : null;
}

/**
 * Whether a switch is on: written alone, or given a constant PowerShell takes
 * as true (`$true`, a non-empty string, a non-zero number); false for
 * `-Switch:$false`; null when the value is not known.
 */
export function switchState(parameter: BoundParameter): boolean | null {
	return parameter.constant === null ? null : toBoolean(parameter.constant.value);
}

/** Whether a parameter is given and known to be on (see `switchState`). */
export function isTrue(parameter: BoundParameter | undefined): boolean {
	return parameter !== undefined && switchState(parameter) === true;
}

/** The script text of a node, shortened for a message. */
export function shortText(sourceCode: PowerShellSourceCode, node: Node, max = 60): string {
	const text = sourceCode.getText(node).replace(/\s+/gu, " ");
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
