import { defineRule, ruleDocsUrl } from "@miglint/core";
import {
	expressionOf,
	variableKey,
	type BoundParameter,
	type PowerShellCommand,
	type PowerShellRuleDefinition,
	type PowerShellSourceCode,
} from "@miglint/language-powershell";
import type { Expression, Node, Statement } from "@miglint/powershell-parser";
import { removeParameterSuggestions, stringLiteralOf } from "../utils/command-arguments.js";

/** What a fix needs of a parameter to remove it, and the name its message gives. */
type RemovableParameter = Pick<BoundParameter, "name" | "source" | "node" | "value">;

type MessageIds =
	| "connectorModule"
	| "newCsOnlineSession"
	| "reconnection"
	| "importSkypeSession"
	| "importExchangeSession"
	| "exchangeRemotePowerShell"
	| "connectExoPSSession"
	| "allowPublicUsers"
	| "importMicrosoftTeams"
	| "replaceCommand"
	| "removeParameter";

/** The Skype for Business Online connector modules that MicrosoftTeams replaced. */
const CONNECTOR_MODULES = new Map([
	["skypeonlineconnector", "SkypeOnlineConnector"],
	["lynconlineconnector", "LyncOnlineConnector"],
]);

/** Exchange Online remote PowerShell endpoints (worldwide, GCC High, DoD, Germany, 21Vianet). */
const EXCHANGE_ONLINE_HOST =
	/(?:^|\.)(?:outlook\.office365\.com|ps\.outlook\.com|outlook\.office365\.us|webmail\.apps\.mil|outlook\.office\.de|partner\.outlook\.cn)$/iu;
/** Security & Compliance remote PowerShell endpoints. */
const COMPLIANCE_HOST =
	/(?:^|\.)(?:compliance\.protection\.outlook\.com|compliance\.protection\.office365\.us|compliance\.apps\.mil|compliance\.protection\.outlook\.de|compliance\.protection\.partner\.outlook\.cn)$/iu;

/** The module name in an Import-Module argument: a bare name, or the last part of a path without extension. */
function moduleNameOf(sourceCode: PowerShellSourceCode, node: Node): string | null {
	const text = node.type === "ExpandableString" ? node.value : (stringLiteralOf(sourceCode, node as Expression)?.value ?? null);
	if (text === null) return null;
	const last = text.split(/[\\/]/u).pop()!.trim();
	if (/[$`(]/u.test(last)) return null;
	return last.replace(/\.(psd1|psm1|dll)$/iu, "");
}

/** The elements of `a, b, c` (or the value itself). */
function listElements(value: Expression | Statement): Node[] {
	const expression = expressionOf(value) ?? value;
	return expression.type === "ArrayLiteral" ? expression.elements : [expression];
}

function hostOf(uri: string): string | null {
	try {
		return new URL(uri.trim()).hostname;
	} catch {
		return null;
	}
}

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		hasSuggestions: true,
		languages: ["miglint/powershell"],
		docs: {
			description: "Disallow retired ways of connecting to Skype for Business Online, Teams and Exchange Online",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-deprecated-connection"),
			constraints: ["PS-DEP-001", "PS-DEP-002", "PS-DEP-003", "PS-DEP-004", "PS-DEP-005", "PS-DEP-012"],
		},
		schema: [],
		messages: {
			connectorModule: "{{module}} is obsolete since Skype for Business Online was retired; import MicrosoftTeams and connect with Connect-MicrosoftTeams.",
			newCsOnlineSession: "New-CsOnlineSession no longer exists (MicrosoftTeams 2.0.0); connect with Connect-MicrosoftTeams, which needs no Import-PSSession.",
			reconnection:
				"Enable-CsOnlineSessionForReconnection went away with New-CsOnlineSession; a Connect-MicrosoftTeams connection needs no such helper. Remove it.",
			importSkypeSession:
				"This Import-PSSession imports a New-CsOnlineSession session, which no longer exists; Connect-MicrosoftTeams needs no Import-PSSession. Remove it.",
			importExchangeSession:
				"This Import-PSSession imports an Exchange Online remote PowerShell session, which is no longer supported; {{replacement}} needs none. Remove it.",
			exchangeRemotePowerShell: "Remote PowerShell sessions to {{service}} ({{host}}) are no longer supported; connect with {{replacement}} instead.",
			connectExoPSSession:
				"Connect-EXOPSSession comes from a retired module that used remote PowerShell; use Connect-ExchangeOnline from ExchangeOnlineManagement.",
			allowPublicUsers: "-AllowPublicUsers can no longer be used: Skype consumer interoperability with Teams ended on May 5, 2025. Remove it.",
			importMicrosoftTeams: "Import MicrosoftTeams instead.",
			replaceCommand: "Replace with `{{replacement}}`.",
			removeParameter: "Remove -{{parameter}}.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const text = sourceCode.text;
		/** Lower-case variable names holding a Skype session or an Exchange Online remote PowerShell session. */
		const sessionVariables = new Map<string, "skype" | "exchange" | "compliance">();

		const reportParameter = (command: PowerShellCommand, argument: RemovableParameter, messageId: MessageIds) => {
			context.report({ node: argument.node, messageId, suggest: removeParameterSuggestions(command, argument, "removeParameter") });
		};

		const remember = (command: PowerShellCommand, kind: "skype" | "exchange" | "compliance") => {
			if (command.output.kind === "assignment" && command.output.variable) {
				sessionVariables.set(variableKey(command.output.variable.name), kind);
			}
		};

		/** The kind of deprecated session an Import-PSSession argument holds. */
		const sessionKind = (value: Expression | Statement | null): "skype" | "exchange" | "compliance" | undefined => {
			const expression = expressionOf(value);
			if (expression?.type === "Variable") return sessionVariables.get(variableKey(expression.name));
			const inner = value && (value.type === "ParenExpression" ? value.pipeline : value.type === "SubExpression" ? value.statements[0] : null);
			if (inner?.type === "Pipeline" && inner.elements[0]?.type === "Command") {
				const command = sourceCode.commandOf(inner.elements[0]);
				if (command?.is("New-CsOnlineSession")) return "skype";
				if (command?.is("New-PSSession")) return exchangeSession(command)?.kind;
			}
			return undefined;
		};

		const exchangeSession = (command: PowerShellCommand): { kind: "exchange" | "compliance"; host: string; uri: BoundParameter } | null => {
			const uri = command.parameter("ConnectionUri");
			const literal = uri && stringLiteralOf(sourceCode, uri.value);
			const host = literal ? hostOf(literal.value) : null;
			if (!uri || !host) return null;
			if (EXCHANGE_ONLINE_HOST.test(host)) return { kind: "exchange", host, uri };
			if (COMPLIANCE_HOST.test(host)) return { kind: "compliance", host, uri };
			return null;
		};

		const credentialText = (command: PowerShellCommand) => {
			const credential = command.parameter("Credential");
			return credential?.source === "named" && credential.value ? ` -Credential ${text.slice(...credential.value.range)}` : "";
		};

		const checkCommand = (command: PowerShellCommand) => {
			if (command.is("Import-Module")) {
				const name = command.parameter("Name");
				for (const element of name?.value ? listElements(name.value) : []) {
					const module = moduleNameOf(sourceCode, element);
					const known = module && CONNECTOR_MODULES.get(module.toLowerCase());
					if (!known) continue;
					const direct = element.type === "StringConstant" || element.type === "ExpandableString";
					context.report({
						node: element,
						messageId: "connectorModule",
						data: { module: known },
						suggest: direct ? [{ messageId: "importMicrosoftTeams", fix: (fixer) => fixer.replaceTextRange(element.range, "MicrosoftTeams") }] : [],
					});
				}
			} else if (command.is("New-CsOnlineSession")) {
				remember(command, "skype");
				const replacement = `Connect-MicrosoftTeams${credentialText(command)}`;
				context.report({
					node: command.node.name,
					messageId: "newCsOnlineSession",
					suggest: [{ messageId: "replaceCommand", data: { replacement }, fix: (fixer) => fixer.replaceTextRange(command.node.range, replacement) }],
				});
			} else if (command.is("Enable-CsOnlineSessionForReconnection")) {
				context.report({ node: command.node.name, messageId: "reconnection" });
			} else if (command.is("New-PSSession")) {
				const session = exchangeSession(command);
				if (!session) return;
				remember(command, session.kind);
				const replacement = `${session.kind === "exchange" ? "Connect-ExchangeOnline" : "Connect-IPPSSession"}${credentialText(command)}`;
				context.report({
					node: session.uri.value ?? session.uri.node,
					messageId: "exchangeRemotePowerShell",
					data: {
						service: session.kind === "exchange" ? "Exchange Online" : "Security & Compliance",
						host: session.host,
						replacement: replacement.split(" ")[0]!,
					},
					suggest: [{ messageId: "replaceCommand", data: { replacement }, fix: (fixer) => fixer.replaceTextRange(command.node.range, replacement) }],
				});
			} else if (command.is("Import-PSSession")) {
				const session = command.parameter("Session");
				const kind = session && sessionKind(session.value);
				if (kind === "skype") context.report({ node: command.node.name, messageId: "importSkypeSession" });
				else if (kind) {
					context.report({
						node: command.node.name,
						messageId: "importExchangeSession",
						data: { replacement: kind === "exchange" ? "Connect-ExchangeOnline" : "Connect-IPPSSession" },
					});
				}
			} else if (command.is("Connect-EXOPSSession")) {
				context.report({
					node: command.node.name,
					messageId: "connectExoPSSession",
					suggest: [
						{
							messageId: "replaceCommand",
							data: { replacement: "Connect-ExchangeOnline" },
							fix: (fixer) => fixer.replaceTextRange(command.node.name.range, "Connect-ExchangeOnline"),
						},
					],
				});
			} else if (command.is("Set-CsTenantFederationConfiguration")) {
				// Gone from the documentation, so not in the catalog either: it is among the unknown parameters.
				for (const unknown of command.unresolvedParameters) {
					if (unknown.kind !== "unknown" || !"allowpublicusers".startsWith(unknown.writtenName.toLowerCase())) continue;
					const source = unknown.node.type === "CommandParameter" ? "named" : "splatted";
					reportParameter(command, { name: "AllowPublicUsers", source, node: unknown.node, value: unknown.value }, "allowPublicUsers");
				}
			}
		};

		return {
			Program() {
				for (const command of sourceCode.commands) checkCommand(command);
			},
		};
	},
};

export default defineRule(rule);
