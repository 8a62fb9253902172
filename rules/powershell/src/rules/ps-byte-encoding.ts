import { defineRule, ruleDocsUrl } from "@miglint/core";
import {
	insideEditionTest,
	scriptEditions,
	type BoundParameter,
	type PowerShellCommand,
	type PowerShellRuleDefinition,
	type ScriptEditions,
} from "@miglint/language-powershell";
import { constantString } from "../utils/cmdlet-usage.js";

type MessageIds = "encodingByte" | "encodingBytePortable" | "asByteStream" | "asByteStreamPortable" | "useAsByteStream";

/** The cmdlets of the FileSystem provider that read or write bytes, with the form that works in both editions. */
const BYTE_CMDLETS: Readonly<Record<string, string>> = {
	"Get-Content": "[System.IO.File]::ReadAllBytes(path)",
	"Set-Content": "[System.IO.File]::WriteAllBytes(path, bytes)",
	"Add-Content": "a [System.IO.FileStream] opened with FileMode Append",
};

/** Why the script runs on one edition only, for a message. */
function reasonOf(editions: ScriptEditions): string {
	switch (editions.source) {
		case "settings":
			return "the edition the configuration sets";
		case "requires":
			return "which this script's #Requires asks for";
		case "manifest":
			return "which this script's module manifest asks for";
		default:
			return "which this script's other commands need";
	}
}

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		hasSuggestions: true,
		languages: ["miglint/powershell"],
		docs: {
			description: "Require byte reads and writes (-Encoding Byte, -AsByteStream) that work on the PowerShell editions that run the script",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-byte-encoding"),
			constraints: ["PS-ENC-007"],
		},
		schema: [],
		messages: {
			encodingByte: "-Encoding Byte fails in PowerShell 7, {{reason}}; use -AsByteStream instead.",
			encodingBytePortable: "-Encoding Byte fails in PowerShell 7, which may run this script; use {{portable}}, which works in both editions.",
			asByteStream: "-AsByteStream does not exist in Windows PowerShell 5.1, {{reason}}; use -Encoding Byte instead.",
			asByteStreamPortable:
				"-AsByteStream does not exist in Windows PowerShell 5.1, which #Requires lets run this script; use {{portable}}, which works in both.",
			useAsByteStream: "Replace with -AsByteStream.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		/** `-Encoding Byte` on PowerShell 7: with a suggestion when both the name and the value are written in the command. */
		function reportEncodingByte(command: PowerShellCommand, encoding: BoundParameter, editions: ScriptEditions, portable: string): void {
			const node = encoding.value ?? encoding.node;
			if (editions.desktop) {
				context.report({ node, messageId: "encodingBytePortable", data: { portable } });
				return;
			}
			const written = encoding.source === "named" && encoding.value !== null && command.node.elements.includes(encoding.node as never);
			const range: [number, number] = [encoding.node.range[0], Math.max(encoding.node.range[1], encoding.value?.range[1] ?? 0)];
			context.report({
				node,
				messageId: "encodingByte",
				data: { reason: reasonOf(editions) },
				suggest: written ? [{ messageId: "useAsByteStream", fix: (fixer) => fixer.replaceTextRange(range, "-AsByteStream") }] : [],
			});
		}

		return {
			Program() {
				const editions = scriptEditions(sourceCode, context.settings, context.physicalFilename);
				for (const command of sourceCode.commands) {
					const portable = command.name !== null && command.catalogued && Object.hasOwn(BYTE_CMDLETS, command.name) ? BYTE_CMDLETS[command.name]! : undefined;
					// A command inside `if ($PSVersionTable.PSVersion.Major -ge 6)` is the script choosing per edition.
					if (portable === undefined || insideEditionTest(sourceCode, command.node)) continue;
					const encoding = command.parameter("Encoding");
					if (editions.core && encoding && constantString(encoding)?.toLowerCase() === "byte") reportEncodingByte(command, encoding, editions, portable);
					const byteStream = command.parameter("AsByteStream");
					// A script that uses -AsByteStream runs on PowerShell 7 unless the configuration or #Requires says otherwise.
					if (!byteStream || !editions.desktop || editions.source === "unknown") continue;
					if (editions.core) context.report({ node: byteStream.node, messageId: "asByteStreamPortable", data: { portable } });
					else context.report({ node: byteStream.node, messageId: "asByteStream", data: { reason: reasonOf(editions) } });
				}
			},
		};
	},
};

export default defineRule(rule);
