import type { Node, Statement, Variable } from "@miglint/powershell-parser";

export interface VariableWrite {
	variable: Variable;
	/** The value of a plain `=` assignment to this one variable; null for any other kind of write. */
	assigned: Statement | null;
}

const NO_WRITES: readonly VariableWrite[] = [];

/**
 * The variables a node writes: an assignment (`$a = …`, `$a += …`,
 * `[int]$a = …`, `$a, $b = …`), a foreach loop variable, a parameter, `$a++`
 * or `$a--`. Writes through -OutVariable and its kin are left to the caller.
 */
export function variableWritesOf(node: Node): readonly VariableWrite[] {
	switch (node.type) {
		case "AssignmentStatement": {
			const target = node.left.type === "ConvertExpression" ? node.left.expression : node.left;
			if (target.type === "Variable") return [{ variable: target, assigned: node.operator === "=" ? node.right : null }];
			if (target.type === "ArrayLiteral") return target.elements.flatMap((element) => (element.type === "Variable" ? [{ variable: element, assigned: null }] : []));
			return NO_WRITES;
		}
		case "ForEachStatement":
			return [{ variable: node.variable, assigned: null }];
		case "Parameter":
			return [{ variable: node.name, assigned: null }];
		case "UnaryExpression":
			return (node.operator === "++" || node.operator === "--") && node.argument.type === "Variable" ? [{ variable: node.argument, assigned: null }] : NO_WRITES;
		default:
			return NO_WRITES;
	}
}
