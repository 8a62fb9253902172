import { knownDifferencesIn } from "./known-differences.js";
import type { CommandElementView, CommandView, ScriptView } from "./script-view.js";

/** One way the two parsers read a script differently. */
export interface Disagreement {
	/** `errors`: one parser rejects the script and the other accepts it; `command`: both accept it but extract a command differently. */
	kind: "errors" | "command";
	/** Offset in the script where the difference starts. */
	offset: number;
	detail: string;
}

/**
 * How miglint's reading of a script differs from PowerShell's: on error / no
 * error, and, when both accept it, on each command's name, invocation
 * operator, parameter names, argument extents and constant string values.
 * Scripts the known differences apply to are exempted from what they touch.
 */
export function compareViews(text: string, miglint: ScriptView, powershell: ScriptView): Disagreement[] {
	const exempted = knownDifferencesIn(text).map((difference) => difference.exempts);
	if (exempted.includes("everything")) return [];
	const miglintRejects = miglint.errors.length > 0;
	const powershellRejects = powershell.errors.length > 0;
	if (miglintRejects !== powershellRejects) {
		const errors = miglintRejects ? miglint.errors : powershell.errors;
		const offset = errors[0]!.offset;
		const detail = miglintRejects
			? `miglint reports a syntax error at ${offset}, PowerShell none`
			: `PowerShell reports ${errors.map((e) => `${e.id ?? "an error"} at ${e.offset}`).join(", ")}, miglint none`;
		return exempted.includes("errors") ? [] : [{ kind: "errors", offset, detail }];
	}
	if (miglintRejects || powershellRejects) return [];
	// Commands are matched by where their names start, so that one command only one parser sees does not shift the rest.
	const ours = new Map(miglint.commands.map((command) => [command.nameRange[0], command]));
	const theirs = new Map(powershell.commands.map((command) => [command.nameRange[0], command]));
	const disagreements: Disagreement[] = [];
	for (const offset of [...new Set([...ours.keys(), ...theirs.keys()])].sort((a, b) => a - b)) {
		const a = ours.get(offset);
		const b = theirs.get(offset);
		const difference =
			a === undefined || b === undefined
				? `${a === undefined ? "PowerShell" : "miglint"} alone sees command ${JSON.stringify((a ?? b)!.name)} at ${offset}`
				: commandDifference(a, b);
		if (difference !== null) disagreements.push({ kind: "command", offset, detail: difference });
	}
	return disagreements;
}

function commandDifference(ours: CommandView, theirs: CommandView): string | null {
	const label = `command ${JSON.stringify(theirs.name)} at ${theirs.nameRange[0]}`;
	if (!sameRange(ours.nameRange, theirs.nameRange)) return `${label}: miglint reads the name as ${JSON.stringify(ours.name)} at ${ours.nameRange.join("-")}`;
	if (ours.invocationOperator !== theirs.invocationOperator)
		return `${label}: invocation operator ${String(ours.invocationOperator)} in miglint, ${String(theirs.invocationOperator)} in PowerShell`;
	if (ours.elements.length !== theirs.elements.length)
		return `${label}: ${ours.elements.length} elements in miglint (${describe(ours.elements)}), ${theirs.elements.length} in PowerShell (${describe(theirs.elements)})`;
	for (let i = 0; i < ours.elements.length; i++) {
		const difference = elementDifference(ours.elements[i]!, theirs.elements[i]!);
		if (difference !== null) return `${label}, element ${i + 1}: ${difference}`;
	}
	return null;
}

function elementDifference(ours: CommandElementView, theirs: CommandElementView): string | null {
	if (ours.kind !== theirs.kind || !sameRange(ours.range, theirs.range)) return `miglint ${describe([ours])}, PowerShell ${describe([theirs])}`;
	if (ours.kind === "parameter" && theirs.kind === "parameter") {
		if (ours.name !== theirs.name) return `parameter name ${JSON.stringify(ours.name)} in miglint, ${JSON.stringify(theirs.name)} in PowerShell`;
		if (
			(ours.argument === null) !== (theirs.argument === null) ||
			(ours.argument !== null && theirs.argument !== null && !sameRange(ours.argument.range, theirs.argument.range))
		) {
			return `parameter argument ${JSON.stringify(ours.argument?.range ?? null)} in miglint, ${JSON.stringify(theirs.argument?.range ?? null)} in PowerShell`;
		}
		return valueDifference(ours.argument?.value ?? null, theirs.argument?.value ?? null);
	}
	if (ours.kind === "argument" && theirs.kind === "argument") return valueDifference(ours.value, theirs.value);
	return null;
}

/** Constant values are compared where both parsers give one: a string miglint keeps as expandable has no value to compare. */
function valueDifference(ours: string | null, theirs: string | null): string | null {
	if (ours === null || theirs === null || ours === theirs) return null;
	return `value ${JSON.stringify(ours)} in miglint, ${JSON.stringify(theirs)} in PowerShell`;
}

function sameRange(a: readonly number[], b: readonly number[]): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

function describe(elements: readonly CommandElementView[]): string {
	return (
		elements.map((element) => (element.kind === "parameter" ? `-${element.name}@${element.range.join("-")}` : `arg@${element.range.join("-")}`)).join(" ") ||
		"none"
	);
}
