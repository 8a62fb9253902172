import rule from "../../src/rules/ps-cmdlet-parameters.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("ps-cmdlet-parameters", rule, {
	valid: [
		// -AdditionalChildPath takes every argument left over (ValueFromRemainingArguments), as pwsh 7.6 binds it.
		"$ModulePath = Join-Path $PSScriptRoot '..' 'Modules' 'CIPPCore'",
		// `--` ends the parameters: PowerShell binds nothing to it, and reads what follows as arguments.
		"$rows | Export-Csv -NoTypeInformation -Encoding UTF8 -- out.csv",
		// A unique prefix is a valid parameter name: -Credential binds -Credentials.
		"New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name Cutover -EmailAddress admin@contoso.com -Credential $cred",
		"New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -Port 993 -Security Ssl",
		"$p = @{ Name = 'Fabrikam'; IMAP = $true; RemoteServer = 'imap.fabrikam.com'; Port = 993 }\nNew-MigrationEndpoint @p -Verbose -ErrorAction Stop",
		// Mandatory parameters bound from the pipeline.
		"Get-MigrationBatch -Status Synced | Complete-MigrationBatch -Confirm:$false",
		"Get-PSSession | Remove-PSSession",
		"'Wave1' | Start-MigrationBatch",
		// A positional argument several sets take by type.
		"Remove-PSSession $session",
		"Move-CsUser user@contoso.com sipfed.online.lync.com -Confirm:$false",
		// A splat whose keys are not known: only the written parameters are checked.
		"New-MigrationEndpoint @endpointSettings -Name Fabrikam",
		// Built-in cmdlets: aliases and prefixes.
		"$users | epcsv -LP C:\\out.csv -NTI -Enc UTF8",
		"$rows | Out-File -Path C:\\out.txt -NoClobber",
		"Import-PSSession $session -Name Get-Mailbox -Type Cmdlet -AllowClobber",
		// The built-in cmdlets of the engine dump, with Windows-only parameters and 5.1's -Conn.
		"Import-Module 'C:\\Modules\\SkypeOnlineConnector.psd1' -MinimumVersion 7.0 -DisableNameChecking",
		"$o = New-PSSessionOption -SkipCACheck -OperationTimeout 0 -IdleTimeoutMSec 60000\n$s = New-PSSession -Conn https://outlook.office365.com/powershell-liveid/ -Auth Basic -AllowRedirection -SessionOption $o",
		"$p = ConvertTo-SecureString $text -AsPlainText -Force -WarningVariable w -iv info\nGet-Content -Path C:\\x.txt -Stream Zone.Identifier",
		// On-premises parameters in a script that works against on-premises Exchange.
		"$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01.contoso.com/PowerShell/\nConnect-ExchangeOnline\nNew-MigrationBatch -Name Wave1 -CSVData $bytes -BadItemLimit 50",
		// On premises (no Exchange Online connection), the migration system's limits are settings.
		"Set-MigrationConfig -MaxNumberOfBatches 50 -MaxConcurrentMigrations 100",
		"New-MigrationBatch -Local -Name Wave1 -CSVData $bytes -BadItemLimit 50",
		// The YAML metadata puts -BadItemLimit in the Onboarding set, the SYNTAX block does not: either is accepted.
		"New-MigrationBatch -Name Wave1 -SourceEndpoint Hybrid -TargetDeliveryDomain contoso.mail.onmicrosoft.com -BadItemLimit 10 -CSVData $bytes",
		// Common parameters in every set.
		"New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -ProgressAction SilentlyContinue -WarningAction Stop",
		// Parameters that differ by module: the script's imports say which applies, and without one the rule accepts what any module has.
		"Import-Module SkypeOnlineConnector\n$session = New-CsOnlineSession -UserName admin@contoso.com -OverrideAdminDomain contoso.onmicrosoft.com",
		"$session = New-CsOnlineSession -UserName admin@contoso.com",
		"Import-Module MicrosoftTeams\n$session = New-CsOnlineSession -Credential $cred -TeamsEnvironmentName TeamsGCCH",
		"Import-Module SkypeForBusiness\nMove-CsUser -Identity user@contoso.com -Target sipfed.online.lync.com -Credential $cred -UseOAuth -Confirm:$false",
		"Move-CsUser -Identity user@contoso.com -Target sipfed.online.lync.com -MoveToTeams -UseOAuth",
		// DSC keywords and resource properties are not commands: `Type` there is not the alias of Get-Content.
		"Configuration WebDirs {\n    Import-DscResource -ModuleName PSDesiredStateConfiguration\n    Node 'localhost' {\n        File LogDir {\n            Type = 'Directory'\n            DestinationPath = 'C:\\Logs'\n            Ensure = 'Present'\n        }\n    }\n}\nWebDirs -OutputPath C:\\Dsc",
		// Written in comments or strings only.
		"# New-MigrationEndpoint -Credentails $cred\nWrite-Host 'New-MigrationEndpoint -Credentails'",
		// A function of the script that has the cmdlet's name (a proxy or a Pester mock) runs instead.
		"function Remove-PSSession { param($Everything) }\nRemove-PSSession -Everything",
		// Commands the catalog does not know.
		"Get-Mailbox -Frobnicate",
	],
	invalid: [
		{
			// MicrosoftTeams' New-CsOnlineSession never had -UserName.
			code: "Import-Module MicrosoftTeams\n$session = New-CsOnlineSession -UserName admin@contoso.com",
			errors: [
				{ messageId: "unknown", data: { cmdlet: "New-CsOnlineSession", name: "UserName", suggestion: "" }, line: 2, column: 32, endLine: 2, endColumn: 41 },
			],
		},
		{
			// SkypeOnlineConnector's New-CsOnlineSession never had -TeamsEnvironmentName.
			code: "Import-Module SkypeOnlineConnector\n$session = New-CsOnlineSession -Credential $cred -TeamsEnvironmentName TeamsGCCH",
			errors: [
				{
					messageId: "unknown",
					data: { cmdlet: "New-CsOnlineSession", name: "TeamsEnvironmentName", suggestion: "" },
					line: 2,
					column: 50,
					endLine: 2,
					endColumn: 71,
				},
			],
		},
		{
			code: "#Requires -Version 5.1 -Modules @{ ModuleName = 'SkypeOnlineConnector'; ModuleVersion = '7.0' }\n$session = New-CsOnlineSession -Credential $cred -TeamsEnvironmentName TeamsGCCH",
			errors: [
				{
					messageId: "unknown",
					data: { cmdlet: "New-CsOnlineSession", name: "TeamsEnvironmentName", suggestion: "" },
					line: 2,
					column: 50,
					endLine: 2,
					endColumn: 71,
				},
			],
		},
		{
			// Get-Content has no parameter taking the remaining arguments.
			code: "Get-Content a.txt extra",
			errors: [{ messageId: "unboundArgument", data: { cmdlet: "Get-Content", argument: "extra" }, line: 1, column: 19, endLine: 1, endColumn: 24 }],
		},
		{
			// Outside a Configuration, `Type` is the alias of Get-Content.
			code: "Node 'localhost' { }\nType = 'Directory'",
			errors: [{ messageId: "unboundArgument", data: { cmdlet: "Get-Content", argument: "'Directory'" }, line: 2, column: 8, endLine: 2, endColumn: 19 }],
		},
		{
			code: "New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -Credentails $cred",
			errors: [
				{
					messageId: "unknown",
					data: { name: "Credentails", cmdlet: "New-MigrationEndpoint", suggestion: " (did you mean -Credentials?)" },
					line: 1,
					column: 76,
					endLine: 1,
					endColumn: 88,
					suggestions: [
						{
							messageId: "rename",
							data: { name: "Credentials" },
							output: "New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -Credentials $cred",
						},
					],
				},
			],
		},
		{
			// A splatted key, quoted.
			code: "$p = @{ Name = 'Fabrikam'; IMAP = $true; RemoteServer = 'imap.fabrikam.com'; 'Prot' = 993 }\nNew-MigrationEndpoint @p",
			errors: [
				{
					messageId: "unknown",
					line: 1,
					column: 78,
					endLine: 1,
					endColumn: 84,
					suggestions: [
						{
							messageId: "rename",
							output: "$p = @{ Name = 'Fabrikam'; IMAP = $true; RemoteServer = 'imap.fabrikam.com'; 'Port' = 993 }\nNew-MigrationEndpoint @p",
						},
					],
				},
			],
		},
		{
			// A built-in cmdlet the engine dump brought into the catalog.
			code: "$rows = Import-Csv -Path C:\\wave1.csv -Delimeter ';'",
			errors: [
				{
					messageId: "unknown",
					line: 1,
					column: 39,
					endLine: 1,
					endColumn: 49,
					suggestions: [{ messageId: "rename", output: "$rows = Import-Csv -Path C:\\wave1.csv -Delimiter ';'" }],
				},
			],
		},
		{
			// Module-qualified, an unknown parameter of a built-in cmdlet.
			code: "$users | Microsoft.PowerShell.Utility\\Export-Csv -Path C:\\out.csv -NoTypeInfo -Encodng UTF8",
			errors: [
				{
					messageId: "unknown",
					line: 1,
					column: 79,
					endLine: 1,
					endColumn: 87,
					suggestions: [{ messageId: "rename", output: "$users | Microsoft.PowerShell.Utility\\Export-Csv -Path C:\\out.csv -NoTypeInfo -Encoding UTF8" }],
				},
			],
		},
		{
			code: "New-MigrationEndpoint -Name x -Ex -RemoteServer mail.contoso.com",
			errors: [
				{
					messageId: "ambiguous",
					data: { name: "Ex", cmdlet: "New-MigrationEndpoint", candidates: "-ExchangeRemoteMove, -ExchangeOutlookAnywhere, -ExchangeServer" },
					line: 1,
					column: 31,
					endLine: 1,
					endColumn: 34,
				},
			],
		},
		{
			code: "New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -Credentials $cred",
			errors: [
				{
					messageId: "noParameterSet",
					data: { cmdlet: "New-MigrationEndpoint", name: "Credentials", others: "-IMAP" },
					line: 1,
					column: 76,
					endLine: 1,
					endColumn: 88,
				},
			],
		},
		{
			code: "New-MigrationEndpoint -IMAP -Name Fabrikam -Port 993",
			errors: [
				{
					messageId: "missingMandatory",
					data: { cmdlet: "New-MigrationEndpoint", missing: "-RemoteServer", sets: "its IMAP parameter set" },
					line: 1,
					column: 1,
					endLine: 1,
					endColumn: 22,
				},
			],
		},
		{
			code: "Test-MigrationServerAvailability -Imap -RemoteServer imap.fabrikam.com",
			errors: [
				{
					messageId: "missingMandatory",
					data: { cmdlet: "Test-MigrationServerAvailability", missing: "-Port", sets: "its IMAP parameter set" },
					line: 1,
					column: 1,
					endLine: 1,
					endColumn: 33,
				},
			],
		},
		{
			code: "Move-CsUser -Identity user@contoso.com",
			errors: [
				{
					messageId: "missingMandatory",
					data: { cmdlet: "Move-CsUser", missing: "-Target", sets: "its Identity parameter set" },
					line: 1,
					column: 1,
					endLine: 1,
					endColumn: 12,
				},
			],
		},
		{
			code: "Set-Content -Path C:\\out\\wave1.csv",
			errors: [
				{
					messageId: "missingMandatory",
					data: { cmdlet: "Set-Content", missing: "-Value", sets: "its Path parameter set" },
					line: 1,
					column: 1,
					endLine: 1,
					endColumn: 12,
				},
			],
		},
		{
			code: "New-MigrationBatch -Name Wave1 -CSVData $bytes Wave2",
			errors: [{ messageId: "unboundArgument", line: 1, column: 48, endLine: 1, endColumn: 53 }],
		},
		{
			// A unique prefix of an on-premises parameter in an Exchange Online script.
			code: "Connect-ExchangeOnline -UserPrincipalName admin@contoso.com\nNew-MigrationBatch -Name Wave1 -CSVData $bytes -BadItemLimit 50\nStart-MigrationBatch -Identity Wave1 -Val",
			errors: [
				{ messageId: "onPremisesOnly", data: { name: "BadItemLimit", cmdlet: "New-MigrationBatch" }, line: 2, column: 48, endLine: 2, endColumn: 61 },
				{ messageId: "onPremisesOnly", data: { name: "Validate", cmdlet: "Start-MigrationBatch" }, line: 3, column: 38, endLine: 3, endColumn: 42 },
			],
		},
		{
			code: "Connect-ExchangeOnline -UserPrincipalName admin@contoso.com\nSet-MigrationConfig -MaxNumberOfBatches 50 -MaxConcurrentMigrations 100",
			errors: [
				{ messageId: "onPremisesOnly", data: { name: "MaxNumberOfBatches", cmdlet: "Set-MigrationConfig" }, line: 2, column: 21, endLine: 2, endColumn: 40 },
				{
					messageId: "onPremisesOnly",
					data: { name: "MaxConcurrentMigrations", cmdlet: "Set-MigrationConfig" },
					line: 2,
					column: 44,
					endLine: 2,
					endColumn: 68,
				},
			],
		},
	],
});
