import type { Command, Comment, Node } from "@miglint/powershell-parser";
import { requiresStatements } from "./requires.js";

/** `C:\Program Files\...\SkypeOnlineConnector.psd1` imports the module `skypeonlineconnector`. */
function moduleName(text: string): string {
	return text
		.replace(/^.*[\\/]/u, "")
		.replace(/\.ps[dm]1$|\.dll$/iu, "")
		.toLowerCase();
}

/** The literal module names a node gives: a string, or an array of strings. */
function literalNames(node: Node | null | undefined): string[] {
	if (!node) return [];
	if (node.type === "StringConstant") return [moduleName(node.value)];
	if (node.type === "ArrayLiteral") return node.elements.flatMap((element) => literalNames(element));
	return [];
}

const IMPORT_COMMANDS = new Set(["import-module", "ipmo", "microsoft.powershell.core\\import-module"]);

/**
 * The modules a script imports, lower-case: the literal names given to
 * `Import-Module` and listed in `#Requires -Modules`.
 * Only names written out count; `Import-Module $name` tells nothing.
 */
export function importedModules(commands: readonly Command[], comments: readonly Comment[]): Set<string> {
	const found = new Set<string>();
	for (const command of commands) {
		if (command.name.type !== "StringConstant" || !IMPORT_COMMANDS.has(command.name.value.toLowerCase())) continue;
		// Every literal argument: a value of another parameter (`-MinimumVersion 2.0`) names no module a form is selected by.
		for (const element of command.elements) {
			for (const name of literalNames(element.type === "CommandParameter" ? element.argument : element)) found.add(name);
		}
	}
	for (const module of requiresStatements(comments).modules) found.add(module.name.toLowerCase());
	return found;
}
