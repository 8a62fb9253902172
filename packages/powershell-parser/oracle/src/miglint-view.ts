import type { Command, Node, ParseResult } from "@miglint/powershell-parser";
import { visitorKeys } from "@miglint/powershell-parser";
import type { CommandElementView, CommandView, Range, ScriptView } from "./script-view.js";

/** What miglint's parser sees in a script, reduced to the oracle's shape. */
export function miglintView(text: string, result: ParseResult): ScriptView {
	const commands: CommandView[] = [];
	walk(result.ast, null, (node, parent) => {
		if (node.type === "Command") commands.push(commandView(text, node, parent));
	});
	commands.sort((a, b) => a.nameRange[0] - b.nameRange[0]);
	return { errors: result.errors.map((error) => ({ offset: error.range[0] })), commands };
}

function commandView(text: string, command: Command, parent: Node | null): CommandView {
	const pipeline = parent?.type === "Pipeline" ? parent : null;
	return {
		name: text.slice(command.name.range[0], command.name.range[1]),
		nameRange: [...command.name.range],
		invocationOperator: command.invocationOperator,
		pipeline: { range: pipeline === null ? [...command.range] : [...pipeline.range], position: pipeline === null ? 0 : pipeline.elements.indexOf(command) },
		elements: command.elements.map((element): CommandElementView => {
			if (element.type === "CommandParameter") {
				const argument = element.argument === null ? null : { range: [...element.argument.range] as Range, value: constantOf(element.argument) };
				return { kind: "parameter", name: element.name, range: [...element.range], argument };
			}
			return { kind: "argument", range: [...element.range], value: constantOf(element) };
		}),
	};
}

function constantOf(node: Node): string | null {
	return node.type === "StringConstant" ? node.value : null;
}

function walk(node: Node, parent: Node | null, visit: (node: Node, parent: Node | null) => void): void {
	visit(node, parent);
	for (const key of visitorKeys[node.type]) {
		const value = (node as unknown as Record<string, unknown>)[key];
		if (Array.isArray(value)) for (const child of value as Node[]) walk(child, node, visit);
		else if (value !== null && value !== undefined) walk(value as Node, node, visit);
	}
}
