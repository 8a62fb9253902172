/**
 * What a parser sees in a script, in the shape the PowerShell oracle prints
 * (parse-oracle.ps1): whether it has errors, and every command with its name,
 * parameters and argument extents. Both parsers are reduced to this shape to be compared.
 */

export type Range = [number, number];

export interface CommandParameterView {
	kind: "parameter";
	/** Without the dash and a trailing colon. */
	name: string;
	range: Range;
	/** The value of `-Name:value`. */
	argument: { range: Range; value: string | null } | null;
}

export interface CommandArgumentView {
	kind: "argument";
	range: Range;
	/** The constant string PowerShell reads, or null when the argument is not a plain string. */
	value: string | null;
}

export type CommandElementView = CommandParameterView | CommandArgumentView;

export interface CommandView {
	/** The first element as written. */
	name: string;
	nameRange: Range;
	invocationOperator: "&" | "." | null;
	pipeline: { range: Range; position: number };
	elements: CommandElementView[];
}

export interface ScriptView {
	/** Where each syntax error starts (PowerShell also gives an error id). */
	errors: { offset: number; id?: string }[];
	/** In source order of their names. */
	commands: CommandView[];
}
