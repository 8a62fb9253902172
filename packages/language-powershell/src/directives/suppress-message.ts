import type { SourceLocation } from "@eslint/core";
import { ConfigCommentParser, Directive } from "@eslint/plugin-kit";
import { PLUGIN_NAMESPACE } from "@miglint/core";
import type { Attribute, Comment, Node, ParamBlock, Position, Range } from "@miglint/powershell-parser";
import { expressionOf } from "../commands/constants.js";

const commentParser = new ConfigCommentParser();

/** A boundary of a suppression attribute's reach, as the node of a disable or enable directive. */
export interface SuppressionBoundary {
	type: "SuppressionStart" | "SuppressionEnd";
	range: Range;
	loc: SourceLocation;
}

/** `[Diagnostics.CodeAnalysis.SuppressMessageAttribute(...)]` with or without `System.`, `Attribute`, or (after `using namespace`) the namespace. */
const SUPPRESS_MESSAGE = /^(?:(?:System\.)?Diagnostics\.CodeAnalysis\.)?SuppressMessage(?:Attribute)?$/iu;

interface Suppression {
	ruleId: string;
	attribute: Attribute;
	justification: string;
	start: Position;
	/** Where the suppression ends; null when it reaches the end of the script. */
	end: { offset: number; position: Position } | null;
}

function stringArgument(node: Parameters<typeof expressionOf>[0]): string | null {
	const expression = expressionOf(node);
	return expression?.type === "StringConstant" ? expression.value : null;
}

function suppressionsOf(paramBlock: ParamBlock, parentOf: (node: Node) => Node | undefined): Suppression[] {
	const body = parentOf(paramBlock)!;
	const owner = body.type === "ScriptBlock" ? parentOf(body) : undefined;
	const reach = owner?.type === "FunctionDefinition" ? owner : body;
	const suppressions: Suppression[] = [];
	for (const attribute of paramBlock.attributes) {
		if (attribute.type !== "Attribute" || !SUPPRESS_MESSAGE.test(attribute.typeName)) continue;
		const ruleId = stringArgument(attribute.positionalArguments[0] ?? null);
		if (ruleId === null || !ruleId.startsWith(`${PLUGIN_NAMESPACE}/`)) continue;
		const named = (name: string) => attribute.namedArguments.find((argument) => argument.name.toLowerCase() === name);
		// `Scope` and `Target` point the suppression at other functions or classes by name, which miglint does not follow.
		if (named("scope") || named("target")) continue;
		const justification = named("justification");
		suppressions.push({
			ruleId,
			attribute,
			justification: stringArgument(justification?.value ?? null) ?? "",
			start: reach.loc.start,
			end: reach.type === "Program" ? null : { offset: reach.range[1], position: reach.loc.end },
		});
	}
	return suppressions;
}

function encloses(outer: Suppression, inner: Suppression): boolean {
	return outer.attribute.range[0] <= inner.attribute.range[0] && (outer.end === null || (inner.end !== null && inner.end.offset <= outer.end.offset));
}

/** Whether the `eslint-disable` / `eslint-enable` comments before `offset` leave `ruleId` disabled there. */
function disabledByComments(ruleId: string, offset: number, commentDirectives: readonly Directive[]): boolean {
	let disabled = false;
	for (const directive of commentDirectives) {
		if ((directive.node as Comment).range[0] >= offset) break;
		if (directive.type !== "disable" && directive.type !== "enable") continue;
		const ruleIds = Object.keys(commentParser.parseListConfig(directive.value));
		if (ruleIds.length === 0 || ruleIds.includes(ruleId)) disabled = directive.type === "disable";
	}
	return disabled;
}

/**
 * PSScriptAnalyzer's suppression attribute on a `param` block, naming a miglint
 * rule, as a disable directive where the function (or script block, or script)
 * starts and an enable directive where it ends. An attribute nested in the reach
 * of another for the same rule is left out, and there is no enable directive
 * where an `eslint-disable` comment still holds: either would end the outer
 * suppression early. `paramBlocks` and `commentDirectives` are in source order.
 */
export function suppressionDirectives(
	paramBlocks: readonly ParamBlock[],
	parentOf: (node: Node) => Node | undefined,
	commentDirectives: readonly Directive[],
): Directive[] {
	const outermost: Suppression[] = [];
	for (const suppression of paramBlocks.flatMap((paramBlock) => suppressionsOf(paramBlock, parentOf))) {
		if (!outermost.some((outer) => outer.ruleId === suppression.ruleId && encloses(outer, suppression))) outermost.push(suppression);
	}
	return outermost.flatMap(({ ruleId, attribute, justification, start, end }) => {
		// The directive sits where the reach starts, while its range is the attribute's, which the fix of an unused directive removes.
		const startNode: SuppressionBoundary = { type: "SuppressionStart", range: attribute.range, loc: { start, end: attribute.loc.end } };
		const directives = [new Directive({ type: "disable", node: startNode, value: ruleId, justification })];
		if (end !== null && !disabledByComments(ruleId, end.offset, commentDirectives)) {
			const endNode: SuppressionBoundary = { type: "SuppressionEnd", range: [end.offset, end.offset], loc: { start: end.position, end: end.position } };
			directives.push(new Directive({ type: "enable", node: endNode, value: ruleId, justification: "" }));
		}
		return directives;
	});
}
