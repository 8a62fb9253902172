import rule from "../../src/rules/ps-connection-parameters.js";
import { createRuleTester } from "../rule-tester.js";

const mfa = { miglint: { migration: { mfa: true } } };

createRuleTester().run("ps-connection-parameters", rule, {
	valid: [
		// Without migration.mfa the rule cannot tell whether -Credential works.
		"$credential = Get-Credential\nConnect-ExchangeOnline -Credential $credential\nMove-CsUser -Identity a@contoso.com -Target sipfed.online.lync.com -Credential $credential\n",
		{ code: "$credential = Get-Credential\nConnect-ExchangeOnline -Credential $credential\n", settings: { miglint: { migration: { mfa: false } } } },
		// With MFA: interactive and certificate sign-in.
		{
			code: "Connect-ExchangeOnline -UserPrincipalName admin@contoso.com\nConnect-ExchangeOnline -AppId $appId -CertificateThumbprint $thumbprint -Organization contoso.onmicrosoft.com\n",
			settings: mfa,
		},
		// -Credential of another cmdlet.
		{ code: "New-MigrationEndpoint -ExchangeRemoteMove -Name Hybrid -RemoteServer mail.contoso.com -Credential $onPremises\n", settings: mfa },
		"Connect-MicrosoftTeams -AccessTokens @($graphToken, $teamsToken)\n",
		"Connect-MicrosoftTeams -TeamsEnvironmentName TeamsGCCH\nConnect-MicrosoftTeams -TeamsEnvironmentName teamsdod\nConnect-MicrosoftTeams -TeamsEnvironmentName 'TeamsChina'\n",
		// The environment is not known.
		"Connect-MicrosoftTeams -TeamsEnvironmentName $environment\n",
		// Comments and strings.
		"# Connect-MicrosoftTeams -AadAccessToken $token\nWrite-Host 'Connect-MicrosoftTeams -TeamsEnvironmentName TeamsGCC'\n",
	],
	invalid: [
		{
			code: "$credential = Get-Credential\nConnect-ExchangeOnline -Credential $credential -ShowBanner:$false\n",
			settings: mfa,
			errors: [{ messageId: "credentialWithMfa", data: { cmdlet: "Connect-ExchangeOnline" }, line: 2, column: 24, endLine: 2, endColumn: 35 }],
		},
		{
			// Splatted, and a unique prefix.
			code: "$move = @{ Target = 'sipfed.online.lync.com'; Credential = $admin }\nMove-CsUser -Identity a@contoso.com @move\nConnect-ExchangeOnline -Cred $admin\n",
			settings: mfa,
			errors: [
				{ messageId: "credentialWithMfa", data: { cmdlet: "Move-CsUser" }, line: 1, column: 47, endColumn: 57 },
				{ messageId: "credentialWithMfa", data: { cmdlet: "Connect-ExchangeOnline" }, line: 3, column: 24, endColumn: 29 },
			],
		},
		{
			code: "Connect-MicrosoftTeams -AadAccessToken $graphToken -MsAccessToken $teamsToken -AccountId admin@contoso.com\n",
			errors: [
				{ messageId: "removedTokenParameter", data: { parameter: "AadAccessToken" }, line: 1, column: 24, endColumn: 39 },
				{ messageId: "removedTokenParameter", data: { parameter: "MsAccessToken" }, line: 1, column: 52, endColumn: 66 },
			],
		},
		{
			code: "Connect-MicrosoftTeams -TeamsEnvironmentName TeamsGCC\nConnect-MicrosoftTeams -TeamsEnvironmentName:'Commercial'\n",
			errors: [
				{ messageId: "teamsEnvironment", data: { value: "TeamsGCC" }, line: 1, column: 46, endColumn: 54 },
				{ messageId: "teamsEnvironment", data: { value: "'Commercial'" }, line: 2, column: 46, endColumn: 58 },
			],
		},
	],
});
