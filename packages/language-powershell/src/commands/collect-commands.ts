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

function nameOf(command: Command): CommandName | null {
	const name = command.name;
	return name.type === "StringConstant" ? normalizeCommandName(name.value, canonicalCase) : null;
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

/** What the commands of one script share: where a node's parent is, the scope analysis, the modules the script imports (lower-case). */
interface ScriptContext {
	readonly parentOf: ParentOf;
	readonly scopes: ScopeAnalysis;
	readonly importedModules: ReadonlySet<string>;
}

/**
 * A command of the script. A class, so that `is` and `parameter` are methods
 * every command shares: two closures each command held were a third of its
 * memory, and a script can run hundreds of thousands of commands. Its
 * parameters are bound when a rule first reads them, and what its place in
 * the script gives (`pipedFrom`, `output`, `scope`) is found when a rule asks:
 * rules read them for the few commands they look for.
 */
class ScriptCommand implements PowerShellCommand {
	readonly name: string | null;
	readonly module: string | null;
	readonly alias: string | null;
	readonly #lowerCaseName: string | undefined;
	/** The catalogued cmdlet of the name, before its form is chosen by binding. */
	readonly #catalogued: CatalogCmdlet | undefined;
	#bound: { form: CatalogCmdlet | undefined; binding: Binding } | undefined;
	/** Where the command stands in its pipeline. */
	readonly #position: number;
	readonly #context: ScriptContext;

	constructor(
		readonly node: Command,
		name: CommandName | null,
		readonly pipeline: Pipeline,
		position: number,
		context: ScriptContext,
	) {
		this.name = name?.name ?? null;
		this.#lowerCaseName = name?.name.toLowerCase();
		this.module = name?.module ?? null;
		this.alias = name?.alias ?? null;
		this.#catalogued = name ? findCmdlet(name.name) : undefined;
		this.#position = position;
		this.#context = context;
	}

	get writtenName(): string | null {
		const written = this.node.name;
		return written.type === "StringConstant" ? written.value : null;
	}

	get catalogued(): boolean {
		return this.#catalogued !== undefined;
	}

	get cmdlet(): CatalogCmdlet | null {
		return this.#bind().form ?? null;
	}

	get parameters(): readonly BoundParameter[] {
		return this.#bind().binding.parameters;
	}

	get unresolvedParameters(): readonly UnresolvedParameter[] {
		return this.#bind().binding.unresolvedParameters;
	}

	get unboundArguments(): readonly UnboundArgument[] {
		return this.#bind().binding.unboundArguments;
	}

	get splats(): readonly Splat[] {
		return this.#bind().binding.splats;
	}

	get parameterSets(): readonly string[] {
		return this.#bind().binding.parameterSets;
	}

	get pipedFrom(): PipelineElement | null {
		return this.pipeline.elements[this.#position - 1] ?? null;
	}

	get output(): CommandOutput {
		const next = this.pipeline.elements[this.#position + 1];
		return next ? { kind: "pipeline", to: next } : outputOf(this.pipeline, this.#context.parentOf);
	}

	get scope(): ScopeNode {
		return this.#context.scopes.scopeOf(this.node);
	}

	is(wanted: string): boolean {
		// Asked of every command by each rule that looks for one cmdlet: a name of another length is not lower-cased.
		return wanted.length === this.#lowerCaseName?.length && wanted.toLowerCase() === this.#lowerCaseName;
	}

	parameter(wanted: string): BoundParameter | undefined {
		const lowerCase = wanted.toLowerCase();
		return this.parameters.find((parameter) => parameter.name.toLowerCase() === lowerCase);
	}

	#bind(): { form: CatalogCmdlet | undefined; binding: Binding } {
		this.#bound ??= bindForm(this.node, this.#catalogued, this.#context.importedModules, this.#context.scopes);
		return this.#bound;
	}
}

/** Every command of the script, in source order, with its name, bound parameters and context. `importedModules`: lower-case names. */
export function collectCommands(
	commands: readonly Command[],
	parentOf: ParentOf,
	scopes: ScopeAnalysis,
	importedModules: ReadonlySet<string>,
): PowerShellCommand[] {
	const context: ScriptContext = { parentOf, scopes, importedModules };
	// The commands of a pipeline come in order: each is looked for from where the one before it stood, so that a long pipeline is scanned once.
	const positions = new Map<Pipeline, number>();
	return commands.map((node) => {
		const pipeline = parentOf(node) as Pipeline;
		let position = 0;
		if (pipeline.elements.length > 1) {
			position = pipeline.elements.indexOf(node, positions.get(pipeline) ?? 0);
			positions.set(pipeline, position + 1);
		}
		return new ScriptCommand(node, nameOf(node), pipeline, position, context);
	});
}
