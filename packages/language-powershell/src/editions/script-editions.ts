import { getPowerShellFacts, getProjectFacts } from "@miglint/core";
import type { Node } from "@miglint/powershell-parser";
import { findCmdlet } from "../commands/catalog.js";
import type { BoundParameter, PowerShellCommand } from "../commands/command-model.js";
import type { PowerShellSourceCode } from "../languages/powershell-source-code.js";
import { TreeWalk } from "../ast/walk.js";
import { requiresStatements } from "../commands/requires.js";

/**
 * Which PowerShell may run a script: Windows PowerShell 5.1 ("desktop"),
 * PowerShell 7 ("core"), or both. Every rule whose answer depends on the
 * edition asks this module, so that they all read a script the same way.
 */

/** What decided the editions. */
export type EditionSource = "settings" | "requires" | "manifest" | "syntax" | "unknown";

export interface ScriptEditions {
	/** Windows PowerShell 5.1 may run the script. */
	desktop: boolean;
	/** PowerShell 7 may run the script. */
	core: boolean;
	/**
	 * `settings`: `powershell.edition` in the miglint configuration;
	 * `requires`: `#Requires -PSEdition` or `#Requires -Version`;
	 * `manifest`: the manifest of the module the script belongs to (project facts);
	 * `syntax`: something in the script that only one edition runs;
	 * `unknown`: nothing says, and then both may.
	 */
	source: EditionSource;
}

const BOTH: ScriptEditions = { desktop: true, core: true, source: "unknown" };

/**
 * `#Requires -PSEdition Core|Desktop` fixes the edition; `#Requires -Version 6`
 * and later needs PowerShell 7; `#Requires -Version 5.1` and earlier is only a
 * minimum, which PowerShell 7 meets too.
 */
function editionsFromRequires(sourceCode: PowerShellSourceCode): ScriptEditions | null {
	const { edition, version } = requiresStatements(sourceCode.comments);
	if (edition) return { desktop: edition === "desktop", core: edition === "core", source: "requires" };
	if (version) return { desktop: Number(version.value.split(".")[0]) < 6, core: true, source: "requires" };
	return null;
}

/**
 * Syntax Windows PowerShell 5.1 cannot parse (about_Operators,
 * about_Pipeline_Chain_Operators): `&&`, `||`, `??`, `??=` and `a ? b : c`
 * since PowerShell 7.0, `?.` and `?[` since 7.1, `clean` blocks since 7.3.
 */
function isCoreOnlySyntax(node: Node): boolean {
	switch (node.type) {
		case "TernaryExpression":
		case "PipelineChain":
			return true;
		case "BinaryExpression":
			return node.operator === "??";
		case "AssignmentStatement":
			return node.operator === "??=";
		case "MemberExpression":
		case "InvokeMemberExpression":
		case "IndexExpression":
			return node.nullConditional;
		case "NamedBlock":
			return node.blockKind === "clean";
		default:
			return false;
	}
}

/** A parameter of a catalogued cmdlet that only PowerShell 7 has (`Export-Csv -UseQuotes`, `Get-Content -AsByteStream`). */
export function coreOnlyParameters(command: PowerShellCommand): BoundParameter[] {
	const cmdlet = command.catalogued && command.name ? findCmdlet(command.name) : undefined;
	if (!cmdlet) return [];
	return command.parameters.filter((parameter) => {
		const catalogued = cmdlet.parameters.find((candidate) => candidate.name === parameter.name);
		return catalogued !== undefined && !catalogued.editions.includes("desktop");
	});
}

/** A command only PowerShell 7 runs: a 7-only parameter, or `ForEach-Object -Parallel` (added in 7.0; ForEach-Object is not catalogued). */
function isCoreOnlyCommand(command: PowerShellCommand): boolean {
	return coreOnlyParameters(command).length > 0 || (command.is("ForEach-Object") && command.parameter("Parallel") !== undefined);
}

/** `Add-PSSnapin` (the Exchange snap-in) does not exist in PowerShell 7; `workflow` does not parse there. */
function isDesktopOnly(node: Node, sourceCode: PowerShellSourceCode): boolean {
	if (node.type === "FunctionDefinition") return node.kind === "workflow";
	return node.type === "Command" && sourceCode.commandOf(node)?.is("Add-PSSnapin") === true;
}

const EDITION_TEST = /\$(PSVersionTable|PSEdition|IsCoreCLR)\b/iu;

/**
 * Whether a node is inside an `if` that tests the edition or version
 * (`if ($PSVersionTable.PSVersion.Major -ge 7)`, `if ($PSEdition -eq 'Core')`):
 * the script chooses per edition there, so what it runs says nothing of the
 * edition that runs the script.
 */
export function insideEditionTest(sourceCode: PowerShellSourceCode, node: Node): boolean {
	for (let child = node, parent = sourceCode.getParent(node); parent; child = parent, parent = sourceCode.getParent(parent)) {
		if (parent.type === "IfStatement" && child !== parent.clauses[0]) {
			if (parent.clauses.some((clause) => EDITION_TEST.test(sourceCode.getText(clause.condition)))) return true;
		} else if (parent.type === "IfClause" && child === parent.body && EDITION_TEST.test(sourceCode.getText(parent.condition))) {
			return true;
		}
	}
	return false;
}

/** What the script itself uses that only one edition runs, outside tests of the edition. */
function editionsFromSyntax(sourceCode: PowerShellSourceCode): ScriptEditions | null {
	let core = false;
	let desktop = false;
	for (const walk = new TreeWalk(sourceCode.ast); walk.next();) {
		if (walk.exit) continue;
		const { node } = walk;
		if (!core && isCoreOnlySyntax(node) && !insideEditionTest(sourceCode, node)) core = true;
		if (!desktop && isDesktopOnly(node, sourceCode) && !insideEditionTest(sourceCode, node)) desktop = true;
	}
	core ||= sourceCode.commands.some((command) => isCoreOnlyCommand(command) && !insideEditionTest(sourceCode, command.node));
	// Both kinds at once: the script contradicts itself, and nothing can be told.
	if (core === desktop) return null;
	return { desktop, core, source: "syntax" };
}

const cache = new WeakMap<PowerShellSourceCode, ScriptEditions>();

/**
 * The editions that may run a script (`file`, its path on disk): `powershell.edition`
 * in the miglint configuration wins, then `#Requires`, then the manifest of
 * the module the script is part of when it asks for PowerShell 7 (Import-Module
 * refuses the module elsewhere), then what the script uses that only one
 * edition runs (7-only syntax or parameters, `ForEach-Object -Parallel`;
 * `Add-PSSnapin`, `workflow`); otherwise both.
 */
export function scriptEditions(sourceCode: PowerShellSourceCode, settings: Record<string, unknown> | undefined, file?: string): ScriptEditions {
	const configured = getPowerShellFacts(settings).edition;
	if (configured) return { desktop: configured === "desktop", core: configured === "core", source: "settings" };
	let found = cache.get(sourceCode);
	if (!found) {
		const inCoreModule = file !== undefined && getProjectFacts(settings, file).moduleEdition !== undefined;
		found =
			editionsFromRequires(sourceCode) ?? (inCoreModule ? { desktop: false, core: true, source: "manifest" } : null) ?? editionsFromSyntax(sourceCode) ?? BOTH;
		cache.set(sourceCode, found);
	}
	return found;
}
