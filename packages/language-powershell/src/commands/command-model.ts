import type {
	AssignmentStatement,
	Command,
	CommandParameter,
	Expression,
	Hashtable,
	HashtableEntry,
	Node,
	Pipeline,
	PipelineElement,
	Statement,
	Variable,
} from "@miglint/powershell-parser";
import type { CatalogCmdlet } from "./catalog.js";
import type { Constant } from "./constants.js";
import type { ScopeNode } from "./scopes.js";

/** A parameter bound to a command, by name, by position or through a splatted hashtable. */
export interface BoundParameter {
	/**
	 * The parameter: its catalogued name (`SharedSipAddressSpace` for `-Shared`),
	 * or the name as written for a command the catalog does not know.
	 */
	name: string;
	/** As written, without dash or colon; the hashtable key of a splatted one; null for a positional one. */
	writtenName: string | null;
	source: "named" | "positional" | "splatted";
	/** The `-Name` element, the hashtable entry (or the statement adding the key), or the positional argument. */
	node: CommandParameter | HashtableEntry | Node;
	/** `-Name:value`, the argument after `-Name`, the positional argument or the hashtable value; null for a switch written alone or a missing value. */
	value: Expression | Statement | null;
	/** The value when it is a constant; `{ value: true }` for a switch written alone; null when not known. */
	constant: Constant | null;
	/**
	 * The catalog says the parameter is a switch. For a command the catalog does
	 * not know: it was written without a value (with nothing or another
	 * parameter after it). The argument after `-Name` is otherwise taken as its
	 * value, which is wrong for a switch followed by a positional argument.
	 */
	switch: boolean;
}

/** A written parameter name the catalogued cmdlet does not have, or a prefix of several of its parameters. */
export interface UnresolvedParameter {
	kind: "unknown" | "ambiguous";
	writtenName: string;
	node: CommandParameter | HashtableEntry | Node;
	value: Expression | Statement | null;
	/** The parameters an ambiguous prefix matches. */
	candidates: readonly string[];
}

/** A positional argument no parameter could be found for. */
export interface UnboundArgument {
	node: Expression;
	/** Parameters at the argument's position in different parameter sets, which PowerShell tells apart by the argument's type. */
	candidates: readonly string[];
}

/** `@name` in a command's arguments. */
export interface Splat {
	variable: Variable;
	/** The hashtable literal assigned to the variable earlier in the same scope; null when not known, and then so are its parameters. */
	hashtable: Hashtable | null;
}

/** Where a command's output goes. */
export type CommandOutput =
	/** Into the next element of its pipeline. */
	| { kind: "pipeline"; to: PipelineElement }
	/** Into a variable or other target: `$s = New-PSSession ...`, `$x = (Get-Credential)`. */
	| { kind: "assignment"; statement: AssignmentStatement; variable: Variable | null }
	/** Used as a value: a parameter's value, an operand, a condition, a hashtable value, a cast such as `[void]`. */
	| { kind: "value"; parent: Node }
	/** To the output of the script or function, as a statement of its own (or `return`ed). */
	| { kind: "output" };

/** A command invocation as rules see it, without walking expressions. */
export interface PowerShellCommand {
	node: Command;
	/** The cmdlet: aliases resolved, module qualifier removed, documented casing when known; null when the name is an expression (`& $command`). */
	name: string | null;
	/** The name as written; null when it is an expression. */
	writtenName: string | null;
	/** `Microsoft.PowerShell.Utility` in `Microsoft.PowerShell.Utility\Export-Csv`. */
	module: string | null;
	/** The built-in alias used (`epcsv`), as written. */
	alias: string | null;
	/** The cmdlet is in miglint's parameter catalog: parameters are resolved against its parameters and sets. */
	catalogued: boolean;
	/**
	 * The catalogued cmdlet the parameters were bound against: for a cmdlet whose
	 * parameters differ by module, the form the script's imports select and the
	 * arguments fit. Null when not catalogued.
	 */
	cmdlet: CatalogCmdlet | null;
	/** Bound parameters: named and splatted ones in the order written, then positional ones. */
	parameters: readonly BoundParameter[];
	unresolvedParameters: readonly UnresolvedParameter[];
	unboundArguments: readonly UnboundArgument[];
	splats: readonly Splat[];
	/** For a catalogued cmdlet, the parameter sets that have every bound parameter (empty when they conflict); empty otherwise. */
	parameterSets: readonly string[];
	pipeline: Pipeline;
	/** The element before the command in its pipeline (what is piped into it). */
	pipedFrom: PipelineElement | null;
	output: CommandOutput;
	/** The script block (or the script) the command runs in. */
	scope: ScopeNode;
	/** Whether the command is the cmdlet `name` (case-insensitive). */
	is(name: string): boolean;
	/** The bound parameter of that name (case-insensitive; the catalogued name for a catalogued cmdlet). */
	parameter(name: string): BoundParameter | undefined;
}
