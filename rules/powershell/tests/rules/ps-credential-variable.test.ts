import rule from "../../src/rules/ps-credential-variable.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("ps-credential-variable", rule, {
	valid: [
		"$UserCredential = Get-Credential\nConnect-ExchangeOnline -Credential $UserCredential\n",
		"[pscredential]$cred = Get-Credential -Message 'Source admin'\n",
		"$script:cred = Get-Credential\n",
		// Passed straight to a parameter, with or without colon syntax.
		"New-MigrationEndpoint -Name Staged -Credentials (Get-Credential) -ExchangeOutlookAnywhere -Autodiscover -EmailAddress admin@contoso.com\n",
		"Connect-ExchangeOnline -Credential:(Get-Credential)\n",
		"$endpoint = @{ Credentials = (Get-Credential) }\n",
		"$cred = Get-Credential | Select-Object -First 1\n",
		"if (-not ($cred = Get-Credential)) { exit 1 }\n",
		// A function or script block that hands the credential back to its caller.
		"function Get-AdminCredential { Get-Credential -Message 'Tenant admin' }\n$c = Get-AdminCredential\n",
		"$c = & { Get-Credential }\n",
		"return Get-Credential\n",
		// In a comment or a string.
		"# Get-Credential\nWrite-Host 'Run Get-Credential first'\n",
		// Another command.
		"Get-CredentialFromVault\n",
	],
	invalid: [
		{
			code: "Get-Credential\nConnect-ExchangeOnline -UserPrincipalName admin@contoso.com\n",
			errors: [
				{
					messageId: "discarded",
					data: { how: "a statement of its own" },
					line: 1,
					column: 1,
					endLine: 1,
					endColumn: 15,
					suggestions: [
						{
							messageId: "storeInVariable",
							data: { name: "Credential" },
							output: "$Credential = Get-Credential\nConnect-ExchangeOnline -UserPrincipalName admin@contoso.com\n",
						},
					],
				},
			],
		},
		{
			// $Credential is taken: the suggestion picks another name.
			code: "param($Credential)\nif ($true) {\n    Get-Credential -UserName admin@contoso.com\n}\n",
			errors: [
				{
					messageId: "discarded",
					line: 3,
					column: 5,
					endColumn: 19,
					suggestions: [
						{
							messageId: "storeInVariable",
							data: { name: "AdminCredential" },
							output: "param($Credential)\nif ($true) {\n    $AdminCredential = Get-Credential -UserName admin@contoso.com\n}\n",
						},
					],
				},
			],
		},
		{
			code: "Get-Credential | Out-Null\n",
			errors: [{ messageId: "discarded", data: { how: "piped to Out-Null" }, line: 1, column: 1, endColumn: 15, suggestions: [] }],
		},
		{
			// Module-qualified names and the Out-Null step inside a function.
			code: "function Connect-Tenant {\n    Microsoft.PowerShell.Security\\Get-Credential | Microsoft.PowerShell.Core\\Out-Null\n}\n",
			errors: [{ messageId: "discarded", data: { how: "piped to Out-Null" }, line: 2, column: 5, endColumn: 49 }],
		},
		{
			code: "[void](Get-Credential)\n$null = Get-Credential\nGet-Credential > $null\n",
			errors: [
				{ messageId: "discarded", data: { how: "cast to [void]" }, line: 1, column: 8, endColumn: 22 },
				{ messageId: "discarded", data: { how: "assigned to $null" }, line: 2, column: 9, endColumn: 23 },
				{ messageId: "discarded", data: { how: "redirected" }, line: 3, column: 1, endColumn: 15, suggestions: [] },
			],
		},
		{
			code: "GET-CREDENTIAL -Message 'Tenant admin'\n",
			errors: [
				{
					messageId: "discarded",
					line: 1,
					column: 1,
					endColumn: 15,
					suggestions: [{ messageId: "storeInVariable", output: "$Credential = GET-CREDENTIAL -Message 'Tenant admin'\n" }],
				},
			],
		},
	],
});
