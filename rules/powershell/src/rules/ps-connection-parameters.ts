import { defineRule, getMigrationFacts, ruleDocsUrl } from "@miglint/core";
import type { BoundParameter, PowerShellRuleDefinition } from "@miglint/language-powershell";
import { constantString, parameterNameNode, shortText } from "../utils/cmdlet-usage.js";

type MessageIds = "credentialWithMfa" | "removedTokenParameter" | "teamsEnvironment";

/** The -TeamsEnvironmentName values Connect-MicrosoftTeams documents; commercial and GCC tenants give none. */
const TEAMS_ENVIRONMENTS = ["TeamsGCCH", "TeamsDOD", "TeamsChina"];

/** The token parameters Connect-MicrosoftTeams 2.3.2-preview removed in favour of -AccessTokens. */
const REMOVED_TOKEN_PARAMETERS = ["AadAccessToken", "MsAccessToken"];

/** The cmdlets whose documentation says not to pass -Credential for an account that uses MFA. */
const NO_CREDENTIAL_WITH_MFA = ["Connect-ExchangeOnline", "Move-CsUser"];

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description:
				"Disallow sign-in parameters of Connect-ExchangeOnline, Connect-MicrosoftTeams and Move-CsUser that cannot work: removed ones, undocumented environments, -Credential with MFA",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-connection-parameters"),
			constraints: ["PS-DEP-007", "PS-DEP-008", "HYB-012"],
		},
		schema: [],
		messages: {
			credentialWithMfa:
				"{{cmdlet}} -Credential cannot sign in an account that uses MFA (migration.mfa is true); sign in interactively or with a certificate instead.",
			removedTokenParameter: "Connect-MicrosoftTeams no longer has -{{parameter}} (removed in 2.3.2-preview); pass the tokens with -AccessTokens instead.",
			teamsEnvironment: "-TeamsEnvironmentName takes TeamsGCCH, TeamsDOD or TeamsChina, not {{value}}; leave it out for commercial and GCC tenants.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const mfa = getMigrationFacts(context.settings).mfa === true;
		const at = (parameter: BoundParameter) => parameterNameNode(parameter);

		return {
			Program() {
				for (const command of sourceCode.commands) {
					if (mfa) {
						const cmdlet = NO_CREDENTIAL_WITH_MFA.find((name) => command.is(name));
						const credential = cmdlet ? command.parameter("Credential") : undefined;
						if (cmdlet && credential) context.report({ node: at(credential), messageId: "credentialWithMfa", data: { cmdlet } });
					}
					if (!command.is("Connect-MicrosoftTeams")) continue;
					for (const name of REMOVED_TOKEN_PARAMETERS) {
						const parameter = command.parameter(name);
						if (parameter) context.report({ node: at(parameter), messageId: "removedTokenParameter", data: { parameter: name } });
					}
					const environment = command.parameter("TeamsEnvironmentName");
					const value = constantString(environment);
					if (environment?.value && value !== null && !TEAMS_ENVIRONMENTS.some((known) => known.toLowerCase() === value.toLowerCase())) {
						context.report({ node: environment.value, messageId: "teamsEnvironment", data: { value: shortText(sourceCode, environment.value, 30) } });
					}
				}
			},
		};
	},
};

export default defineRule(rule);
