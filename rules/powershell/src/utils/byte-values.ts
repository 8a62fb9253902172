import type { Expression, PowerShellCommand, PowerShellSourceCode, Statement } from "@miglint/language-powershell";
import { commandsOf, constantString, fileMethodCall, isTrue, lastCommandOf, resolveValue } from "./cmdlet-usage.js";

/**
 * What a value given to a Byte[] parameter that takes a file's contents
 * (-CSVData, -ServiceAccountKeyFileData) is, for ps-migration-batch and
 * ps-migration-endpoint: the file's bytes, or a path, objects or text in their
 * place.
 */
export type ByteValue =
	{ kind: "path"; text: string } | { kind: "objects" } | { kind: "text"; how: string } | { kind: "bytes"; readAllBytesPath: Expression | null };

/** The kind of a file-contents value, looking through parentheses and variables assigned once; null when not known. */
export function byteValueOf(sourceCode: PowerShellSourceCode, value: Expression | Statement | null): ByteValue | null {
	const resolved = resolveValue(sourceCode, value);
	if (resolved === null) return null;
	if (resolved.type === "StringConstant" || resolved.type === "ExpandableString") return { kind: "path", text: sourceCode.getText(resolved) };
	const method = fileMethodCall(resolved);
	if (method) {
		if (/^ReadAll(Text|Lines)$/iu.test(method.method)) return { kind: "text", how: `[System.IO.File]::${method.method}` };
		return /^ReadAllBytes$/iu.test(method.method) ? { kind: "bytes", readAllBytesPath: method.argument } : null;
	}
	const commands = commandsOf(sourceCode, resolved);
	const last = lastCommandOf(sourceCode, resolved);
	if (!last) return null;
	if (last.is("Import-Csv") || (commands.some((command) => command.is("Import-Csv")) && /^(Where-Object|Select-Object|Sort-Object)$/iu.test(last.name ?? ""))) {
		return { kind: "objects" };
	}
	if (last.is("Get-Content"))
		return readsBytes(last) ? { kind: "bytes", readAllBytesPath: null } : { kind: "text", how: "Get-Content without -Encoding Byte or -AsByteStream" };
	if (last.is("ConvertTo-Csv")) return { kind: "text", how: "ConvertTo-Csv" };
	return null;
}

/** Get-Content that returns bytes: `-Encoding Byte` (5.1) or `-AsByteStream` (7). */
function readsBytes(command: PowerShellCommand): boolean {
	return constantString(command.parameter("Encoding"))?.toLowerCase() === "byte" || isTrue(command.parameter("AsByteStream"));
}
