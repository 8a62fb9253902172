/**
 * The deliberate differences between miglint's parser and PowerShell's, in
 * one place, each with its reason. A script a difference applies to is
 * compared on nothing that difference touches; the differential tests and
 * the corpus bench report how many scripts each one exempted. Keep the list short.
 */
export interface KnownDifference {
	readonly name: string;
	readonly reason: string;
	/** Whether the difference applies to `text`. */
	appliesTo(text: string): boolean;
	/** What it exempts: the error / no error verdict, or the command lists too. */
	readonly exempts: "errors" | "everything";
}

export const knownDifferences: readonly KnownDifference[] = [
	{
		name: "backtick and blanks before a line break",
		reason:
			"PowerShell reads a backtick followed by blanks as a blank, so the line ends there; miglint continues the line as the author meant, so that the rules see the parameters of the next line (the slip itself is a finding, not a parse to imitate)",
		appliesTo: (text) => /`[ \t]+(\r?\n)/.test(text),
		exempts: "everything",
	},
	{
		name: "backtick right after a parameter name before a line break",
		reason:
			"PowerShell takes the backtick and the line break into the parameter's token (`-All`), so the command ends there and the next line is a command of its own; miglint continues the line as the author meant, as for a backtick followed by blanks",
		appliesTo: (text) => /(^|\s)-\w+`\r?\n/m.test(text),
		exempts: "everything",
	},
	{
		name: "workflow",
		reason:
			"PowerShell 7 rejects `workflow` (WorkflowNotSupportedInPowerShellCore); miglint lints Windows PowerShell 5.1 scripts too, where workflows are valid",
		appliesTo: (text) => /^\s*workflow\s/im.test(text),
		exempts: "errors",
	},
	{
		name: "DSC resources",
		reason:
			"PowerShell's parser loads the modules named by `Import-DscResource` and checks `[DscResource()]` classes, so its verdict depends on what the machine has installed; miglint reads the syntax only",
		appliesTo: (text) => /Import-DscResource|\[DscResource\(/i.test(text),
		exempts: "errors",
	},
];

/** The known differences that apply to `text`. */
export function knownDifferencesIn(text: string): KnownDifference[] {
	return knownDifferences.filter((difference) => difference.appliesTo(text));
}
