import { defineRule, inferCsvType, ruleDocsUrl } from "@miglint/core";
import {
	coreOnlyParameters,
	scriptEditions,
	type BoundParameter,
	type Expression,
	type Node,
	type PowerShellCommand,
	type PowerShellRuleDefinition,
	type PowerShellSourceCode,
	type ScriptEditions,
	type Statement,
} from "@miglint/language-powershell";
import { appendArgumentEdit, constantString, isTrue, lastCommandOf, parameterNameNode, resolveValue, unwrap } from "../utils/cmdlet-usage.js";

type MessageIds =
	| "typeInformation"
	| "typeInformationAndEncoding"
	| "includeTypeInformation"
	| "noEncoding"
	| "notUtf8"
	| "notCommaDelimited"
	| "useCulture"
	| "coreOnlyParameter"
	| "coreOnlyEncoding"
	| "fileWithoutEncoding"
	| "redirection"
	| "addNoTypeInformation"
	| "addNoTypeInformationAndEncoding"
	| "addEncoding"
	| "useUtf8"
	| "removeUseCulture";

/** Encodings that are UTF-8, as both editions spell them. */
const UTF8 = new Set(["utf8", "utf-8", "utf8bom", "utf8nobom", "65001"]);
/** Other Unicode encodings, which the migration documentation also accepts ("UTF-8 or other Unicode encoding"). */
const OTHER_UNICODE = new Set([
	"unicode",
	"utf-16",
	"utf-16le",
	"bigendianunicode",
	"utf-16be",
	"utf32",
	"utf-32",
	"bigendianutf32",
	"1200",
	"1201",
	"12000",
	"12001",
]);
/** Encodings that are not Unicode and lose non-ASCII characters. */
const NOT_UNICODE = new Set([
	"ascii",
	"us-ascii",
	"default",
	"oem",
	"utf7",
	"utf-7",
	"byte",
	"string",
	"unknown",
	"20127",
	"1252",
	"windows-1252",
	"437",
	"850",
	"latin1",
	"iso-8859-1",
]);
/** `-Encoding` values Windows PowerShell 5.1 does not accept. */
const CORE_ONLY_ENCODINGS = new Set(["utf8bom", "utf8nobom", "bigendianutf32", "latin1", "ansi"]);

/** The cmdlets that write text files, with the default encoding of Windows PowerShell 5.1. */
const FILE_WRITERS: Readonly<Record<string, { path: string; default: string; ansi: boolean }>> = {
	"Out-File": { path: "FilePath", default: 'UTF-16LE ("Unicode")', ansi: false },
	"Set-Content": { path: "Path", default: 'the ANSI code page ("Default")', ansi: true },
	"Add-Content": { path: "Path", default: 'the ANSI code page ("Default")', ansi: true },
};

type EncodingKind = "utf8" | "unicode" | "notUnicode" | "unknown";

function encodingKind(value: string): EncodingKind {
	const name = value.toLowerCase();
	if (UTF8.has(name)) return "utf8";
	if (OTHER_UNICODE.has(name)) return "unicode";
	return NOT_UNICODE.has(name) ? "notUnicode" : "unknown";
}

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		hasSuggestions: true,
		languages: ["miglint/powershell"],
		docs: {
			description: "Require CSV files written by a script to be plain comma-separated UTF-8 without a #TYPE line, on the PowerShell the script runs on",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-export-csv"),
			constraints: ["PS-ENC-001", "PS-ENC-002", "PS-ENC-003", "PS-ENC-005", "PS-ENC-008", "PS-ENC-009", "PS-ENC-010", "PS-ENC-011"],
		},
		schema: [],
		messages: {
			typeInformation: "{{cmdlet}} without -NoTypeInformation writes a '#TYPE ...' first line in Windows PowerShell 5.1{{edition}}; add -NoTypeInformation.",
			typeInformationAndEncoding:
				"Export-Csv writes a '#TYPE ...' first line and ASCII ('?' for non-ASCII) in Windows PowerShell 5.1{{edition}}; add -NoTypeInformation -Encoding UTF8.",
			includeTypeInformation: "-IncludeTypeInformation writes a '#TYPE ...' first line, and a migration batch then fails to find its header row. Remove it.",
			noEncoding: "Export-Csv without -Encoding writes ASCII in Windows PowerShell 5.1{{edition}}, turning non-ASCII characters into '?'; add -Encoding UTF8.",
			notUtf8: "-Encoding {{value}} cannot hold every character: non-ASCII characters in names and passwords are lost. Use -Encoding UTF8.",
			notCommaDelimited: "-Delimiter {{value}} writes a file separated by {{value}}, but migration CSV files must be comma-separated. Remove -Delimiter.",
			useCulture:
				"-UseCulture separates fields with the culture's list separator (';' in many locales), but migration CSV files are comma-separated; remove it.",
			coreOnlyParameter:
				"-{{name}} exists only in PowerShell 7, and this script targets Windows PowerShell 5.1{{edition}}: the command fails there. Remove it.",
			coreOnlyEncoding:
				"-Encoding {{value}} exists only in PowerShell 7, and this script targets Windows PowerShell 5.1{{edition}}: the command fails there. Use -Encoding UTF8.",
			fileWithoutEncoding:
				"{{cmdlet}} writes the CSV file {{path}} in {{default}} in Windows PowerShell 5.1{{edition}}; add -Encoding UTF8, or use Export-Csv.",
			redirection:
				"'{{operator}}' writes the CSV file {{path}} in UTF-16LE in Windows PowerShell 5.1{{edition}}{{append}}; use Export-Csv -Encoding UTF8 instead.",
			addNoTypeInformation: "Add -NoTypeInformation.",
			addEncoding: "Add -Encoding UTF8.",
			addNoTypeInformationAndEncoding: "Add -NoTypeInformation -Encoding UTF8.",
			useUtf8: "Use UTF8.",
			removeUseCulture: "Remove -UseCulture.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		// `$PSDefaultParameterValues['*:Encoding'] = 'utf8'` (or 'Export-Csv:Encoding') sets the encoding for the whole script.
		const defaultEncoding = /PSDefaultParameterValues/iu.test(sourceCode.text) && /['"][\w*-]*:Encoding['"]/iu.test(sourceCode.text);
		let editions: ScriptEditions | undefined;
		const editionsOf = () => (editions ??= scriptEditions(sourceCode, context.settings));
		let batches: boolean | undefined;
		/** Whether the script creates or changes a migration batch, whose file must be comma-separated. */
		const createsBatches = () => (batches ??= sourceCode.commands.some((command) => command.is("New-MigrationBatch") || command.is("Set-MigrationBatch")));
		/** Whether a command writes a migration batch: the script makes batches, or the columns it writes are a batch's header. */
		const writesBatch = (command: PowerShellCommand) => {
			const columns = selectedColumns(sourceCode, command);
			return createsBatches() || (columns !== null && inferCsvType(columns) !== null);
		};

		/**
		 * The edition a command runs on: `desktop` when the configuration or
		 * #Requires says Windows PowerShell 5.1 runs the script, `mayBeDesktop`
		 * when nothing rules it out (PowerShell 7 only when the command itself
		 * uses a 7-only parameter).
		 */
		function editionOf(command: PowerShellCommand): { desktop: boolean; mayBeDesktop: boolean; note: string } {
			const { desktop, source } = editionsOf();
			if (desktop && (source === "settings" || source === "requires"))
				return { desktop: true, mayBeDesktop: true, note: source === "settings" ? " (powershell.edition: desktop)" : " (#Requires)" };
			if (!desktop || coreOnlyParameters(command).length > 0) return { desktop: false, mayBeDesktop: false, note: "" };
			return { desktop: false, mayBeDesktop: true, note: ", which may run this script" };
		}

		function checkEncoding(encoding: BoundParameter, desktop: boolean, note: string): void {
			const value = constantString(encoding);
			if (value === null || encoding.value === null) return;
			const kind = encodingKind(value);
			if (kind === "notUnicode") {
				const valueNode = encoding.value;
				context.report({
					node: valueNode,
					messageId: "notUtf8",
					data: { value },
					suggest: [{ messageId: "useUtf8", fix: (fixer) => fixer.replaceText(valueNode, "UTF8") }],
				});
			} else if (desktop && CORE_ONLY_ENCODINGS.has(value.toLowerCase())) {
				const valueNode = encoding.value;
				context.report({
					node: valueNode,
					messageId: "coreOnlyEncoding",
					data: { value, edition: note },
					suggest: [{ messageId: "useUtf8", fix: (fixer) => fixer.replaceText(valueNode, "UTF8") }],
				});
			}
		}

		function checkCsvCommand(command: PowerShellCommand): void {
			const cmdlet = command.name!;
			if (
				command.is("ConvertTo-Csv")
					? !writesToFile(sourceCode, command)
					: onTestDrive(sourceCode, command.parameter("Path") ?? command.parameter("LiteralPath"))
			)
				return;
			const { desktop, mayBeDesktop, note } = editionOf(command);
			const unknownSplat = command.splats.some((splat) => splat.hashtable === null);

			const encoding = command.is("Export-Csv") ? command.parameter("Encoding") : undefined;
			// `-Append` without -Encoding matches the BOM of the existing file, or writes UTF-8 (about_Character_Encoding 5.1).
			const writesAscii = command.is("Export-Csv") && !encoding && mayBeDesktop && !unknownSplat && !defaultEncoding && !isTrue(command.parameter("Append"));
			let asciiReported = false;
			const include = command.parameter("IncludeTypeInformation");
			if (include && isTrue(include)) {
				context.report({ node: parameterNameNode(include), messageId: "includeTypeInformation" });
			} else if (mayBeDesktop && !command.parameter("NoTypeInformation") && !unknownSplat) {
				// Both 5.1 defaults on one command are one finding, with one fix.
				context.report({
					node: command.node.name,
					messageId: writesAscii ? "typeInformationAndEncoding" : "typeInformation",
					data: { cmdlet, edition: note },
					suggest: [
						writesAscii
							? { messageId: "addNoTypeInformationAndEncoding", fix: () => appendArgumentEdit(command, "-NoTypeInformation -Encoding UTF8") }
							: { messageId: "addNoTypeInformation", fix: () => appendArgumentEdit(command, "-NoTypeInformation") },
					],
				});
				asciiReported = writesAscii;
			}

			// A semicolon-separated report for Excel is a deliberate choice: the separator matters where the file is a migration batch.
			if (writesBatch(command)) {
				const useCulture = command.parameter("UseCulture");
				if (useCulture && isTrue(useCulture)) {
					context.report({ node: parameterNameNode(useCulture), messageId: "useCulture" });
				}
				const delimiter = command.parameter("Delimiter");
				const delimiterValue = constantString(delimiter);
				if (delimiter && delimiterValue !== null && delimiterValue !== ",") {
					context.report({ node: delimiter.value ?? parameterNameNode(delimiter), messageId: "notCommaDelimited", data: { value: `'${delimiterValue}'` } });
				}
			}

			if (desktop) {
				for (const parameter of coreOnlyParameters(command)) {
					context.report({ node: parameterNameNode(parameter), messageId: "coreOnlyParameter", data: { name: parameter.name, edition: note } });
				}
			}

			if (encoding) {
				checkEncoding(encoding, desktop, note);
			} else if (writesAscii && !asciiReported) {
				context.report({
					node: command.node.name,
					messageId: "noEncoding",
					data: { edition: note },
					suggest: [{ messageId: "addEncoding", fix: () => appendArgumentEdit(command, "-Encoding UTF8") }],
				});
			}
		}

		function checkFileWriter(command: PowerShellCommand, writer: { path: string; default: string; ansi: boolean }): void {
			const path = command.parameter(writer.path) ?? command.parameter("LiteralPath");
			const csvPath = path ? csvPathOf(sourceCode, path.value) : null;
			if (csvPath === null || onTestDrive(sourceCode, path)) return;
			// ASCII text is the same bytes in the ANSI code page and in UTF-8: a header line written by Add-Content is fine.
			const value = constantString(command.parameter("Value"));
			// eslint-disable-next-line no-control-regex -- every ASCII character, control characters included
			if (writer.ansi && command.pipedFrom === null && value !== null && /^[\x00-\x7f]*$/u.test(value)) return;
			const { desktop, mayBeDesktop, note } = editionOf(command);
			const encoding = command.parameter("Encoding");
			if (encoding) {
				checkEncoding(encoding, desktop, note);
			} else if (mayBeDesktop && !defaultEncoding && !command.splats.some((splat) => splat.hashtable === null)) {
				context.report({
					node: command.node.name,
					messageId: "fileWithoutEncoding",
					data: { cmdlet: command.name!, path: csvPath, default: writer.default, edition: note },
					suggest: [{ messageId: "addEncoding", fix: () => appendArgumentEdit(command, "-Encoding UTF8") }],
				});
			}
		}

		return {
			Program() {
				for (const command of sourceCode.commands) {
					if (command.is("Export-Csv") || command.is("ConvertTo-Csv")) {
						checkCsvCommand(command);
						continue;
					}
					const writer = command.name !== null && Object.hasOwn(FILE_WRITERS, command.name) ? FILE_WRITERS[command.name] : undefined;
					if (writer && command.catalogued) checkFileWriter(command, writer);
				}
			},
			FileRedirection(node) {
				const csvPath = csvPathOf(sourceCode, node.target);
				if (csvPath === null || /testdrive/iu.test(csvPath)) return;
				const { desktop, source } = editionsOf();
				if (!desktop) return;
				context.report({
					node,
					messageId: "redirection",
					data: {
						operator: node.append ? ">>" : ">",
						path: csvPath,
						edition: source === "settings" || source === "requires" ? "" : ", which may run this script",
						append: node.append ? ", without matching the encoding of the existing file" : "",
					},
				});
			},
		};
	},
};

/**
 * The column names a CSV command writes, when a `Select-Object` just before it
 * (in its pipeline, or in the pipeline assigned to the variable piped in)
 * names them all as constants: `'EmailAddress'`, or `@{ Name = 'EmailAddress'; Expression = … }`.
 */
function selectedColumns(sourceCode: PowerShellSourceCode, command: PowerShellCommand): string[] | null {
	const upstream = command.pipedFrom;
	let select: PowerShellCommand | null = null;
	if (upstream?.type === "Command") {
		select = sourceCode.commandOf(upstream) ?? null;
	} else if (upstream?.type === "CommandExpression" && command.pipeline.elements.indexOf(command.node) === 1) {
		select = lastCommandOf(sourceCode, resolveValue(sourceCode, upstream.expression));
	}
	const property = select?.is("Select-Object") ? select.parameter("Property") : undefined;
	const value = property ? unwrap(property.value) : null;
	const items = value?.type === "ArrayLiteral" ? value.elements : value ? [value] : [];
	const names = items.map((item) => {
		if (item.type === "StringConstant") return item.value;
		if (item.type !== "Hashtable") return null;
		const entry = item.entries.find((candidate) => candidate.key.type === "StringConstant" && /^(?:n|name|l|label)$/iu.test(candidate.key.value));
		const name = entry ? unwrap(entry.value) : null;
		return name?.type === "StringConstant" ? name.value : null;
	});
	return names.length > 0 && names.every((name) => name !== null) ? names : null;
}

/** The output of ConvertTo-Csv goes into a file in the same pipeline: Out-File, Set-Content, Add-Content or a redirection. */
function writesToFile(sourceCode: PowerShellSourceCode, command: PowerShellCommand): boolean {
	const elements = command.pipeline.elements;
	return elements.slice(elements.indexOf(command.node)).some((element) => {
		if (element.redirections.some((redirection) => redirection.type === "FileRedirection")) return true;
		const next = element.type === "Command" ? sourceCode.commandOf(element) : undefined;
		return next !== undefined && next.name !== null && Object.hasOwn(FILE_WRITERS, next.name);
	});
}

/**
 * The file is on Pester's TestDrive (`TestDrive:\x.csv`, `$TestDrive`), a
 * temporary drive that only lives while a test runs: not a CSV a migration reads.
 */
function onTestDrive(sourceCode: PowerShellSourceCode, path: BoundParameter | undefined): boolean {
	const value = path && resolveValue(sourceCode, path.value);
	if (!value) return false;
	if (/testdrive/iu.test(sourceCode.getText(value))) return true;
	const joined = lastCommandOf(sourceCode, value);
	const base = joined?.is("Join-Path") ? (joined.parameter("Path")?.value ?? joined.unboundArguments[0]?.node ?? null) : null;
	return base !== null && /testdrive/iu.test(sourceCode.getText(resolveValue(sourceCode, base) as Node));
}

/**
 * The path a value names when it ends in `.csv`, as written: a string, an
 * expandable string whose text ends in `.csv`, or `Join-Path` whose child does.
 */
function csvPathOf(sourceCode: PowerShellSourceCode, value: Expression | Statement | null): string | null {
	const resolved = resolveValue(sourceCode, value);
	if (resolved === null) return null;
	if (resolved.type === "StringConstant" || resolved.type === "ExpandableString") {
		return /\.csv$/iu.test(resolved.value) ? sourceCode.getText(resolved) : null;
	}
	const command = lastCommandOf(sourceCode, resolved);
	if (command?.is("Join-Path")) {
		const child = command.parameter("ChildPath")?.value ?? command.unboundArguments[1]?.node ?? null;
		return child && csvPathOf(sourceCode, child) !== null ? sourceCode.getText(resolved) : null;
	}
	return null;
}

export default defineRule(rule);
