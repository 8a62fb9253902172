import type { Expression, Hashtable, Node, Program, ScriptBlock, Statement, Variable } from "@miglint/powershell-parser";
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

interface VariableWrite {
	/** `assign` replaces the value (`=`); `modify` changes it in a way not followed (`+=`, `++`, a `foreach` variable). */
	kind: "assign" | "modify";
	end: number;
	value: Statement | null;
	/** The type of `[type]$x = value`. */
	castType: string | null;
	inLoop: boolean;
}

interface ScopeRecord {
	writes: Map<string, VariableWrite[]>;
	additions: Map<string, (HashtableAddition & { end: number })[]>;
}

const LOOPS = new Set<string>(["ForEachStatement", "ForStatement", "WhileStatement", "DoWhileStatement", "DoUntilStatement"]);

/** Variables are case-insensitive, and `$local:x` is `$x`. */
function variableKey(variable: Variable): string {
	return variable.name.toLowerCase().replace(/^local:/u, "");
}

function constantKey(node: Expression): string | null {
	const expression = expressionOf(node);
	return expression?.type === "StringConstant" ? expression.value : null;
}

/** The nodes that can write a variable, which `ScopeAnalysis` needs to see. */
export const VARIABLE_WRITE_TYPES: ReadonlySet<string> = new Set(["AssignmentStatement", "ForEachStatement", "UnaryExpression", "InvokeMemberExpression"]);

/**
 * What each scope's statements write to its variables: enough to know a
 * variable that holds one constant, or the hashtable literal a splatted
 * variable was given. Writes in nested script blocks belong to those blocks,
 * as PowerShell gives them their own scope.
 */
export class ScopeAnalysis {
	readonly #records = new Map<ScopeNode, ScopeRecord>();
	readonly #parentOf: (node: Node) => Node | undefined;

	/** `writes` are the nodes of the types in `VARIABLE_WRITE_TYPES`, in source order. */
	constructor(writes: readonly Node[], parentOf: (node: Node) => Node | undefined) {
		this.#parentOf = parentOf;
		for (const node of writes) {
			let inLoop = false;
			let scope = parentOf(node);
			while (scope && scope.type !== "Program" && scope.type !== "ScriptBlock") {
				inLoop ||= LOOPS.has(scope.type);
				scope = parentOf(scope);
			}
			this.#record(node, this.#recordOf(scope as ScopeNode), inLoop || node.type === "ForEachStatement");
		}
	}

	/** The script block or script whose scope `node` runs in (a script block is in its own scope). */
	scopeOf(node: Node): ScopeNode {
		let scope: Node = node;
		while (scope.type !== "Program" && scope.type !== "ScriptBlock") scope = this.#parentOf(scope)!;
		return scope;
	}

	/** The constant `variable` holds where it is read: assigned exactly once, before, outside loops, in the same scope. */
	constantAt = (variable: Variable): Constant | null => {
		const writes = this.#recordOf(this.scopeOf(variable)).writes.get(variableKey(variable));
		const write = writes?.length === 1 ? writes[0]! : null;
		if (write === null || write.kind !== "assign" || write.inLoop || write.end > variable.range[0]) return null;
		const constant = constantOf(write.value, this.constantAt);
		return constant && write.castType !== null ? convertConstant(constant, write.castType) : constant;
	};

	/** The hashtable literal last assigned to `variable` before it is read in its scope, with keys added since. */
	hashtableAt(variable: Variable): KnownHashtable | null {
		const record = this.#recordOf(this.scopeOf(variable));
		const key = variableKey(variable);
		const before = (record.writes.get(key) ?? []).filter((write) => write.end <= variable.range[0]);
		const last = before[before.length - 1];
		let literal = last?.kind === "assign" ? expressionOf(last.value) : null;
		if (literal?.type === "ConvertExpression" && literal.typeName.toLowerCase() === "ordered") literal = literal.expression;
		if (literal?.type !== "Hashtable") return null;
		const additions = (record.additions.get(key) ?? []).filter((addition) => addition.end > last!.end && addition.end <= variable.range[0]);
		return { hashtable: literal, additions: additions.map(({ key: name, node, value }) => ({ key: name, node, value })) };
	}

	#recordOf(scope: ScopeNode): ScopeRecord {
		let record = this.#records.get(scope);
		if (!record) {
			record = { writes: new Map(), additions: new Map() };
			this.#records.set(scope, record);
		}
		return record;
	}

	#record(node: Node, record: ScopeRecord, inLoop: boolean): void {
		const write = (variable: Variable, entry: Omit<VariableWrite, "inLoop" | "end">) => {
			const key = variableKey(variable);
			const list = record.writes.get(key) ?? [];
			list.push({ ...entry, inLoop, end: node.range[1] });
			record.writes.set(key, list);
		};
		const add = (variable: Variable, key: string | null, value: Statement | Expression | null) => {
			if (key === null) return;
			const list = record.additions.get(variableKey(variable)) ?? [];
			list.push({ key, node, value, end: node.range[1] });
			record.additions.set(variableKey(variable), list);
		};
		switch (node.type) {
			case "AssignmentStatement": {
				const target = node.left;
				const kind = node.operator === "=" ? "assign" : "modify";
				if (target.type === "Variable") {
					write(target, { kind, value: node.right, castType: null });
				} else if (target.type === "ConvertExpression" && target.expression.type === "Variable") {
					write(target.expression, { kind, value: node.right, castType: target.typeName });
				} else if (target.type === "ArrayLiteral") {
					for (const element of target.elements) {
						if (element.type === "Variable") write(element, { kind: "modify", value: null, castType: null });
					}
				} else if ((target.type === "MemberExpression" || target.type === "IndexExpression") && target.object.type === "Variable" && kind === "assign") {
					add(target.object, constantKey(target.type === "MemberExpression" ? target.member : target.index), node.right);
				}
				break;
			}
			case "ForEachStatement":
				write(node.variable, { kind: "modify", value: null, castType: null });
				break;
			case "UnaryExpression":
				if ((node.operator === "++" || node.operator === "--") && node.argument.type === "Variable") {
					write(node.argument, { kind: "modify", value: null, castType: null });
				}
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
