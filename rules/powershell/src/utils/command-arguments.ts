import type { RuleTextEdit, RuleTextEditor } from "@eslint/core";
import { expressionOf, type BoundParameter, type PowerShellCommand, type PowerShellSourceCode } from "@miglint/language-powershell";
import type { Expression, Statement, StringConstant, Variable } from "@miglint/powershell-parser";

/**
 * String literals behind a command's arguments, and the text a fix removes
 * with a parameter, for ps-deprecated-connection, ps-deprecated-parameter,
 * ps-untrusted-certificate, ps-plaintext-secret and the migration batch rules.
 */

/** A string literal a value comes from: the literal itself, or the one constant a variable was assigned. */
export interface StringLiteral {
	/** The string constant in the script. */
	literal: StringConstant;
	value: string;
	/** The variable through which the value was read, if any. */
	via: Variable | null;
}

/** The string literal `node` is, or that the variable `node` holds where it is read (see `ScopeAnalysis.assignmentAt`). */
export function stringLiteralOf(sourceCode: PowerShellSourceCode, node: Expression | Statement | null): StringLiteral | null {
	const expression = expressionOf(node);
	if (expression?.type === "StringConstant") return { literal: expression, value: expression.value, via: null };
	if (expression?.type !== "Variable" || expression.splatted) return null;
	const assigned = expressionOf(sourceCode.scopes.assignmentAt(expression)?.value ?? null);
	return assigned?.type === "StringConstant" ? { literal: assigned, value: assigned.value, via: expression } : null;
}

/**
 * The string literals of a list value (`'a', 'b'`, `@('a', 'b')`, a variable
 * assigned such a list once) or of a single string; the elements that are not
 * literals are left out.
 */
export function stringLiteralsOf(sourceCode: PowerShellSourceCode, node: Expression | Statement | null, depth = 0): StringLiteral[] {
	const expression = expressionOf(node);
	if (expression === null || depth > 5) return [];
	if (expression.type === "ArrayLiteral") return expression.elements.flatMap((element) => stringLiteralsOf(sourceCode, element, depth + 1));
	if (expression.type === "ArrayExpression")
		return expression.statements.length === 1 ? stringLiteralsOf(sourceCode, expression.statements[0]!, depth + 1) : [];
	if (expression.type === "Variable" && !expression.splatted) {
		const assigned = sourceCode.scopes.assignmentAt(expression)?.value ?? null;
		return stringLiteralsOf(sourceCode, assigned, depth + 1).map((literal) => ({ ...literal, via: literal.via ?? expression }));
	}
	const single = stringLiteralOf(sourceCode, expression);
	return single ? [single] : [];
}

/**
 * The text range that removes a named parameter (with its value and the
 * whitespace before it) from its command; null for a splatted one.
 */
export function parameterRemovalRange(command: PowerShellCommand, parameter: Pick<BoundParameter, "source" | "node" | "value">): [number, number] | null {
	const node = parameter.node;
	if (parameter.source !== "named" || node.type !== "CommandParameter") return null;
	const elements = command.node.elements;
	const index = elements.indexOf(node);
	if (index === -1) return null;
	const previous = index === 0 ? command.node.name : elements[index - 1]!;
	const value = parameter.value;
	const end = node.argument === null && value !== null && elements[index + 1] === value ? value.range[1] : node.range[1];
	return [previous.range[1], end];
}

/** The suggestion that removes a named parameter (none for a splatted one); `messageId` is the rule's "Remove -{{parameter}}." message. */
export function removeParameterSuggestions<MessageId extends string>(
	command: PowerShellCommand,
	parameter: Pick<BoundParameter, "name" | "source" | "node" | "value">,
	messageId: MessageId,
): { messageId: MessageId; data: { parameter: string }; fix: (fixer: RuleTextEditor) => RuleTextEdit }[] {
	const removal = parameterRemovalRange(command, parameter);
	return removal ? [{ messageId, data: { parameter: parameter.name }, fix: (fixer) => fixer.removeRange(removal) }] : [];
}
