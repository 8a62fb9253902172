import { defineRule, ruleDocsUrl } from "@miglint/core";
import { variableKey, type PowerShellRuleDefinition, type PowerShellSourceCode } from "@miglint/language-powershell";
import type { Node, Variable } from "@miglint/powershell-parser";
import { switchState } from "../utils/cmdlet-usage.js";
import { enclosingFunction, sessionEvents, type SessionEvent, type SessionOpen } from "../utils/sessions.js";

type MessageIds = "tooMany" | "inLoop";

/** Simultaneous connections one admin may have open (the tenant may have 9). */
const PER_ADMIN_LIMIT = 3;

const FOR_EACH_COMMANDS = new Set(["foreach-object"]);

/** A loop that runs its body once per item, with the variables that hold the item. */
interface Loop {
	body: Node;
	/** Lower-case names: the `foreach` variable, the variables a `for` initializer sets, `_` and `psitem` for ForEach-Object. */
	itemVariables: Set<string>;
}

/**
 * The loop around `node` that runs it once per item (`foreach`, `for`,
 * `ForEach-Object`), up to `stop`; null when there is none. `while` and `do`
 * loops are left out: they are how scripts retry a failed connection.
 */
function enclosingLoop(sourceCode: PowerShellSourceCode, node: Node, stop: Node | null, variables: readonly Variable[]): Loop | null {
	for (let current = sourceCode.getParent(node); current && current !== stop; current = sourceCode.getParent(current)) {
		if (current.type === "ForEachStatement") return { body: current.body, itemVariables: new Set([variableKey(current.variable.name)]) };
		if (current.type === "ForStatement") {
			const initializer = current.initializer;
			const set = initializer ? variables.filter((variable) => within(variable, initializer)).map((variable) => variableKey(variable.name)) : [];
			return { body: current.body, itemVariables: new Set(set) };
		}
		if (current.type === "ScriptBlock") {
			const parent = sourceCode.getParent(current);
			const command = parent?.type === "Command" ? sourceCode.commandOf(parent) : undefined;
			if (command?.name && FOR_EACH_COMMANDS.has(command.name.toLowerCase())) return { body: current, itemVariables: new Set(["_", "psitem"]) };
			return null;
		}
	}
	return null;
}

function within(node: Node, outer: Node): boolean {
	return node.range[0] >= outer.range[0] && node.range[1] <= outer.range[1];
}

/** The branches a node sits in: each `if`, `switch` or `try` around it, with the clause it is in. */
type BranchPath = Map<Node, string>;

function branchPath(sourceCode: PowerShellSourceCode, node: Node): BranchPath {
	const path: BranchPath = new Map();
	let child: Node = node;
	for (let parent = sourceCode.getParent(node); parent; child = parent, parent = sourceCode.getParent(parent)) {
		if (parent.type === "IfStatement") {
			const index = parent.clauses.indexOf(child as never);
			path.set(parent, index >= 0 ? `clause ${index}` : "else");
		} else if (parent.type === "SwitchStatement" && child.type !== "Pipeline") {
			const index = parent.clauses.indexOf(child as never);
			if (index >= 0 || child === parent.defaultClause) path.set(parent, index >= 0 ? `clause ${index}` : "default");
		} else if (parent.type === "TryStatement" && child !== parent.finallyClause) {
			// A connection in `catch` is the fallback for one that failed in `try`.
			path.set(parent, child === parent.body ? "try" : `catch ${parent.catchClauses.indexOf(child as never)}`);
		}
	}
	return path;
}

/** Two commands in different branches of the same `if`, `switch` or `try`, which never both run. */
function exclusive(a: BranchPath, b: BranchPath): boolean {
	for (const [statement, branch] of a) {
		const other = b.get(statement);
		if (other !== undefined && other !== branch) return true;
	}
	return false;
}

/**
 * How many of the open sessions can be open together with the new one: a
 * greedy count of sessions no two of which are in exclusive branches, which
 * never counts more than can really be open.
 */
function concurrent(open: readonly { path: BranchPath }[], added: { path: BranchPath }): number {
	const together = [added];
	for (const entry of open) {
		if (together.every((other) => !exclusive(other.path, entry.path))) together.push(entry);
	}
	return together.length;
}

/**
 * Whether an open makes a remote PowerShell session, the kind the limit of
 * three is about: New-CsOnlineSession, New-PSSession to an online endpoint,
 * and Connect-ExchangeOnline / Connect-IPPSSession only with -UseRPSSession.
 * The ExchangeOnlineManagement V3 module connects through a REST API without
 * a remote PowerShell session, and MicrosoftTeams connects without one too.
 */
function opensRemoteSession(event: SessionOpen): boolean {
	if (event.kind === "pssession") return event.online;
	if (event.kind === "teams") return false;
	const rps = event.command.parameter("UseRPSSession");
	return rps !== undefined && switchState(rps) !== false;
}

/** Whether `close` closes `open`. */
function closes(close: SessionEvent, open: SessionOpen): boolean {
	if (close.type !== "close" || close.kind !== open.kind) return false;
	if (open.kind !== "pssession") return true;
	return close.all || (open.holder.kind === "variable" && close.variables.has(open.holder.key));
}

function removeWhere<T>(list: T[], test: (item: T) => boolean): void {
	for (let index = list.length - 1; index >= 0; index--) if (test(list[index]!)) list.splice(index, 1);
}

/** A loop body that can leave early (`break`, `return`, `exit`): likely a retry until one connection works, not one session per item. */
function leavesEarly(body: Node, statements: readonly Node[]): boolean {
	return statements.some((statement) => within(statement, body));
}

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description: "Disallow more than three online remote PowerShell sessions open at the same time in one script",
			recommended: "warn",
			url: ruleDocsUrl("rules/powershell", "ps-max-sessions"),
			constraints: ["PS-DEP-009"],
		},
		schema: [],
		messages: {
			tooMany: "{{cmdlet}} opens remote PowerShell session number {{count}} while the others are open (an admin may have three); close one first, or reuse it.",
			inLoop:
				"{{cmdlet}} opens a remote PowerShell session on every pass of this loop and the loop never closes it; close it in the loop with Remove-PSSession.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const variables: Variable[] = [];
		const exits: Node[] = [];

		return {
			Variable(node) {
				variables.push(node);
			},
			BreakStatement(node) {
				exits.push(node);
			},
			ReturnStatement(node) {
				exits.push(node);
			},
			ExitStatement(node) {
				exits.push(node);
			},

			"Program:exit"() {
				const events = sessionEvents(sourceCode, variables).filter((event) => event.type === "close" || opensRemoteSession(event));
				// A function's body runs when it is called, not where it is written: each function is counted on its own.
				const units = new Map<Node | null, SessionEvent[]>();
				for (const event of events) {
					const unit = enclosingFunction(sourceCode, event.command.node);
					units.set(unit, [...(units.get(unit) ?? []), event]);
				}
				const reportedLoops = new Set<Node>();
				/**
				 * A session opened for each item: its arguments use the loop's item,
				 * nothing in the loop closes it, and the loop cannot stop early. A
				 * connect whose arguments ignore the item is a dispatch (`foreach
				 * ($service in $services) { switch ($service) { ... } }`) or a guard,
				 * not one connection per item.
				 */
				const perItem = (event: SessionOpen, loop: Loop) =>
					variables.some((variable) => within(variable, event.command.node) && loop.itemVariables.has(variableKey(variable.name))) &&
					!events.some((other) => other.type === "close" && within(other.command.node, loop.body) && closes(other, event)) &&
					!leavesEarly(loop.body, exits);
				for (const [unit, unitEvents] of units) {
					const open: (SessionOpen & { path: BranchPath })[] = [];
					let reported = false;
					for (const event of unitEvents) {
						if (event.type === "close") {
							removeWhere(open, (other) => closes(event, other));
							continue;
						}
						const cmdlet = event.command.name!;
						// Connect-ExchangeOnline and Connect-IPPSSession replace the connection the same cmdlet made before.
						if (event.kind === "exchange") removeWhere(open, (other) => other.command.name === event.command.name);
						const loop = enclosingLoop(sourceCode, event.command.node, unit, variables);
						if (loop && event.kind === "pssession" && perItem(event, loop)) {
							// One report per loop, even when its branches open several kinds of session.
							if (!reportedLoops.has(loop.body)) {
								context.report({ node: event.command.node.name, messageId: "inLoop", data: { cmdlet } });
								reportedLoops.add(loop.body);
							}
							reported = true;
							continue;
						}
						const added = { ...event, path: branchPath(sourceCode, event.command.node) };
						const count = concurrent(open, added);
						open.push(added);
						if (count > PER_ADMIN_LIMIT && !reported) {
							context.report({ node: event.command.node.name, messageId: "tooMany", data: { cmdlet, count: String(count) } });
							reported = true;
						}
					}
				}
			},
		};
	},
};

export default defineRule(rule);
