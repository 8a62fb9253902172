import type { Command, Node } from "@miglint/powershell-parser";

/**
 * Desired State Configuration keywords written like commands inside a
 * `Configuration`: `Node 'web01' { }`, resource blocks (`File LogDir { }`),
 * the property statements inside them (`Type = 'Directory'`), and
 * `Import-DscResource`. Where the DSC keywords are loaded (Windows PowerShell
 * with PSDesiredStateConfiguration), PowerShell's parser makes them
 * DynamicKeywordStatementAst nodes, not commands; without them (PowerShell on
 * Linux) it parses them as commands named `Node`, `File` and `Type`, which is
 * what this parser gives. Either way none of them runs a cmdlet: `Type` there
 * is not the alias of Get-Content.
 */
export function isDscKeyword(command: Command, parentOf: (node: Node) => Node | undefined): boolean {
	if (command.name.type !== "StringConstant" || command.name.stringKind !== "BareWord") return false;
	let inConfiguration = false;
	for (let current = parentOf(command); current; current = parentOf(current)) {
		if (current.type === "ConfigurationDefinition") {
			inConfiguration = true;
			break;
		}
	}
	if (!inConfiguration) return false;
	const name = command.name.value;
	const [first] = command.elements;
	const last = command.elements.at(-1);
	// `Type = 'Directory'`: a property of the resource block around it.
	if (first?.type === "StringConstant" && first.stringKind === "BareWord" && first.value === "=") return true;
	if (/^import-dscresource$/iu.test(name)) return true;
	// `Node 'web01' { }`, `File LogDir { }`: a name without a verb, at most one argument, then the block. Cmdlets are Verb-Noun.
	return !name.includes("-") && last?.type === "ScriptBlock" && command.elements.length <= 2;
}
