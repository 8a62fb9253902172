import type { Command, Node, Pipeline, PipelineElement } from "@miglint/powershell-parser";
import { bindParameters, type Binding } from "./bind-parameters.js";
import { cmdletForms, findCmdlet, type CatalogCmdlet } from "./catalog.js";
import type { BoundParameter, CommandOutput, PowerShellCommand, Splat, UnboundArgument, UnresolvedParameter } from "./command-model.js";
import { ALIASED_CMDLETS, normalizeCommandName, type CommandName } from "./command-names.js";
import type { ScopeAnalysis, ScopeNode } from "./scopes.js";

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

/**
 * A command of the script. A class, so that `is` and `parameter` are methods
 * every command shares: two closures each command held were a third of its
 * memory, and a script can run hundreds of thousands of commands.
 */
class ScriptCommand implements PowerShellCommand {
	readonly name: string | null;
	readonly writtenName: string | null;
	readonly module: string | null;
	readonly alias: string | null;
	readonly catalogued: boolean;
	readonly cmdlet: CatalogCmdlet | null;
	readonly parameters: BoundParameter[];
	readonly unresolvedParameters: UnresolvedParameter[];
	readonly unboundArguments: UnboundArgument[];
	readonly splats: Splat[];
	readonly parameterSets: string[];
	readonly pipedFrom: PipelineElement | null;
	readonly output: CommandOutput;
	readonly scope: ScopeNode;
	readonly #lowerCaseName: string | undefined;

	constructor(
		readonly node: Command,
		name: (CommandName & { writtenName: string }) | null,
		cmdlet: CatalogCmdlet | undefined,
		binding: Binding,
		readonly pipeline: Pipeline,
		parentOf: ParentOf,
		scopes: ScopeAnalysis,
	) {
		this.name = name?.name ?? null;
		this.#lowerCaseName = name?.name.toLowerCase();
		this.writtenName = name?.writtenName ?? null;
		this.module = name?.module ?? null;
		this.alias = name?.alias ?? null;
		this.catalogued = cmdlet !== undefined;
		this.cmdlet = cmdlet ?? null;
		this.parameters = binding.parameters;
		this.unresolvedParameters = binding.unresolvedParameters;
		this.unboundArguments = binding.unboundArguments;
		this.splats = binding.splats;
		this.parameterSets = binding.parameterSets;
		const index = pipeline.elements.indexOf(node);
		const next = pipeline.elements[index + 1];
		this.pipedFrom = pipeline.elements[index - 1] ?? null;
		this.output = next ? { kind: "pipeline", to: next } : outputOf(pipeline, parentOf);
		this.scope = scopes.scopeOf(node);
	}

	is(wanted: string): boolean {
		return wanted.toLowerCase() === this.#lowerCaseName;
	}

	parameter(wanted: string): BoundParameter | undefined {
		const lowerCase = wanted.toLowerCase();
		return this.parameters.find((parameter) => parameter.name.toLowerCase() === lowerCase);
	}
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
		return new ScriptCommand(node, name, cmdlet, binding, parentOf(node) as Pipeline, parentOf, scopes);
	});
}
