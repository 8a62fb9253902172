import rule from "../../src/rules/ps-deprecated-connection.js";
import { createRuleTester } from "../rule-tester.js";

const EXO = "https://outlook.office365.com/powershell-liveid/";

createRuleTester().run("ps-deprecated-connection", rule, {
	valid: [
		"Import-Module MicrosoftTeams\nConnect-MicrosoftTeams -Credential $cred",
		"Import-Module ExchangeOnlineManagement\nConnect-ExchangeOnline -UserPrincipalName admin@contoso.com -ShowBanner:$false",
		// Named in a comment or a string: nothing runs.
		"# Import-Module SkypeOnlineConnector was replaced\nWrite-Host 'New-CsOnlineSession is gone; do not use Import-Module LyncOnlineConnector'",
		// Another module whose name merely contains the word.
		"Import-Module SkypeOnlineConnectorHelpers",
		// On-premises Exchange remote PowerShell is still supported.
		"$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://mbx01.contoso.com/PowerShell/ -Authentication Kerberos\nImport-PSSession $s\nRemove-PSSession $s",
		// A URI miglint cannot know is not guessed at.
		"$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $uri -Authentication Basic",
		// Deprecated and no-op parameters of Connect-ExchangeOnline are ps-deprecated-parameter's (warnings).
		"Connect-ExchangeOnline -UseRPSSession -PSSessionOption $opt -SkipLoadingCmdletHelp",
		"Set-CsTenantFederationConfiguration -AllowTeamsConsumer $false -AllowFederatedUsers $true",
		"$session = New-PSSession -ComputerName fs01\nImport-PSSession -Session $session",
	],
	invalid: [
		{
			code: "Import-Module SkypeOnlineConnector",
			errors: [
				{
					messageId: "connectorModule",
					data: { module: "SkypeOnlineConnector" },
					line: 1,
					column: 15,
					endLine: 1,
					endColumn: 35,
					suggestions: [{ messageId: "importMicrosoftTeams", output: "Import-Module MicrosoftTeams" }],
				},
			],
		},
		{
			// Alias, a unique prefix of -Name, any casing, a list of modules.
			code: "ipmo -Na lynconlineconnector, MSOnline -Force",
			errors: [
				{
					messageId: "connectorModule",
					data: { module: "LyncOnlineConnector" },
					line: 1,
					column: 10,
					endColumn: 29,
					suggestions: [{ messageId: "importMicrosoftTeams", output: "ipmo -Na MicrosoftTeams, MSOnline -Force" }],
				},
			],
		},
		{
			// Module-qualified name, path to the module manifest.
			code: 'Microsoft.PowerShell.Core\\Import-Module "C:\\Program Files\\Common Files\\Skype for Business Online\\Modules\\SkypeOnlineConnector\\SkypeOnlineConnector.psd1"',
			errors: [
				{
					messageId: "connectorModule",
					line: 1,
					column: 41,
					endColumn: 153,
					suggestions: [{ messageId: "importMicrosoftTeams", output: "Microsoft.PowerShell.Core\\Import-Module MicrosoftTeams" }],
				},
			],
		},
		{
			// Splatted, and a variable holding the name.
			code: "$module = 'SkypeOnlineConnector'\n$import = @{ Name = $module; DisableNameChecking = $true }\nImport-Module @import",
			errors: [{ messageId: "connectorModule", line: 2, column: 21, endColumn: 28, suggestions: [] }],
		},
		{
			code: "$sfbSession = New-CsOnlineSession -Credential $cred\nImport-PSSession $sfbSession -AllowClobber",
			errors: [
				{
					messageId: "newCsOnlineSession",
					line: 1,
					column: 15,
					endColumn: 34,
					suggestions: [
						{
							messageId: "replaceCommand",
							data: { replacement: "Connect-MicrosoftTeams -Credential $cred" },
							output: "$sfbSession = Connect-MicrosoftTeams -Credential $cred\nImport-PSSession $sfbSession -AllowClobber",
						},
					],
				},
				{ messageId: "importSkypeSession", line: 2, column: 1, endColumn: 17 },
			],
		},
		{
			code: "Import-PSSession (New-CsOnlineSession -OverrideAdminDomain contoso.onmicrosoft.com)\nEnable-CsOnlineSessionForReconnection",
			errors: [
				{ messageId: "importSkypeSession", line: 1, column: 1, endColumn: 17 },
				{
					messageId: "newCsOnlineSession",
					line: 1,
					column: 19,
					endColumn: 38,
					suggestions: [{ messageId: "replaceCommand", output: "Import-PSSession (Connect-MicrosoftTeams)\nEnable-CsOnlineSessionForReconnection" }],
				},
				{ messageId: "reconnection", line: 2, column: 1, endColumn: 38 },
			],
		},
		{
			code: `$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri ${EXO} -Credential $UserCredential -Authentication Basic -AllowRedirection\nImport-PSSession $Session -DisableNameChecking`,
			errors: [
				{
					messageId: "exchangeRemotePowerShell",
					data: { service: "Exchange Online", host: "outlook.office365.com", replacement: "Connect-ExchangeOnline" },
					line: 1,
					column: 79,
					endColumn: 127,
					suggestions: [
						{
							messageId: "replaceCommand",
							data: { replacement: "Connect-ExchangeOnline -Credential $UserCredential" },
							output: "$Session = Connect-ExchangeOnline -Credential $UserCredential\nImport-PSSession $Session -DisableNameChecking",
						},
					],
				},
				{ messageId: "importExchangeSession", data: { replacement: "Connect-ExchangeOnline" }, line: 2, column: 1, endColumn: 17 },
			],
		},
		{
			// The URI through a variable and a prefix (-ConnectionU), colon syntax, the Security & Compliance endpoint.
			code: "$uri = 'https://ps.compliance.protection.outlook.com/powershell-liveid/'\nnsn -Configuration:Microsoft.Exchange -ConnectionU:$uri -Authentication Basic",
			errors: [
				{
					messageId: "exchangeRemotePowerShell",
					data: { service: "Security & Compliance", host: "ps.compliance.protection.outlook.com", replacement: "Connect-IPPSSession" },
					line: 2,
					column: 52,
					endColumn: 56,
					suggestions: [
						{ messageId: "replaceCommand", output: "$uri = 'https://ps.compliance.protection.outlook.com/powershell-liveid/'\nConnect-IPPSSession" },
					],
				},
			],
		},
		{
			code: "Connect-EXOPSSession -UserPrincipalName admin@contoso.com",
			errors: [
				{
					messageId: "connectExoPSSession",
					line: 1,
					column: 1,
					endColumn: 21,
					suggestions: [{ messageId: "replaceCommand", output: "Connect-ExchangeOnline -UserPrincipalName admin@contoso.com" }],
				},
			],
		},
		{
			code: "Set-CsTenantFederationConfiguration -AllowPublicUsers $true -AllowFederatedUsers $true",
			errors: [
				{
					messageId: "allowPublicUsers",
					line: 1,
					column: 37,
					endColumn: 54,
					suggestions: [
						{ messageId: "removeParameter", data: { parameter: "AllowPublicUsers" }, output: "Set-CsTenantFederationConfiguration -AllowFederatedUsers $true" },
					],
				},
			],
		},
		{
			// Any value: the parameter cannot be used at all any more.
			code: "Set-CsTenantFederationConfiguration -AllowPublic:$false",
			errors: [
				{
					messageId: "allowPublicUsers",
					line: 1,
					column: 37,
					endColumn: 56,
					suggestions: [{ messageId: "removeParameter", output: "Set-CsTenantFederationConfiguration" }],
				},
			],
		},
	],
});
