import { COMMON_PARAMETERS, type BoundParameter, type PowerShellCommand, type PowerShellSourceCode } from "@miglint/language-powershell";
import { visitorKeys, type Expression, type Node, type Statement, type StringConstant, type Variable } from "@miglint/powershell-parser";
import { variableWritesOf } from "./variable-writes.js";

/**
 * Parameter binding for cmdlets the language's catalog does not know
 * (Import-Module, New-PSSession, New-PSSessionOption, ConvertTo-SecureString...),
 * and literal values, for ps-deprecated-connection, ps-untrusted-certificate
 * and ps-plaintext-secret.
 *
 * The command model binds an uncatalogued command's parameters by the name
 * as written and leaves its positional arguments unbound; it also takes the
 * argument after a switch as the switch's value. A small description of the
 * cmdlet's parameters is enough to do as PowerShell does: resolve unique
 * prefixes, give switches no value, and bind positional arguments.
 */

export interface ParameterSpec {
	name: string;
	switch?: boolean;
	/** Position in the parameter set a string argument binds to. */
	position?: number;
	aliases?: readonly string[];
}

export interface CmdletSpec {
	name: string;
	parameters: readonly ParameterSpec[];
}

/** A parameter bound to a command, as PowerShell would bind it. */
export interface BoundArgument {
	/** The documented parameter name. */
	name: string;
	source: "named" | "positional" | "splatted";
	/** The `-Name` element, the hashtable entry, or the positional argument. */
	node: Node;
	/** The value; null for a switch written alone. */
	value: Expression | Statement | null;
	/** The command model's parameter, for named and splatted ones. */
	bound: BoundParameter | null;
	/** `true` for a switch written alone, `false` for `-Switch:$false`; null when the value is not a constant. */
	enabled: boolean | null;
}

function lookup(spec: CmdletSpec, written: string): ParameterSpec | null {
	const wanted = written.toLowerCase();
	const all: readonly ParameterSpec[] = [...spec.parameters, ...COMMON_PARAMETERS];
	const exact = all.find((parameter) => parameter.name.toLowerCase() === wanted || parameter.aliases?.some((alias) => alias.toLowerCase() === wanted));
	if (exact) return exact;
	const candidates = all.filter(
		(parameter) => parameter.name.toLowerCase().startsWith(wanted) || parameter.aliases?.some((alias) => alias.toLowerCase().startsWith(wanted)),
	);
	return candidates.length === 1 ? candidates[0]! : null;
}

function enabledOf(parameter: BoundParameter): boolean | null {
	const value = parameter.constant?.value;
	if (parameter.constant === null || value === undefined) return null;
	if (typeof value === "boolean") return value;
	if (typeof value === "number") return value !== 0;
	if (typeof value === "string") return value.length > 0;
	return false;
}

/**
 * The parameters bound to `command`: the command model's for a catalogued
 * cmdlet, otherwise bound with `spec` (named parameters by unique prefix,
 * then positional arguments by position).
 */
export function bindArguments(command: PowerShellCommand, spec: CmdletSpec | undefined): BoundArgument[] {
	if (command.catalogued || !spec) {
		return command.parameters.map((parameter) => ({
			name: parameter.name,
			source: parameter.source,
			node: parameter.node,
			value: parameter.value,
			bound: parameter,
			enabled: parameter.switch ? enabledOf(parameter) : null,
		}));
	}
	const result: BoundArgument[] = [];
	const positional: Expression[] = command.unboundArguments.map((argument) => argument.node);
	for (const parameter of command.parameters) {
		if (parameter.source === "positional" || parameter.writtenName === null) continue;
		const found = lookup(spec, parameter.writtenName);
		if (!found) continue;
		const node = parameter.node;
		// `-AsPlainText 'x'`: the model took 'x' as the switch's value; PowerShell binds it by position.
		const detached = parameter.source === "named" && node.type === "CommandParameter" && node.argument === null;
		if (found.switch && detached && parameter.value !== null) {
			positional.push(parameter.value as Expression);
			result.push({ name: found.name, source: "named", node, value: null, bound: parameter, enabled: true });
			continue;
		}
		const enabled = found.switch ? (parameter.value === null ? true : enabledOf(parameter)) : null;
		result.push({ name: found.name, source: parameter.source, node, value: parameter.value, bound: parameter, enabled });
	}
	positional.sort((a, b) => a.range[0] - b.range[0]);
	const open = spec.parameters
		.filter((parameter) => parameter.position !== undefined && !result.some((bound) => bound.name === parameter.name))
		.sort((a, b) => a.position! - b.position!);
	positional.forEach((argument, index) => {
		const parameter = open[index];
		if (parameter) result.push({ name: parameter.name, source: "positional", node: argument, value: argument, bound: null, enabled: null });
	});
	return result;
}

/**
 * Whether a switch is on: written alone or given a constant that is true;
 * false for `-Switch:$false`; null when the value is not known.
 */
export function switchState(argument: BoundArgument): boolean | null {
	if (argument.enabled !== null) return argument.enabled;
	if (argument.value === null) return true;
	return argument.bound ? enabledOf(argument.bound) : null;
}

/** The bound argument of that (documented) name, case-insensitive. */
export function argumentNamed(bound: readonly BoundArgument[], name: string): BoundArgument | undefined {
	const wanted = name.toLowerCase();
	return bound.find((argument) => argument.name.toLowerCase() === wanted);
}

/** The expression a statement is, when it is one expression alone (`$x = 'a'` assigns the pipeline `'a'`). */
export function expressionOf(node: Expression | Statement | null): Expression | null {
	let current: Node | null = node;
	for (;;) {
		if (current === null) return null;
		if (current.type === "Pipeline") {
			const elements: readonly Node[] = current.elements;
			const [only, ...rest] = elements;
			if (only?.type !== "CommandExpression" || rest.length > 0 || only.redirections.length > 0 || current.background) return null;
			current = only.expression;
		} else if (current.type === "ParenExpression") {
			current = current.pipeline;
		} else {
			return isExpression(current) ? current : null;
		}
	}
}

const NON_EXPRESSIONS = new Set(["AssignmentStatement", "PipelineChain", "IfStatement", "SwitchStatement", "ForEachStatement", "ForStatement", "WhileStatement", "DoWhileStatement", "DoUntilStatement", "TryStatement", "TrapStatement", "FunctionDefinition", "TypeDefinition", "ReturnStatement", "ThrowStatement", "ExitStatement", "BreakStatement", "ContinueStatement", "DataStatement", "UsingStatement", "ConfigurationDefinition", "ErrorStatement"]);

function isExpression(node: Node): node is Expression {
	return !NON_EXPRESSIONS.has(node.type);
}

/** A string literal a value comes from: the literal itself, or the one constant a variable was assigned. */
export interface StringLiteral {
	/** The string constant in the script. */
	literal: StringConstant;
	value: string;
	/** The variable through which the value was read, if any. */
	via: Variable | null;
}

interface VariableWrite {
	node: Node;
	/** The value of a plain `=` assignment; null for any other kind of write. */
	value: Statement | null;
	inLoop: boolean;
}

type WriteIndex = Map<Node, Map<string, VariableWrite[]>>;

const writeIndexes = new WeakMap<PowerShellSourceCode, WriteIndex>();
const LOOPS = new Set(["ForEachStatement", "ForStatement", "WhileStatement", "DoWhileStatement", "DoUntilStatement"]);

function variableKey(variable: Variable): string {
	return variable.name.toLowerCase().replace(/^local:/u, "");
}

function scopeOf(sourceCode: PowerShellSourceCode, node: Node): { scope: Node; inLoop: boolean } {
	let inLoop = false;
	let current: Node = node;
	for (;;) {
		const parent = sourceCode.getParent(current);
		if (!parent) return { scope: current, inLoop };
		// `function f($x)`: the parameter belongs to the function's body.
		if (parent.type === "FunctionDefinition" && current.type === "Parameter") return { scope: parent.body, inLoop };
		if (parent.type === "ScriptBlock" || parent.type === "Program") return { scope: parent, inLoop };
		inLoop ||= LOOPS.has(parent.type);
		current = parent;
	}
}

function childrenOf(node: Node): Node[] {
	const children: Node[] = [];
	const record = node as unknown as Record<string, unknown>;
	for (const key of visitorKeys[node.type]) {
		const value = record[key];
		for (const item of Array.isArray(value) ? value : [value]) {
			if (typeof item === "object" && item !== null && typeof (item as { type?: unknown }).type === "string") children.push(item as Node);
		}
	}
	return children;
}

/** Every write to every variable, by scope and lower-case name (built once per file). */
function writeIndex(sourceCode: PowerShellSourceCode): WriteIndex {
	const index = writeIndexes.get(sourceCode);
	if (index) return index;
	const built: WriteIndex = new Map();
	const record = (variable: Variable, node: Node, value: Statement | null) => {
		const { scope, inLoop } = scopeOf(sourceCode, node);
		const byName = built.get(scope) ?? new Map<string, VariableWrite[]>();
		built.set(scope, byName);
		const key = variableKey(variable);
		byName.set(key, [...(byName.get(key) ?? []), { node, value, inLoop: inLoop || node.type === "ForEachStatement" }]);
	};
	const stack: Node[] = [sourceCode.ast];
	while (stack.length > 0) {
		const node = stack.pop()!;
		for (const { variable, assigned } of variableWritesOf(node)) {
			record(variable, node, assigned);
		}
		if (node.type === "CommandParameter" && /^(ov|outvariable|ev|errorvariable|wv|warningvariable|iv|informationvariable|pv|pipelinevariable)$/iu.test(node.name)) {
			// `-OutVariable name` writes a variable the assignments do not show: such a variable is never constant.
			const parentCommand = sourceCode.getParent(node);
			const elements = parentCommand?.type === "Command" ? parentCommand.elements : [];
			const value = node.argument ?? elements[elements.indexOf(node) + 1] ?? null;
			if (value?.type === "StringConstant") {
				record({ ...value, type: "Variable", name: value.value.replace(/^\+/u, ""), splatted: false, braced: false }, node, null);
			}
		}
		stack.push(...childrenOf(node));
	}
	writeIndexes.set(sourceCode, built);
	return built;
}

/** The string literal `node` is, or that the variable `node` holds: assigned once, before, outside loops, in the same scope. */
export function stringLiteralOf(sourceCode: PowerShellSourceCode, node: Expression | Statement | null): StringLiteral | null {
	const expression = expressionOf(node);
	if (expression?.type === "StringConstant") return { literal: expression, value: expression.value, via: null };
	if (expression?.type !== "Variable" || expression.splatted) return null;
	const { scope } = scopeOf(sourceCode, expression);
	const writes = writeIndex(sourceCode).get(scope)?.get(variableKey(expression));
	if (writes?.length !== 1) return null;
	const [write] = writes;
	if (!write || write.value === null || write.inLoop || write.node.range[1] > expression.range[0]) return null;
	const assigned = expressionOf(write.value);
	return assigned?.type === "StringConstant" ? { literal: assigned, value: assigned.value, via: expression } : null;
}

/**
 * The text range that removes a named parameter (with its value and the
 * whitespace before it) from its command; null for a splatted one.
 */
export function parameterRemovalRange(command: PowerShellCommand, argument: BoundArgument): [number, number] | null {
	const node = argument.node;
	if (argument.source !== "named" || node.type !== "CommandParameter") return null;
	const elements = command.node.elements;
	const index = elements.indexOf(node);
	if (index === -1) return null;
	const previous = index === 0 ? command.node.name : elements[index - 1]!;
	const value = argument.value;
	const end = node.argument === null && value !== null && elements[index + 1] === value ? value.range[1] : node.range[1];
	return [previous.range[1], end];
}
