import { defineRule, getMigrationFacts, ruleDocsUrl } from "@miglint/core";
import type { BoundParameter, Constant, PowerShellCommand, PowerShellRuleDefinition } from "@miglint/language-powershell";
import type { SourceLocation } from "@miglint/powershell-parser";

type MessageIds = "disabledWhileHybrid" | "setTrue" | "hostingProviderMissing" | "hostingProviderFirst";

/**
 * A `[bool]` parameter binds `$false` and the number 0 as false; PowerShell
 * refuses strings and `$null` for it, so those are not a quiet false.
 */
function isFalse(constant: Constant | null): boolean {
	return constant !== null && (constant.value === false || constant.value === 0);
}

/** The written parameter and its value: `-SharedSipAddressSpace $false`, `-Shared:0`, `SharedSipAddressSpace = $false`. */
function locationOf(parameter: BoundParameter): SourceLocation {
	const { node, value } = parameter;
	return value && value.range[1] > node.range[1] ? { start: node.loc.start, end: value.loc.end } : node.loc;
}

/** `Set-CsHostingProvider -Enabled $false`, `Disable-CsHostingProvider` or `Remove-CsHostingProvider`: the on-premises side of HYB-002. */
function disablesHostingProvider(command: PowerShellCommand): boolean {
	if (command.is("Remove-CsHostingProvider") || command.is("Disable-CsHostingProvider")) return true;
	if (!command.is("Set-CsHostingProvider")) return false;
	// Not catalogued: `-Enable` would be ambiguous with -EnabledSharedAddressSpace, so only the full name binds.
	return command.parameters.some((parameter) => parameter.name.toLowerCase() === "enabled" && isFalse(parameter.constant));
}

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		hasSuggestions: true,
		languages: ["miglint/powershell"],
		docs: {
			description: "Keep SharedSipAddressSpace true while users remain on premises, and disable hybrid as one unit once the move is final",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-shared-sip-address-space"),
			constraints: ["HYB-001", "HYB-002"],
		},
		schema: [],
		messages: {
			disabledWhileHybrid:
				"SharedSipAddressSpace is turned off while migration.skypeHybrid.final is not true; keep it $true until every user has moved online.",
			setTrue: "Set SharedSipAddressSpace to $true.",
			hostingProviderMissing:
				"SharedSipAddressSpace is turned off, but this runbook never disables the on-premises hosting provider; add Set-CsHostingProvider -Enabled $false.",
			hostingProviderFirst: "The hosting provider is disabled before SharedSipAddressSpace is turned off (line {{line}}); move this command after that call.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const final = getMigrationFacts(context.settings).skypeHybrid?.final === true;

		return {
			"Program:exit"() {
				const disabled = sourceCode
					.commandsNamed("Set-CsTenantFederationConfiguration")
					.map((command) => ({ command, parameter: command.parameter("SharedSipAddressSpace") }))
					.filter(
						(entry): entry is { command: PowerShellCommand; parameter: BoundParameter } => entry.parameter !== undefined && isFalse(entry.parameter.constant),
					);
				if (disabled.length === 0) return;

				if (!final) {
					for (const { parameter } of disabled) {
						const value = parameter.value;
						// Rewrite only a value written here: for `$off` the fix belongs where $off is assigned.
						const writtenHere = value !== null && !(value.type === "Variable" && value.name.toLowerCase() !== "false");
						context.report({
							loc: locationOf(parameter),
							messageId: "disabledWhileHybrid",
							suggest: writtenHere ? [{ messageId: "setTrue", fix: (fixer) => fixer.replaceTextRange(value.range, "$true") }] : [],
						});
					}
					return;
				}

				const first = disabled[0]!;
				const providers = sourceCode.commands.filter(disablesHostingProvider);
				if (providers.length === 0) {
					context.report({ loc: locationOf(first.parameter), messageId: "hostingProviderMissing" });
					return;
				}
				for (const provider of providers) {
					if (provider.node.range[0] < first.command.node.range[0]) {
						context.report({ node: provider.node.name, messageId: "hostingProviderFirst", data: { line: String(first.command.node.loc.start.line) } });
					}
				}
			},
		};
	},
};

export default defineRule(rule);
