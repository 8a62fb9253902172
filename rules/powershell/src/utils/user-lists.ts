import type { PowerShellCommand, PowerShellSourceCode } from "@miglint/language-powershell";
import { pathReferenceOf, type CsvPathReference } from "./migration-batches.js";

/** A Move-CsUser call that reads its users from a file, with the path as far as the script tells. */
export interface UserListUse {
	command: PowerShellCommand;
	path: CsvPathReference;
}

/** The files a script passes to Move-CsUser -UserList (a headerless, comma-separated list of SIP URIs). */
export function userListFiles(sourceCode: PowerShellSourceCode): UserListUse[] {
	return sourceCode.commandsNamed("Move-CsUser").flatMap((command) => {
		const path = pathReferenceOf(sourceCode, command.parameter("UserList")?.value ?? null);
		return path ? [{ command, path }] : [];
	});
}
