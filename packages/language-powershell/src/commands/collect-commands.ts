import type { Command, Node, Pipeline } from "@miglint/powershell-parser";
import { bindParameters, type Binding } from "./bind-parameters.js";
import { cmdletForms, findCmdlet, type CatalogCmdlet } from "./catalog.js";
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

/**
 * The form of the cmdlet a command runs, bound: of the forms the script's
 * imports allow, the first its arguments fit (every parameter known, one
 * parameter set possible), else the one with the fewest unknown parameters.
 */
function bindForm(
	node: Command,
	cmdlet: CatalogCmdlet | undefined,
	importedModules: ReadonlySet<string>,
	scopes: ScopeAnalysis,
): { form: CatalogCmdlet | undefined; binding: Binding } {
	if (!cmdlet) return { form: undefined, binding: bindParameters(node, undefined, scopes) };
	const bound = cmdletForms(cmdlet, importedModules).map((form) => ({ form, binding: bindParameters(node, form, scopes) }));
	const fits = ({ binding }: { binding: Binding }) =>
		binding.unresolvedParameters.length === 0 && (binding.parameters.length === 0 || binding.parameterSets.length > 0);
	return bound.find(fits) ?? bound.reduce((best, next) => (next.binding.unresolvedParameters.length < best.binding.unresolvedParameters.length ? next : best));
}

/** Every command of the script, in source order, with its name, bound parameters and context. `importedModules`: lower-case names. */
export function collectCommands(
	commands: readonly Command[],
	parentOf: ParentOf,
	scopes: ScopeAnalysis,
	importedModules: ReadonlySet<string>,
): PowerShellCommand[] {
	return commands.map((node) => {
		const name = nameOf(node);
		const { form: cmdlet, binding } = bindForm(node, name ? findCmdlet(name.name) : undefined, importedModules, scopes);
		const pipeline = parentOf(node) as Pipeline;
		const index = pipeline.elements.indexOf(node);
		const next = pipeline.elements[index + 1];
		const lowerCaseName = name?.name.toLowerCase();
		return {
			node,
			name: name?.name ?? null,
			writtenName: name?.writtenName ?? null,
			module: name?.module ?? null,
			alias: name?.alias ?? null,
			catalogued: cmdlet !== undefined,
			cmdlet: cmdlet ?? null,
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
