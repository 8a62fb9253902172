import type { Expression, Statement, Variable } from "@miglint/powershell-parser";

export type ConstantValue = string | number | boolean | null;

/** A value known without running the script (`{ value: null }` is `$null`). */
export interface Constant {
	value: ConstantValue;
}

/** The constant a variable holds at the point it is read, if one is known. */
export type VariableResolver = (variable: Variable) => Constant | null;

const AUTOMATIC_CONSTANTS: Readonly<Record<string, ConstantValue>> = { true: true, false: false, null: null };

/**
 * The expression a statement consists of, when it is a lone expression (`$x = 5`
 * assigns the statement `5`), with parentheses looked through: `('a')` is `'a'`.
 */
export function expressionOf(statement: Statement | Expression | null): Expression | null {
	let current = statement;
	for (;;) {
		if (current === null) return null;
		if (current.type === "Pipeline") {
			const [only, ...rest] = current.elements;
			if (only?.type !== "CommandExpression" || rest.length > 0 || only.redirections.length > 0 || current.background) return null;
			current = only.expression;
		} else if (current.type === "ParenExpression") {
			current = current.pipeline;
		} else {
			return isExpression(current) ? current : null;
		}
	}
}

const STATEMENT_TYPES = new Set<string>([
	"PipelineChain",
	"AssignmentStatement",
	"IfStatement",
	"SwitchStatement",
	"ForEachStatement",
	"ForStatement",
	"WhileStatement",
	"DoWhileStatement",
	"DoUntilStatement",
	"TryStatement",
	"TrapStatement",
	"FunctionDefinition",
	"TypeDefinition",
	"ReturnStatement",
	"ThrowStatement",
	"ExitStatement",
	"BreakStatement",
	"ContinueStatement",
	"DataStatement",
	"UsingStatement",
	"ConfigurationDefinition",
	"ErrorStatement",
]);

function isExpression(node: Statement | Expression): node is Expression {
	return !STATEMENT_TYPES.has(node.type);
}

/**
 * The value of an expression when it is a constant: `$true`, `$false`, `$null`,
 * numbers (multipliers applied by the parser), strings without expansions,
 * `[bool]`, `[int]` and `[string]` conversions of constants, and variables
 * `resolveVariable` knows.
 */
export function constantOf(expression: Expression | Statement | null, resolveVariable: VariableResolver): Constant | null {
	const node = expression && expressionOf(expression);
	if (node === null) return null;
	switch (node.type) {
		case "NumberConstant":
		case "StringConstant":
			return { value: node.value };
		case "Variable": {
			const name = node.name.toLowerCase();
			if (!node.splatted && Object.hasOwn(AUTOMATIC_CONSTANTS, name)) return { value: AUTOMATIC_CONSTANTS[name]! };
			return node.splatted ? null : resolveVariable(node);
		}
		case "UnaryExpression": {
			const operand = node.operator === "-" || node.operator === "+" ? constantOf(node.argument, resolveVariable) : null;
			return typeof operand?.value === "number" ? { value: node.operator === "-" ? -operand.value : operand.value } : null;
		}
		case "ConvertExpression": {
			const operand = constantOf(node.expression, resolveVariable);
			return operand && convertConstant(operand, node.typeName);
		}
		default:
			return null;
	}
}

const CONVERSIONS: Readonly<Record<string, (value: ConstantValue) => ConstantValue | undefined>> = {
	bool: toBoolean,
	boolean: toBoolean,
	"system.boolean": toBoolean,
	int: toInt32,
	int32: toInt32,
	"system.int32": toInt32,
	string: toPowerShellString,
	"system.string": toPowerShellString,
};

/** `[typeName]constant`, for the conversions miglint knows; null for the others. */
export function convertConstant(constant: Constant, typeName: string): Constant | null {
	const key = typeName.toLowerCase();
	const converted = Object.hasOwn(CONVERSIONS, key) ? CONVERSIONS[key]!(constant.value) : undefined;
	return converted === undefined ? null : { value: converted };
}

/** PowerShell's truthiness: note that `[bool]'False'` is `$true`, as any non-empty string. */
export function toBoolean(value: ConstantValue): boolean {
	if (typeof value === "string") return value.length > 0;
	if (typeof value === "number") return value !== 0;
	return value === true;
}

/** `[int]` rounds half to even and fails outside Int32 or on text that is not a number. */
function toInt32(value: ConstantValue): number | undefined {
	let number: number;
	if (typeof value === "string") {
		const text = value.trim();
		number = text === "" ? 0 : Number(text);
	} else {
		number = typeof value === "boolean" ? Number(value) : (value ?? 0);
	}
	if (!Number.isFinite(number)) return undefined;
	const floor = Math.floor(number);
	const difference = number - floor;
	const rounded = difference > 0.5 || (difference === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
	return rounded >= -2147483648 && rounded <= 2147483647 ? rounded : undefined;
}

function toPowerShellString(value: ConstantValue): string {
	if (value === null) return "";
	if (typeof value === "boolean") return value ? "True" : "False";
	return String(value);
}
