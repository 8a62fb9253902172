import { defineRule, ruleDocsUrl } from "@miglint/core";
import {
	expressionOf,
	requiresStatements,
	type PowerShellCommand,
	type PowerShellRuleDefinition,
	type PowerShellSourceCode,
} from "@miglint/language-powershell";
import type { Node } from "@miglint/powershell-parser";
import { graphReplacement, mayBeModuleCmdlet } from "../data/graph-replacements.js";
import { definesFunction } from "../utils/cmdlet-usage.js";
import { stringLiteralOf } from "../utils/command-arguments.js";

type MessageIds = "retiredModule" | "retiredCmdlet" | "noGraphCmdlet" | "unmappedCmdlet";

/** The retired modules by lower-case name, with when Learn says they stopped working. */
const RETIRED_MODULES = new Map([
	["msonline", { module: "MSOnline", retired: "it stopped working between April and May 2025" }],
	["azuread", { module: "AzureAD", retired: "unsupported since March 30, 2025 and retired from July 2025" }],
	["azureadpreview", { module: "AzureADPreview", retired: "unsupported since March 30, 2025 and retired from July 2025" }],
]);

/** `Get-MsolUser`, `Set-AzureADUser`, `New-AzureADMSGroup`: the noun prefixes of the two modules' cmdlets. */
const RETIRED_NOUN = /^[a-z]+-(msol|azuread)/iu;

/**
 * Cmdlets with an AzureAD noun that other, current modules ship: Entra
 * Kerberos (AzureADHybridAuthenticationManagement), seamless single sign-on
 * (AzureADSSO) and the Connect Health agents (AzureADConnectHealthSync).
 */
const CURRENT_AZUREAD_NOUN = /^[a-z]+-AzureAD(?:KerberosServer|SSO|ConnectHealth)/iu;

/**
 * The modules `Import-Module`/`Install-Module -Name` loads or installs: each name, or a path's last part without extension.
 * Install-Module is not in the parameter catalog: its first positional argument is -Name. A variable at Import-Module's
 * first position may be -Name or a module object; a string it holds settles it.
 */
function moduleNames(sourceCode: PowerShellSourceCode, command: PowerShellCommand): { name: string; node: Node }[] {
	const positional = command.unboundArguments.find((argument) => !command.catalogued || argument.candidates.includes("Name"));
	const argument = command.parameter("Name")?.value ?? positional?.node ?? null;
	const value = expressionOf(argument);
	const elements = value?.type === "ArrayLiteral" ? value.elements : value ? [value] : [];
	return elements.flatMap((element) => {
		const literal = stringLiteralOf(sourceCode, element);
		if (!literal) return [];
		const name = literal.value
			.split(/[\\/]/u)
			.pop()!
			.trim()
			.replace(/\.(psd1|psm1|dll)$/iu, "");
		return [{ name, node: literal.via ?? literal.literal }];
	});
}

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description: "Disallow the retired MSOnline and AzureAD modules and their cmdlets, naming the Microsoft Graph PowerShell cmdlet that replaces each",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-retired-module"),
			constraints: ["PS-RET-001", "PS-RET-002"],
		},
		schema: [],
		messages: {
			retiredModule: "The {{module}} module is retired ({{retired}}); use Microsoft Graph PowerShell (Microsoft.Graph) instead.",
			retiredCmdlet: "{{cmdlet}} comes from the retired {{module}} module; use {{replacement}} from Microsoft Graph PowerShell instead.",
			noGraphCmdlet:
				"{{cmdlet}} comes from the retired {{module}} module and Microsoft Graph PowerShell has no cmdlet for it; call the Graph API with Invoke-MgGraphRequest.",
			unmappedCmdlet: "{{cmdlet}} comes from the retired {{module}} module; rewrite this step with Microsoft Graph PowerShell.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		const reportModule = (name: string, loc: { node: Node } | { loc: { start: { line: number; column: number }; end: { line: number; column: number } } }) => {
			const retired = RETIRED_MODULES.get(name.toLowerCase());
			if (retired) context.report({ ...loc, messageId: "retiredModule", data: retired });
		};

		return {
			Program() {
				for (const module of requiresStatements(sourceCode.comments).modules) {
					reportModule(module.name, { loc: { start: sourceCode.getLocFromIndex(module.range[0]), end: sourceCode.getLocFromIndex(module.range[1]) } });
				}
				// The commands come from the parser's tree, which a syntax error leaves in doubt; #Requires lines are comments.
				if (sourceCode.syntaxError) return;
				// Microsoft Entra PowerShell's Enable-EntraAzureADAlias makes the AzureAD names aliases of its own cmdlets.
				const entraAliases = sourceCode.commands.some((command) => command.is("Enable-EntraAzureADAlias") || command.is("Enable-EntraAzureADAliases"));
				for (const command of sourceCode.commands) {
					if (command.is("Import-Module") || command.is("Install-Module") || command.is("Install-PSResource")) {
						for (const { name, node } of moduleNames(sourceCode, command)) reportModule(name, { node });
						continue;
					}
					const noun = command.name ? RETIRED_NOUN.exec(command.name) : null;
					if (!command.name || !noun || CURRENT_AZUREAD_NOUN.test(command.name) || definesFunction(sourceCode, command.name)) continue;
					const qualifier = command.module && RETIRED_MODULES.get(command.module.toLowerCase());
					if (command.module && !qualifier) continue;
					const msonline = noun[1]!.toLowerCase() === "msol";
					if (!msonline && entraAliases) continue;
					const module = qualifier ? qualifier.module : msonline ? "MSOnline" : "AzureAD";
					const mapped = graphReplacement(command.name);
					const cmdlet = mapped?.cmdlet ?? command.name;
					if (!mapped && !qualifier && !mayBeModuleCmdlet(command.name)) continue;
					if (!mapped) context.report({ node: command.node.name, messageId: "unmappedCmdlet", data: { cmdlet, module } });
					else if (mapped.replacements.length === 0) context.report({ node: command.node.name, messageId: "noGraphCmdlet", data: { cmdlet, module } });
					else {
						const replacement = mapped.replacements.join(mapped.replacements.length === 2 ? " or " : ", ").replace(/, ([^,]*)$/u, " or $1");
						context.report({ node: command.node.name, messageId: "retiredCmdlet", data: { cmdlet, module, replacement } });
					}
				}
			},
		};
	},
};

export default defineRule(rule, { runsOnSyntaxErrors: true });
