import type { RuleFixer } from "@eslint/core";
import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { PowerShellRuleDefinition } from "@miglint/language-powershell";
import type { Variable } from "@miglint/powershell-parser";
import { connectsOnlyWhenMissing, runsInAzureAutomation } from "../utils/connection-guards.js";
import { CLOSING_CMDLET, enclosingFunction, escapes, sessionEvents, type SessionClose, type SessionKind, type SessionOpen } from "../utils/sessions.js";

type MessageIds = "notRemoved" | "notStored" | "notDisconnected" | "appendRemoval" | "appendDisconnect";

/** Commands that only talk to the admin or end the run: a script that runs nothing else after connecting exists to connect. */
const MESSAGES_ONLY = new Set([
	"write-host",
	"write-output",
	"write-verbose",
	"write-information",
	"write-warning",
	"write-debug",
	"write-error",
	"out-host",
	"out-null",
	"start-sleep",
	"stop-transcript",
	"pause",
	"clear-host",
]);

/**
 * A function that exists to connect (`Connect-Exo`, `Invoke-ConnectExchangeShell`):
 * it leaves the connection to its caller, or to the module's disconnect function.
 */
const CONNECTING_FUNCTION = /(?<!dis)connect/iu;

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "suggestion",
		hasSuggestions: true,
		languages: ["miglint/powershell"],
		docs: {
			description: "Require every remote session and online connection a script opens to be closed by the script",
			recommended: "warn",
			url: ruleDocsUrl("rules/powershell", "ps-session-cleanup"),
			constraints: ["PS-DEP-009", "PS-DEP-010"],
		},
		schema: [],
		messages: {
			notRemoved:
				"The session from {{cmdlet}} in ${{variable}} is never removed, so it outlives the script; call 'Remove-PSSession ${{variable}}', ideally in a finally block.",
			notStored: "The session from {{cmdlet}} is not kept in a variable ({{how}}), so it cannot be removed; assign it and call Remove-PSSession when done.",
			notDisconnected: "{{cmdlet}} opens a connection that this script never closes; call {{closing}} when done, ideally in a finally block.",
			appendRemoval: "Add 'Remove-PSSession ${{variable}}' at the end of the script.",
			appendDisconnect: "Add '{{closing}}' at the end of the script.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const variables: Variable[] = [];

		/** A suggestion's fix that appends a line to the script, offered only for a command at the script's top level. */
		function append(text: string, atTopLevel: boolean): RuleFixer | null {
			if (!atTopLevel) return null;
			const end = sourceCode.text.length;
			const newline = sourceCode.text.includes("\r\n") ? "\r\n" : "\n";
			const prefix = sourceCode.text.endsWith("\n") ? "" : newline;
			return (fixer) => fixer.insertTextAfterRange([end, end], `${prefix}${text}${newline}`);
		}

		return {
			Variable(node) {
				variables.push(node);
			},

			"Program:exit"() {
				if (runsInAzureAutomation(sourceCode)) return;
				const events = sessionEvents(sourceCode, variables);
				const closes = events.filter((event): event is SessionClose => event.type === "close");
				const reportedKinds = new Set<string>();
				const removesAll = closes.some((close) => close.kind === "pssession" && close.all);
				const opens = events.filter((event): event is SessionOpen => event.type === "open");
				const onlyWhenMissing = new Set(opens.filter((open) => connectsOnlyWhenMissing(sourceCode, open.command, variables)));
				// A script that reuses the admin's Exchange Online connection must not close it: Disconnect-ExchangeOnline would close the admin's too.
				const reusedKinds = new Set<SessionKind>([...onlyWhenMissing].map((open) => open.kind).filter((kind) => kind !== "pssession"));
				for (const event of opens) {
					const { command, kind, holder } = event;
					// ps-deprecated-connection already reports the retired cmdlet; its replacement, Connect-MicrosoftTeams, returns no session.
					if (command.is("New-CsOnlineSession")) continue;
					if (onlyWhenMissing.has(event) || reusedKinds.has(kind)) continue;
					const functionNode = enclosingFunction(sourceCode, command.node);
					if (functionNode?.type === "FunctionDefinition" && CONNECTING_FUNCTION.test(functionNode.name)) continue;
					const cmdlet = command.name!;
					const topLevel = command.scope.type === "Program";
					if (kind !== "pssession") {
						if (closes.some((close) => close.kind === kind)) continue;
						// A connect script leaves the connection open for the admin on purpose: nothing after it uses it, or its name says it connects.
						const end = command.node.range[1];
						const usedLater = sourceCode.commands.some((other) => other.node.range[0] >= end && !(other.name && MESSAGES_ONLY.has(other.name.toLowerCase())));
						if (topLevel && (!usedLater || CONNECTING_FUNCTION.test(context.filename.replace(/^.*[\\/]/u, "")))) continue;
						// One disconnect fixes every connect of that kind (often alternatives in an if): report the first.
						if (reportedKinds.has(kind)) continue;
						reportedKinds.add(kind);
						const closing = kind === "exchange" ? "Disconnect-ExchangeOnline -Confirm:$false" : "Disconnect-MicrosoftTeams";
						const fix = append(closing, topLevel);
						context.report({
							node: command.node.name,
							messageId: "notDisconnected",
							data: { cmdlet, closing: CLOSING_CMDLET[kind] },
							suggest: fix ? [{ messageId: "appendDisconnect", data: { closing }, fix }] : [],
						});
						continue;
					}
					if (removesAll) continue;
					if (holder.kind === "variable") {
						if (closes.some((close) => close.variables.has(holder.key)) || escapes(sourceCode, holder.key, variables)) continue;
						const written = command.output.kind === "assignment" && command.output.variable ? command.output.variable.name : holder.key;
						const fix = append(`Remove-PSSession -Session $${written}`, topLevel);
						context.report({
							node: command.node.name,
							messageId: "notRemoved",
							data: { cmdlet, variable: written },
							suggest: fix ? [{ messageId: "appendRemoval", data: { variable: written }, fix }] : [],
						});
					} else if (holder.kind === "unnamed") {
						context.report({ node: command.node.name, messageId: "notStored", data: { cmdlet, how: holder.how } });
					}
				}
			},
		};
	},
};

export default defineRule(rule);
