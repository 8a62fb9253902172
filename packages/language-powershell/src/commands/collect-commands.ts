import type { Command, Node, Pipeline } from "@miglint/powershell-parser";
import { bindParameters } from "./bind-parameters.js";
import { findCmdlet } from "./catalog.js";
import type { CommandOutput, PowerShellCommand } from "./command-model.js";
import { ALIASED_CMDLETS, normalizeCommandName, type CommandName } from "./command-names.js";
import type { ScopeAnalysis } from "./scopes.js";

type ParentOf = (node: Node) => Node | undefined;

/** Nodes whose statements write to the output of the script, function or block. */
const STATEMENT_LISTS = new Set<string>(["Program", "ScriptBlock", "NamedBlock", "StatementBlock", "ReturnStatement", "PipelineChain"]);

function canonicalCase(name: string): string | undefined {
	return findCmdlet(name)?.name ?? ALIASED_CMDLETS.get(name.toLowerCase());
}

function nameOf(command: Command): (CommandName & { writtenName: string }) | null {
	const name = command.name;
	return name.type === "StringConstant" ? { writtenName: name.value, ...normalizeCommandName(name.value, canonicalCase) } : null;
}

/**
 * Where the output of `pipeline` goes. Parentheses and sub-expressions pass it
 * on: `$x = (Get-Credential)` assigns it, `(Get-Credential) | Out-Null` pipes it.
 */
function outputOf(pipeline: Pipeline, parentOf: ParentOf): CommandOutput {
	let current: Node = pipeline;
	for (;;) {
		const parent = parentOf(current);
		if (parent === undefined || STATEMENT_LISTS.has(parent.type)) {
			return { kind: "output" };
		}
		if (parent.type === "AssignmentStatement" && parent.right === current) {
			const target = parent.left.type === "ConvertExpression" ? parent.left.expression : parent.left;
			return { kind: "assignment", statement: parent, variable: target.type === "Variable" ? target : null };
		}
		if (parent.type !== "ParenExpression" && parent.type !== "SubExpression" && parent.type !== "ArrayExpression") {
			return { kind: "value", parent };
		}
		const element = parentOf(parent);
		const enclosing = element && parentOf(element);
		if (element?.type !== "CommandExpression" || enclosing?.type !== "Pipeline") {
			return { kind: "value", parent: element ?? parent };
		}
		const next = enclosing.elements[enclosing.elements.indexOf(element) + 1];
		if (next) {
			return { kind: "pipeline", to: next };
		}
		current = enclosing;
	}
}

/** Every command of the script, in source order, with its name, bound parameters and context. */
export function collectCommands(commands: readonly Command[], parentOf: ParentOf, scopes: ScopeAnalysis): PowerShellCommand[] {
	return commands.map((node) => {
		const name = nameOf(node);
		const cmdlet = name ? findCmdlet(name.name) : undefined;
		const pipeline = parentOf(node) as Pipeline;
		const index = pipeline.elements.indexOf(node);
		const next = pipeline.elements[index + 1];
		const binding = bindParameters(node, cmdlet, scopes);
		const lowerCaseName = name?.name.toLowerCase();
		return {
			node,
			name: name?.name ?? null,
			writtenName: name?.writtenName ?? null,
			module: name?.module ?? null,
			alias: name?.alias ?? null,
			catalogued: cmdlet !== undefined,
			...binding,
			pipeline,
			pipedFrom: pipeline.elements[index - 1] ?? null,
			output: next ? { kind: "pipeline", to: next } : outputOf(pipeline, parentOf),
			scope: scopes.scopeOf(node),
			is: (wanted: string) => wanted.toLowerCase() === lowerCaseName,
			parameter: (wanted: string) => {
				const lowerCase = wanted.toLowerCase();
				return binding.parameters.find((parameter) => parameter.name.toLowerCase() === lowerCase);
			},
		};
	});
}
