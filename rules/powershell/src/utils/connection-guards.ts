import { variableKey, type PowerShellCommand, type PowerShellSourceCode } from "@miglint/language-powershell";
import type { Node, Statement, Variable } from "@miglint/powershell-parser";

/**
 * Connects that a script means to leave open, for ps-session-cleanup: a
 * connect that runs only when no connection exists yet reuses or creates the
 * admin's own session (closing it would disconnect the admin), and an Azure
 * Automation runbook's sandbox ends with its job.
 */

/**
 * Cmdlets whose result says whether a connection is already open: the
 * connection's own status cmdlets, and cheap cmdlets that only work when
 * connected (scripts probe with them in a try/catch or an `if`).
 */
const CONNECTION_PROBES = new Set(
	[
		"Get-ConnectionInformation",
		"Get-PSSession",
		"Get-OrganizationConfig",
		"Get-AcceptedDomain",
		"Get-CsTenant",
		"Get-CsOnlineUser",
		"Get-Team",
		"Get-MgContext",
		"Get-AzContext",
	].map((name) => name.toLowerCase()),
);

/** A variable that holds a connection state, an existing session or the loaded modules: `$connected`, `$ExistingSession`, `$Modules`. */
const STATE_VARIABLE = /connect|session|module/iu;

/** Cmdlets that only exist in an Azure Automation job. */
const AUTOMATION_CMDLETS = /^get-automation(?:pscredential|variable|connection|certificate)$/iu;

function within(node: Node, outer: Node): boolean {
	return node.range[0] >= outer.range[0] && node.range[1] <= outer.range[1];
}

/**
 * A probe cmdlet, or `Get-Module` listing the loaded modules: a script that
 * connects only when ExchangeOnlineManagement is not loaded yet reuses the
 * admin's connection. `Get-Module -ListAvailable` asks what is installed instead.
 */
const isProbe = (command: PowerShellCommand) =>
	command.name !== null &&
	(CONNECTION_PROBES.has(command.name.toLowerCase()) || (command.is("Get-Module") && command.parameter("ListAvailable") === undefined));

/** The variable a command's result is assigned to, through its pipeline: `$status = Get-ConnectionInformation`, `$m = Get-Module | Select-Object Name`. */
function assignedVariable(sourceCode: PowerShellSourceCode, command: PowerShellCommand): string | null {
	for (let current = sourceCode.getParent(command.node); current; current = sourceCode.getParent(current)) {
		if (current.type === "AssignmentStatement") {
			const target = current.left.type === "ConvertExpression" ? current.left.expression : current.left;
			return target.type === "Variable" ? variableKey(target.name) : null;
		}
		if (current.type === "ScriptBlock" || current.type === "StatementBlock" || current.type === "NamedBlock" || current.type === "Program") return null;
	}
	return null;
}

/**
 * Whether a condition asks if a connection exists: it runs a probe cmdlet,
 * reads a state variable, or reads a variable the script assigns from a probe
 * anywhere (a status variable is often assigned again later).
 */
function asksForConnection(sourceCode: PowerShellSourceCode, condition: Node, variables: readonly Variable[]): boolean {
	const probes = sourceCode.commands.filter(isProbe);
	if (probes.some((command) => within(command.node, condition))) return true;
	const probed = new Set(probes.map((command) => assignedVariable(sourceCode, command)));
	return variables.some(
		(variable) => within(variable, condition) && (STATE_VARIABLE.test(variableKey(variable.name)) || probed.has(variableKey(variable.name))),
	);
}

/** Whether a statement leaves the script or function: `return`, `exit`, `throw` or `break` directly in its block. */
function leaves(statements: readonly Statement[]): boolean {
	return statements.some((statement) => ["ReturnStatement", "ExitStatement", "ThrowStatement", "BreakStatement"].includes(statement.type));
}

/**
 * Whether `command` runs only when no connection exists: inside an `if` or a
 * loop whose condition asks for one, inside a `catch` (the probe in its `try`
 * failed), or after an `if` that asks for one and leaves when it exists.
 */
export function connectsOnlyWhenMissing(sourceCode: PowerShellSourceCode, command: PowerShellCommand, variables: readonly Variable[]): boolean {
	let child: Node = command.node;
	for (let parent = sourceCode.getParent(child); parent; child = parent, parent = sourceCode.getParent(parent)) {
		switch (parent.type) {
			case "IfStatement":
				if (parent.clauses.some((clause) => asksForConnection(sourceCode, clause.condition, variables))) return true;
				break;
			case "WhileStatement":
			case "DoWhileStatement":
			case "DoUntilStatement":
				if (parent.condition && asksForConnection(sourceCode, parent.condition, variables)) return true;
				break;
			case "CatchClause":
				return true;
			case "StatementBlock":
			case "NamedBlock":
			case "ScriptBlock":
			case "Program": {
				const earlier = parent.statements.slice(0, parent.statements.indexOf(child as Statement));
				const exitsWhenConnected = earlier.some(
					(statement) =>
						statement.type === "IfStatement" &&
						statement.clauses.some((clause) => asksForConnection(sourceCode, clause.condition, variables) && leaves(clause.body.statements)),
				);
				if (exitsWhenConnected) return true;
				// A function's checks are its own.
				if (parent.type === "ScriptBlock" && sourceCode.getParent(parent)?.type === "FunctionDefinition") return false;
				break;
			}
		}
	}
	return false;
}

/**
 * Whether the script is an Azure Automation runbook, or connects as one: it
 * reads Automation assets, or connects with a managed identity
 * (`Connect-ExchangeOnline -ManagedIdentity`, `Connect-MicrosoftTeams -Identity`,
 * `Connect-AzAccount -Identity`). Its sandbox, and the connections in it, end with the job.
 */
export function runsInAzureAutomation(sourceCode: PowerShellSourceCode): boolean {
	return sourceCode.commands.some(
		(command) =>
			(command.name !== null && AUTOMATION_CMDLETS.test(command.name)) ||
			(command.name !== null &&
				/^connect-/iu.test(command.name) &&
				(command.parameter("ManagedIdentity") !== undefined || command.parameter("Identity") !== undefined)),
	);
}
