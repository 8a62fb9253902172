import type { Expression, PowerShellCommand, PowerShellSourceCode, Statement } from "@miglint/language-powershell";
import { lastCommandOf, resolveValue } from "./cmdlet-usage.js";
import { pathReferenceOf, type CsvPathReference } from "./migration-batches.js";

/** A New-CsBatchPolicyAssignmentOperation whose -Identity users are one column of a CSV file the script reads. */
export interface PolicyAssignmentUse {
	command: PowerShellCommand;
	/** The -Identity argument. */
	identity: Expression | Statement;
	path: CsvPathReference;
	/** The column the users are read from, as the script writes it. */
	column: string;
}

/** Import-Csv parameters that leave the file read as it is, row 1 its header: -Delimiter, -UseCulture and -Header change what the rows are. */
const PLAIN_READ = /^(Path|LiteralPath|Encoding)$/iu;

/** The path of a pipeline that is Import-Csv alone, reading the file plainly; null for anything else (a filter may drop rows). */
function importedFile(sourceCode: PowerShellSourceCode, value: Expression | Statement | null): CsvPathReference | null {
	const command = lastCommandOf(sourceCode, value);
	if (!command?.is("Import-Csv") || command.pipedFrom !== null || command.splats.length > 0) return null;
	if (command.parameters.some((parameter) => parameter.source !== "positional" && !PLAIN_READ.test(parameter.name))) return null;
	const path = command.parameter("Path") ?? command.parameter("LiteralPath");
	return pathReferenceOf(sourceCode, path ? path.value : (command.unboundArguments[0]?.node ?? null));
}

/**
 * The batch policy assignments that take their users from a column of a CSV
 * file: `-Identity (Import-Csv x.csv).UserPrincipalName`, or the same through
 * variables (`$users = Import-Csv x.csv` … `$users.UserPrincipalName`).
 */
export function policyAssignmentsFromCsv(sourceCode: PowerShellSourceCode): PolicyAssignmentUse[] {
	return sourceCode.commandsNamed("New-CsBatchPolicyAssignmentOperation").flatMap((command) => {
		const identity = command.parameter("Identity")?.value ?? null;
		const users = resolveValue(sourceCode, identity);
		if (identity === null || users?.type !== "MemberExpression" || users.static || users.member.type !== "StringConstant") return [];
		const path = importedFile(sourceCode, resolveValue(sourceCode, users.object));
		return path ? [{ command, identity, path, column: users.member.value }] : [];
	});
}
