import { variableKey, type PowerShellCommand, type PowerShellSourceCode } from "@miglint/language-powershell";
import type { Node, Variable } from "@miglint/powershell-parser";

/**
 * Remote sessions and online connections a script opens and closes, for
 * ps-session-cleanup and ps-max-sessions. Everything is read from the command
 * model in source order; control flow is not followed.
 */

/** `pssession`: New-PSSession / New-CsOnlineSession; `exchange`: Connect-ExchangeOnline / Connect-IPPSSession; `teams`: Connect-MicrosoftTeams. */
export type SessionKind = "pssession" | "exchange" | "teams";

/** Where a new session object goes. */
export type SessionHolder =
	/** `$s = New-PSSession ...` (or `-OutVariable s`): the lower-case variable name without scope prefix. */
	| { kind: "variable"; key: string }
	/** Not kept anywhere the script can reach it again: piped on, a command argument, `[void]`, `$null =`, script output. */
	| { kind: "unnamed"; how: string }
	/** Removed in the same statement: `New-PSSession | Remove-PSSession`. */
	| { kind: "removed" }
	/** Kept in a property, hashtable or array, or handed back to a caller: not followed. */
	| { kind: "elsewhere" };

export interface SessionOpen {
	type: "open";
	command: PowerShellCommand;
	kind: SessionKind;
	/** For `pssession`; the connect cmdlets keep their connection in the module. */
	holder: SessionHolder;
	/** Connects to a Microsoft 365 service (always for New-CsOnlineSession and the Connect-* cmdlets). */
	online: boolean;
}

export interface SessionClose {
	type: "close";
	command: PowerShellCommand;
	kind: SessionKind;
	/** For `pssession`: every session (`Get-PSSession | Remove-PSSession`, or a target miglint cannot tell). */
	all: boolean;
	/** For `pssession`: the variables whose sessions are removed. */
	variables: ReadonlySet<string>;
}

export type SessionEvent = SessionOpen | SessionClose;

const CONNECT_KINDS: Readonly<Record<string, SessionKind>> = {
	"connect-exchangeonline": "exchange",
	"connect-ippssession": "exchange",
	"connect-microsoftteams": "teams",
};

/** Disconnect-ExchangeOnline closes the Security & Compliance connection as well; there is no Disconnect-IPPSSession. */
const DISCONNECT_KINDS: Readonly<Record<string, SessionKind>> = {
	"disconnect-exchangeonline": "exchange",
	"disconnect-microsoftteams": "teams",
};

/** The cmdlet that closes each kind, for messages. */
export const CLOSING_CMDLET: Readonly<Record<SessionKind, string>> = {
	pssession: "Remove-PSSession",
	exchange: "Disconnect-ExchangeOnline",
	teams: "Disconnect-MicrosoftTeams",
};

/** Cmdlets that use a session without taking it over: passing a session variable to them does not hand it on. */
const SESSION_USERS = new Set(
	[
		"Invoke-Command",
		"Import-PSSession",
		"Export-PSSession",
		"Enter-PSSession",
		"Import-Module",
		"Copy-Item",
		"Connect-PSSession",
		"Disconnect-PSSession",
		"Receive-PSSession",
		"Get-PSSession",
		"Write-Host",
		"Write-Verbose",
		"Write-Debug",
		"Write-Information",
		"Write-Warning",
		"Write-Error",
		"Out-Host",
		"Out-Null",
		"Format-List",
		"Format-Table",
		"Get-Member",
	].map((name) => name.toLowerCase()),
);

/**
 * Microsoft 365 remote PowerShell endpoints: Skype for Business Online
 * (`*.online.lync.com`), Exchange Online and Security & Compliance
 * (`outlook.office365.com`, `ps.outlook.com`, `*.protection.outlook.com` and
 * the sovereign clouds' equivalents).
 */
const ONLINE_URI =
	/\b(?:online\.lync\.com|outlook\.office365\.(?:com|us)|(?:ps|[a-z0-9-]+\.protection)\.outlook\.(?:com|cn|de)|outlook\.office\.de|partner\.outlook\.cn|webmail\.apps\.mil)\b/iu;

/** The session events of a script, in source order. `variables` are all its Variable nodes. */
export function sessionEvents(sourceCode: PowerShellSourceCode, variables: readonly Variable[]): SessionEvent[] {
	const events: SessionEvent[] = [];
	for (const command of sourceCode.commands) {
		const name = command.name?.toLowerCase();
		if (name === undefined) continue;
		if (name === "new-pssession" || name === "new-csonlinesession") {
			events.push({
				type: "open",
				command,
				kind: "pssession",
				holder: holderOf(sourceCode, command),
				online: name === "new-csonlinesession" || connectsOnline(command),
			});
		} else if (Object.hasOwn(CONNECT_KINDS, name)) {
			events.push({ type: "open", command, kind: CONNECT_KINDS[name]!, holder: { kind: "elsewhere" }, online: true });
		} else if (Object.hasOwn(DISCONNECT_KINDS, name)) {
			events.push({ type: "close", command, kind: DISCONNECT_KINDS[name]!, all: true, variables: new Set() });
		} else if (name === "remove-pssession") {
			events.push({ type: "close", command, kind: "pssession", ...removalTargets(sourceCode, command, variables) });
		}
	}
	return events;
}

function connectsOnline(command: PowerShellCommand): boolean {
	const uri = command.parameter("ConnectionUri");
	if (!uri) return false;
	if (typeof uri.constant?.value === "string") return ONLINE_URI.test(uri.constant.value);
	const value = uri.value;
	return value?.type === "ExpandableString" && ONLINE_URI.test(value.value);
}

/** Whether `node` is the operand of a `return`, before reaching a script block. */
function isReturned(sourceCode: PowerShellSourceCode, node: Node): boolean {
	for (let current = sourceCode.getParent(node); current; current = sourceCode.getParent(current)) {
		if (current.type === "ReturnStatement") return true;
		if (current.type === "ScriptBlock" || current.type === "Program") return false;
	}
	return false;
}

function holderOf(sourceCode: PowerShellSourceCode, command: PowerShellCommand): SessionHolder {
	const outVariable = command.parameter("OutVariable");
	if (typeof outVariable?.constant?.value === "string") {
		return { kind: "variable", key: variableKey(outVariable.constant.value.replace(/^\+/u, "")) };
	}
	const { output } = command;
	switch (output.kind) {
		case "assignment": {
			if (!output.variable) return { kind: "elsewhere" };
			const key = variableKey(output.variable.name);
			if (key === "null") return { kind: "unnamed", how: "assigned to $null" };
			// `$global:s = New-PSSession` hands the session to the interactive session on purpose.
			return output.variable.name.toLowerCase().startsWith("global:") ? { kind: "elsewhere" } : { kind: "variable", key };
		}
		case "pipeline": {
			const rest = command.pipeline.elements.slice(command.pipeline.elements.indexOf(command.node) + 1);
			const later = rest.flatMap((element) => (element.type === "Command" ? [sourceCode.commandOf(element)] : []));
			if (later.some((next) => next?.is("Remove-PSSession"))) return { kind: "removed" };
			const next = later[0];
			return { kind: "unnamed", how: next?.name ? `piped to ${next.name}` : "piped on" };
		}
		case "value": {
			const parent = output.parent;
			if (parent.type === "ConvertExpression" && parent.typeName.toLowerCase() === "void") return { kind: "unnamed", how: "cast to [void]" };
			if (parent.type !== "Command") return { kind: "elsewhere" };
			const user = sourceCode.commandOf(parent);
			if (user?.is("Remove-PSSession")) return { kind: "removed" };
			return { kind: "unnamed", how: user?.name ? `passed straight to ${user.name}` : "passed straight to a command" };
		}
		case "output":
			// A function's or script block's output goes back to its caller.
			return command.scope.type === "Program" && !isReturned(sourceCode, command.node)
				? { kind: "unnamed", how: "written to the script's output" }
				: { kind: "elsewhere" };
	}
}

function within(node: Node, outer: Node): boolean {
	return node.range[0] >= outer.range[0] && node.range[1] <= outer.range[1];
}

/** What a Remove-PSSession removes: the variables in its arguments and in what is piped into it, or everything. */
function removalTargets(
	sourceCode: PowerShellSourceCode,
	command: PowerShellCommand,
	variables: readonly Variable[],
): { all: boolean; variables: Set<string> } {
	const elements = command.pipeline.elements;
	const sources: Node[] = [...elements.slice(0, elements.indexOf(command.node)), command.node];
	const inside = (node: Node) => sources.some((source) => within(node, source));
	if (sourceCode.commands.some((other) => other.is("Get-PSSession") && inside(other.node))) {
		return { all: true, variables: new Set() };
	}
	const found = new Set(variables.filter(inside).map((variable) => variableKey(variable.name)));
	for (const key of ["true", "false", "null"]) found.delete(key);
	// `foreach ($s in $sessions) { Remove-PSSession $s }` and `$sessions | ForEach-Object { Remove-PSSession $_ }` remove $sessions.
	for (let current = sourceCode.getParent(command.node); current; current = sourceCode.getParent(current)) {
		if (current.type === "ForEachStatement" && found.has(variableKey(current.variable.name))) {
			const iterable = current.iterable;
			for (const variable of variables) if (within(variable, iterable)) found.add(variableKey(variable.name));
		}
		if (current.type === "ScriptBlock" && (found.has("_") || found.has("psitem"))) {
			const user = sourceCode.getParent(current);
			const piped = user?.type === "Command" ? sourceCode.commandOf(user) : undefined;
			if (piped) {
				const before = piped.pipeline.elements.slice(0, piped.pipeline.elements.indexOf(piped.node));
				if (sourceCode.commands.some((other) => other.is("Get-PSSession") && before.some((element) => within(other.node, element)))) {
					return { all: true, variables: new Set() };
				}
				for (const variable of variables) if (before.some((element) => within(variable, element))) found.add(variableKey(variable.name));
			}
		}
	}
	// `Remove-PSSession -Name x`, `-ComputerName srv`, `-Id 3`: which sessions those are is not known, so count them all as removed.
	return { all: found.size === 0, variables: found };
}

/**
 * Whether the session in variable `key` is handed on, so that something
 * else may close it: returned or written to output, assigned to another
 * variable or property, put in a collection, or passed to a command that is
 * not one of the cmdlets known to only use a session.
 */
export function escapes(sourceCode: PowerShellSourceCode, key: string, variables: readonly Variable[]): boolean {
	return variables.some((variable) => variableKey(variable.name) === key && !variable.splatted && handsOn(sourceCode, variable));
}

function handsOn(sourceCode: PowerShellSourceCode, variable: Variable): boolean {
	let child: Node = variable;
	for (let parent = sourceCode.getParent(variable); parent; child = parent, parent = sourceCode.getParent(parent)) {
		switch (parent.type) {
			case "AssignmentStatement":
				// Written to: `$s = ...` is not a use.
				return parent.right === child;
			case "ParenExpression":
			case "SubExpression":
			case "ArrayExpression":
			case "ArrayLiteral":
			case "CommandExpression":
			case "CommandParameter":
				continue;
			case "Pipeline": {
				const elements = parent.elements;
				const next = elements[elements.indexOf(child as never) + 1];
				if (!next) continue;
				// `$s | Remove-PSSession`, `$s | Import-PSSession`: used; piped into anything else: handed on.
				const command = next.type === "Command" ? sourceCode.commandOf(next) : undefined;
				return !(command?.name && (SESSION_USERS.has(command.name.toLowerCase()) || command.is("Remove-PSSession")));
			}
			case "Command": {
				if (child === parent.name) return false;
				const command = sourceCode.commandOf(parent);
				return !(command?.name && SESSION_USERS.has(command.name.toLowerCase())) && !command?.is("Remove-PSSession");
			}
			case "Hashtable":
			case "HashtableEntry":
			case "ReturnStatement":
			case "InvokeMemberExpression":
				return parent.type !== "InvokeMemberExpression" || parent.object !== child;
			case "NamedBlock":
			case "StatementBlock":
			case "ScriptBlock":
			case "Program":
				// A statement of its own: the session is output, to the caller.
				return child.type === "Pipeline";
			default:
				return false;
		}
	}
	return false;
}

/** The function a command belongs to (its definition), or null for the script's top level. */
export function enclosingFunction(sourceCode: PowerShellSourceCode, node: Node): Node | null {
	for (let current = sourceCode.getParent(node); current; current = sourceCode.getParent(current)) {
		if (current.type === "FunctionDefinition" || current.type === "FunctionMember") return current;
	}
	return null;
}
