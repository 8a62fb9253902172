import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { BoundParameter, PowerShellCommand, PowerShellRuleDefinition } from "@miglint/language-powershell";
import { switchState } from "../utils/cmdlet-usage.js";
import { parameterRemovalRange } from "../utils/command-arguments.js";

type MessageIds = "acceptUntrusted" | "skipCheck" | "removeParameter";

const SKIP_CHECKS = ["SkipCACheck", "SkipCNCheck", "SkipRevocationCheck"] as const;

/** What each check protects against, for the message. */
const CHECK_DESCRIPTIONS: Readonly<Record<(typeof SKIP_CHECKS)[number], string>> = {
	SkipCACheck: "that the server's certificate was issued by a trusted certification authority",
	SkipCNCheck: "that the server's certificate names the server being connected to",
	SkipRevocationCheck: "that the server's certificate has not been revoked",
};

/** The cmdlets that build session options with certificate checks. */
const SESSION_OPTION_CMDLETS = ["New-PSSessionOption", "New-CimSessionOption", "New-WSManSessionOption"];

/** Catalogued cmdlets with -AcceptUntrustedCertificates; Set-MigrationEndpoint is matched by the name as written. */
const ACCEPT_UNTRUSTED = "AcceptUntrustedCertificates";

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		hasSuggestions: true,
		languages: ["miglint/powershell"],
		docs: {
			description: "Disallow turning off certificate checks on migration endpoints and remote sessions",
			recommended: "warn",
			url: ruleDocsUrl("rules/powershell", "ps-untrusted-certificate"),
			constraints: ["PS-EP-003", "CFG-003"],
		},
		schema: [],
		messages: {
			acceptUntrusted:
				"-AcceptUntrustedCertificates makes {{cmdlet}} accept an untrusted certificate; install a certificate from a trusted authority and remove the switch.",
			skipCheck:
				"-{{parameter}} turns off the check {{check}}, so credentials can be intercepted; give the server a trusted certificate and remove the switch.",
			removeParameter: "Remove -{{parameter}}.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		const report = (command: PowerShellCommand, argument: BoundParameter, messageId: "acceptUntrusted" | "skipCheck", data: Record<string, string>) => {
			const removal = parameterRemovalRange(command, argument);
			context.report({
				node: argument.node,
				messageId,
				data,
				suggest: removal ? [{ messageId: "removeParameter", data: { parameter: argument.name }, fix: (fixer) => fixer.removeRange(removal) }] : [],
			});
		};

		return {
			Program() {
				for (const command of sourceCode.commands) {
					if (SESSION_OPTION_CMDLETS.some((name) => command.is(name))) {
						for (const argument of command.parameters) {
							const check = SKIP_CHECKS.find((name) => name === argument.name);
							if (check && switchState(argument) === true) report(command, argument, "skipCheck", { parameter: check, check: CHECK_DESCRIPTIONS[check] });
						}
						continue;
					}
					for (const argument of command.parameters) {
						// Catalogued cmdlets resolve prefixes; others (Set-MigrationEndpoint...) are matched by the full name.
						if (argument.name.toLowerCase() === ACCEPT_UNTRUSTED.toLowerCase() && switchState(argument) === true) {
							report(command, argument, "acceptUntrusted", { cmdlet: command.name ?? "the command" });
						}
					}
				}
			},
		};
	},
};

export default defineRule(rule);
