import type { CommandParameter, Expression, Hashtable, Node, Program, ScriptBlock, Statement, Variable } from "@miglint/powershell-parser";
import { findCommonParameter, VARIABLE_PARAMETERS } from "./catalog.js";
import { constantOf, convertConstant, expressionOf, type Constant } from "./constants.js";

/** A script block or the whole script: PowerShell's unit of variable scope. */
export type ScopeNode = Program | ScriptBlock;

/** A key added to a hashtable variable after its literal: `$p.Key = v`, `$p['Key'] = v`, `$p.Add('Key', v)`. */
export interface HashtableAddition {
	key: string;
	/** The assignment or `Add` call. */
	node: Node;
	value: Statement | Expression | null;
}

/** A hashtable literal held by a variable, with the keys added to it since. */
export interface KnownHashtable {
	hashtable: Hashtable;
	additions: HashtableAddition[];
}

/** The one plain assignment that gives a variable its value where it is read. */
export interface Assignment {
	value: Statement;
	/** The type of `[type]$x = value`. */
	castType: string | null;
}

interface VariableWrite {
	/**
	 * `assign` replaces the value (`=`); `modify` changes it in a way not
	 * followed (`+=`, `++`, a `foreach` variable, a parameter, `-OutVariable`).
	 */
	kind: "assign" | "modify";
	end: number;
	value: Statement | null;
	castType: string | null;
	/** The innermost loop around the write in its scope: the write may run many times, or never. */
	loop: Node | null;
}

interface ScopeRecord {
	writes: Map<string, VariableWrite[]>;
	additions: Map<string, (HashtableAddition & { end: number })[]>;
}

/** Where a variable write takes effect: its scope, and the innermost loop around it in that scope. */
interface WritePlace {
	scope: ScopeNode;
	loop: Node | null;
}

const LOOPS = new Set<string>(["ForEachStatement", "ForStatement", "WhileStatement", "DoWhileStatement", "DoUntilStatement"]);

const SCOPE_MODIFIER = /^(global|script|local|private|using):/iu;

/**
 * The name a variable is known by: case-insensitive and without scope
 * modifier (`$Script:Path` is `path`). A drive keeps its name: `$env:Path` is
 * `env:path`, not `$path`.
 */
export function variableKey(name: string): string {
	return name.toLowerCase().replace(SCOPE_MODIFIER, "");
}

function scopeModifier(name: string): string | null {
	return SCOPE_MODIFIER.exec(name)?.[1]!.toLowerCase() ?? null;
}

/** `$script:x` and `$global:x` are the script's variables wherever they are written or read (`$global:x` is read as `$x` by the script). */
function inScriptScope(name: string): boolean {
	const modifier = scopeModifier(name);
	return modifier === "script" || modifier === "global";
}

function constantKey(node: Expression): string | null {
	const expression = expressionOf(node);
	return expression?.type === "StringConstant" ? expression.value : null;
}

/** `-OutVariable name`, `-ev +errors`, `-WarningVariable w`...: the variable a common parameter makes the command write, if written as a constant. */
function variableParameterTarget(node: CommandParameter, parentOf: (node: Node) => Node | undefined): string | null {
	const parameter = findCommonParameter(node.name);
	if (!parameter || !VARIABLE_PARAMETERS.has(parameter.name)) return null;
	const command = parentOf(node);
	const elements = command?.type === "Command" ? command.elements : [];
	const value = node.argument ?? elements[elements.indexOf(node) + 1] ?? null;
	return value?.type === "StringConstant" ? value.value.replace(/^\+/u, "") : null;
}

/** The nodes that can write a variable, which `ScopeAnalysis` needs to see. */
export const VARIABLE_WRITE_TYPES: ReadonlySet<string> = new Set([
	"AssignmentStatement",
	"ForEachStatement",
	"UnaryExpression",
	"InvokeMemberExpression",
	"Parameter",
	"CommandParameter",
]);

/**
 * The one answer to "what does this variable hold here?": what each scope's
 * statements write to its variables, enough to know a variable that holds one
 * constant, or the hashtable literal a splatted variable was given. Writes in
 * nested script blocks belong to those blocks, as PowerShell gives them their
 * own scope; `$script:x` and `$global:x` belong to the script's scope, and
 * `$using:x` reads `$x` of the scope around its script block.
 */
export class ScopeAnalysis {
	readonly #records = new Map<ScopeNode, ScopeRecord>();
	/** How many times the whole script writes each variable, in any scope. */
	readonly #writeCounts = new Map<string, number>();
	readonly #parentOf: (node: Node) => Node | undefined;
	readonly #root: Program;
	readonly #writePlaces = new Map<Node, WritePlace>();
	readonly #scopes = new Map<Node, ScopeNode>();

	/** `writes` are the nodes of the types in `VARIABLE_WRITE_TYPES`, in source order. */
	constructor(root: Program, writes: readonly Node[], parentOf: (node: Node) => Node | undefined) {
		this.#root = root;
		this.#parentOf = parentOf;
		for (const node of writes) {
			const { scope, loop } = this.#placeOfWrite(node);
			this.#record(node, scope, loop);
		}
	}

	/**
	 * The scope a write belongs to and the innermost loop around it in that
	 * scope. What is found for the nodes passed on the way up is kept, so that
	 * a deep tree (a chain of 50,000 method calls) is walked once, not once per write.
	 */
	#placeOfWrite(node: Node): WritePlace {
		const path: Node[] = [];
		let child = node;
		let ancestor = this.#parentOf(node);
		let place: WritePlace;
		for (;;) {
			if (!ancestor) {
				place = { scope: this.#root, loop: null };
				break;
			}
			if (ancestor.type === "Program" || ancestor.type === "ScriptBlock") {
				place = { scope: ancestor, loop: null };
				break;
			}
			// `function f($x)`: the parameter belongs to the function's body.
			if (ancestor.type === "FunctionDefinition" && child.type === "Parameter") {
				place = { scope: ancestor.body, loop: null };
				break;
			}
			const known = this.#writePlaces.get(ancestor);
			if (known) {
				place = known;
				break;
			}
			path.push(ancestor);
			child = ancestor;
			ancestor = this.#parentOf(ancestor);
		}
		for (let index = path.length - 1; index >= 0; index--) {
			const passed = path[index]!;
			if (LOOPS.has(passed.type)) place = { scope: place.scope, loop: passed };
			// A function definition's place depends on the child it is reached from (see above).
			if (passed.type !== "FunctionDefinition") this.#writePlaces.set(passed, place);
		}
		return place;
	}

	/** The script block or script whose scope `node` runs in (a script block is in its own scope). */
	scopeOf(node: Node): ScopeNode {
		const path: Node[] = [];
		let scope: Node = node;
		while (scope.type !== "Program" && scope.type !== "ScriptBlock") {
			const known = this.#scopes.get(scope);
			if (known) {
				scope = known;
				break;
			}
			path.push(scope);
			scope = this.#parentOf(scope)!;
		}
		// Kept for every node passed, so that reading each variable of a deep tree walks it once in all.
		for (const passed of path) this.#scopes.set(passed, scope);
		return scope;
	}

	/**
	 * The plain assignment whose value `variable` holds where it is read: the
	 * variable is assigned exactly once, with `=`, before the read, in the
	 * scope it is read in, and outside loops unless the read is in the same loop
	 * (and so after the assignment in the same pass). A variable its scope does not write
	 * is read from the scopes around it, as PowerShell does, when the whole
	 * script writes it only once.
	 */
	assignmentAt(variable: Variable): Assignment | null {
		const found = this.#writesReaching(variable);
		const write = found?.writes.length === 1 ? found.writes[0]! : null;
		if (write === null || write.kind !== "assign" || write.value === null || write.end > variable.range[0]) return null;
		if (write.loop !== null && !(variable.range[0] >= write.loop.range[0] && variable.range[1] <= write.loop.range[1])) return null;
		if (!found!.ownScope && this.#writeCounts.get(variableKey(variable.name)) !== 1) return null;
		return { value: write.value, castType: write.castType };
	}

	/** The constant `variable` holds where it is read (see `assignmentAt`). */
	constantAt = (variable: Variable): Constant | null => {
		const assignment = this.assignmentAt(variable);
		const constant = assignment && constantOf(assignment.value, this.constantAt);
		return constant && assignment.castType !== null ? convertConstant(constant, assignment.castType) : constant;
	};

	/** The hashtable literal last assigned to `variable` before it is read in its scope, with keys added since. */
	hashtableAt(variable: Variable): KnownHashtable | null {
		const record = this.#recordOf(inScriptScope(variable.name) ? this.#root : this.scopeOf(variable));
		const key = variableKey(variable.name);
		const before = (record.writes.get(key) ?? []).filter((write) => write.end <= variable.range[0]);
		const last = before[before.length - 1];
		let literal = last?.kind === "assign" ? expressionOf(last.value) : null;
		if (literal?.type === "ConvertExpression" && literal.typeName.toLowerCase() === "ordered") literal = literal.expression;
		if (literal?.type !== "Hashtable") return null;
		const additions = (record.additions.get(key) ?? []).filter((addition) => addition.end > last!.end && addition.end <= variable.range[0]);
		return { hashtable: literal, additions: additions.map(({ key: name, node, value }) => ({ key: name, node, value })) };
	}

	/** The writes of the innermost scope, from the one `variable` is read in outwards, that writes it. */
	#writesReaching(variable: Variable): { writes: VariableWrite[]; ownScope: boolean } | null {
		const key = variableKey(variable.name);
		if (inScriptScope(variable.name)) {
			const writes = this.#recordOf(this.#root).writes.get(key);
			return writes ? { writes, ownScope: true } : null;
		}
		let scope: ScopeNode | null = this.scopeOf(variable);
		// `$using:x` in a script block run elsewhere is the `$x` of the scope that writes the block.
		if (scopeModifier(variable.name) === "using") scope = this.#enclosingScope(scope);
		let ownScope = scopeModifier(variable.name) !== "using";
		for (; scope !== null; scope = this.#enclosingScope(scope), ownScope = false) {
			const writes = this.#records.get(scope)?.writes.get(key);
			if (writes) return { writes, ownScope };
		}
		return null;
	}

	#enclosingScope(scope: ScopeNode): ScopeNode | null {
		const parent = this.#parentOf(scope);
		return parent ? this.scopeOf(parent) : null;
	}

	#recordOf(scope: ScopeNode): ScopeRecord {
		let record = this.#records.get(scope);
		if (!record) {
			record = { writes: new Map(), additions: new Map() };
			this.#records.set(scope, record);
		}
		return record;
	}

	#record(node: Node, scope: ScopeNode, loop: Node | null): void {
		const write = (name: string, entry: Omit<VariableWrite, "loop" | "end">) => {
			// `$script:x = 1` in a function sets the script's `$x` only when the function runs: not followed.
			const fromElsewhere = inScriptScope(name) && scope !== this.#root;
			const record = this.#recordOf(inScriptScope(name) ? this.#root : scope);
			const key = variableKey(name);
			const list = record.writes.get(key) ?? [];
			list.push(fromElsewhere ? { kind: "modify", value: null, castType: null, loop, end: node.range[1] } : { ...entry, loop, end: node.range[1] });
			record.writes.set(key, list);
			this.#writeCounts.set(key, (this.#writeCounts.get(key) ?? 0) + 1);
		};
		const modify = (name: string) => {
			write(name, { kind: "modify", value: null, castType: null });
		};
		const add = (variable: Variable, key: string | null, value: Statement | Expression | null) => {
			if (key === null) return;
			const record = this.#recordOf(inScriptScope(variable.name) ? this.#root : scope);
			const list = record.additions.get(variableKey(variable.name)) ?? [];
			list.push({ key, node, value, end: node.range[1] });
			record.additions.set(variableKey(variable.name), list);
		};
		switch (node.type) {
			case "AssignmentStatement": {
				const target = node.left;
				const kind = node.operator === "=" ? "assign" : "modify";
				if (target.type === "Variable") {
					write(target.name, { kind, value: node.right, castType: null });
				} else if (target.type === "ConvertExpression" && target.expression.type === "Variable") {
					write(target.expression.name, { kind, value: node.right, castType: target.typeName });
				} else if (target.type === "ArrayLiteral") {
					for (const element of target.elements) {
						if (element.type === "Variable") modify(element.name);
					}
				} else if ((target.type === "MemberExpression" || target.type === "IndexExpression") && target.object.type === "Variable" && kind === "assign") {
					add(target.object, constantKey(target.type === "MemberExpression" ? target.member : target.index), node.right);
				}
				break;
			}
			case "ForEachStatement":
				modify(node.variable.name);
				break;
			case "Parameter":
				modify(node.name.name);
				break;
			case "CommandParameter": {
				const target = variableParameterTarget(node, this.#parentOf);
				if (target !== null) modify(target);
				break;
			}
			case "UnaryExpression":
				if ((node.operator === "++" || node.operator === "--") && node.argument.type === "Variable") modify(node.argument.name);
				break;
			case "InvokeMemberExpression":
				if (node.object.type === "Variable" && node.arguments.length === 2 && constantKey(node.member)?.toLowerCase() === "add") {
					add(node.object, constantKey(node.arguments[0]!), node.arguments[1]!);
				}
				break;
			default:
				break;
		}
	}
}
