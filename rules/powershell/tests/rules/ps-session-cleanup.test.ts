import rule from "../../src/rules/ps-session-cleanup.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("ps-session-cleanup", rule, {
	valid: [
		"$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01.contoso.com/PowerShell/\ntry {\n    Import-PSSession $s -AllowClobber\n} finally {\n    Remove-PSSession $s\n}\n",
		"$s = New-PSSession -ComputerName ex01\n$s | Remove-PSSession\n",
		"$script:Session = New-CsOnlineSession -Credential $cred\nImport-PSSession $script:Session\nRemove-PSSession -Session $Session\n",
		"$s = nsn ex01\nrsn -Id $s.Id\n",
		"New-PSSession -ComputerName ex01 -OutVariable s\nRemove-PSSession $s\n",
		// Every session removed at once.
		"Import-PSSession (New-PSSession -ComputerName ex01)\nGet-PSSession | Remove-PSSession\n",
		"$a = New-PSSession -ComputerName ex01\nGet-PSSession | Where-Object ComputerName -eq 'ex01' | Remove-PSSession\n",
		// A target miglint cannot relate to a variable: counted as removing everything.
		"$s = New-PSSession -ComputerName ex01 -Name Ex\nRemove-PSSession -Name Ex\n",
		"New-PSSession -ComputerName ex01 | Remove-PSSession\n",
		// Removed through a loop over the collection.
		"$sessions = @()\nforeach ($server in $servers) { $sessions += New-PSSession -ComputerName $server }\nforeach ($one in $sessions) { Remove-PSSession $one }\n",
		"$sessions = $servers | ForEach-Object { New-PSSession -ComputerName $_ }\n$sessions | ForEach-Object { Remove-PSSession $_ }\n",
		// Handed on: the caller or another function owns it.
		"function New-ExchangeSession {\n    $s = New-PSSession -ComputerName ex01\n    return $s\n}\n",
		"function New-ExchangeSession { New-PSSession -ComputerName ex01 }\n",
		"$global:ExchangeSession = New-PSSession -ComputerName ex01\n",
		"$s = New-PSSession -ComputerName ex01\nClose-MigrationSession $s\n",
		"$s = New-PSSession -ComputerName ex01\nClose-MigrationSession -Session:$s\n",
		"$s = New-PSSession -ComputerName ex01\n$state.Session = $s\n",
		// The connect cmdlets with their disconnect.
		"Connect-ExchangeOnline -UserPrincipalName admin@contoso.com\ntry { Get-MigrationBatch } finally { Disconnect-ExchangeOnline -Confirm:$false }\n",
		"Connect-IPPSSession -UserPrincipalName admin@contoso.com\nDisconnect-ExchangeOnline -Confirm:$false\n",
		"Connect-MicrosoftTeams\nMove-CsUser -Identity user@contoso.com -Target sipfed.online.lync.com\nDisconnect-MicrosoftTeams\n",
		// A connect script: nothing after the connection uses it, so it is left open for the admin on purpose.
		"Import-Module ExchangeOnlineManagement\nConnect-ExchangeOnline -UserPrincipalName $Upn\nWrite-Host 'Connected to Exchange Online.'\n",
		// In a comment or a string.
		"# $s = New-PSSession -ComputerName ex01\nWrite-Host 'Connect-ExchangeOnline first'\n",
	],
	invalid: [
		{
			code: "$s = New-PSSession -ComputerName ex01\nInvoke-Command -Session $s { hostname }\n",
			errors: [
				{
					messageId: "notRemoved",
					data: { cmdlet: "New-PSSession", variable: "s" },
					line: 1,
					column: 6,
					endLine: 1,
					endColumn: 19,
					suggestions: [{ messageId: "appendRemoval", output: "$s = New-PSSession -ComputerName ex01\nInvoke-Command -Session $s { hostname }\nRemove-PSSession -Session $s\n" }],
				},
			],
		},
		{
			// Only $a is removed; the alias and the module-qualified name are the same cmdlet. Remove-PSSession in a comment does not count.
			code: "$a = nsn ex01\n$b = Microsoft.PowerShell.Core\\New-PSSession ex02\nRemove-PSSession $a\n# Remove-PSSession $b",
			errors: [
				{
					messageId: "notRemoved",
					data: { cmdlet: "New-PSSession", variable: "b" },
					line: 2,
					column: 6,
					endColumn: 45,
					suggestions: [{ messageId: "appendRemoval", output: "$a = nsn ex01\n$b = Microsoft.PowerShell.Core\\New-PSSession ex02\nRemove-PSSession $a\n# Remove-PSSession $b\nRemove-PSSession -Session $b\n" }],
				},
			],
		},
		{
			// Inside a function: reported, without a suggestion.
			code: "function Connect-Skype {\n    $Session = New-CsOnlineSession -Credential $cred\n    Import-PSSession $Session\n}\n",
			errors: [{ messageId: "notRemoved", data: { cmdlet: "New-CsOnlineSession", variable: "Session" }, line: 2, column: 16, endColumn: 35, suggestions: [] }],
		},
		{
			code: "Import-PSSession (New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01/PowerShell/) | Out-Null\n",
			errors: [{ messageId: "notStored", data: { cmdlet: "New-PSSession", how: "passed straight to Import-PSSession" }, line: 1, column: 19, endColumn: 32 }],
		},
		{
			code: "New-PSSession -ComputerName ex01 | Import-PSSession\n$null = New-PSSession -ComputerName ex02\nNew-PSSession -ComputerName ex03\n",
			errors: [
				{ messageId: "notStored", data: { cmdlet: "New-PSSession", how: "piped to Import-PSSession" }, line: 1, column: 1, endColumn: 14 },
				{ messageId: "notStored", data: { cmdlet: "New-PSSession", how: "assigned to $null" }, line: 2, column: 9, endColumn: 22 },
				{ messageId: "notStored", data: { cmdlet: "New-PSSession", how: "written to the script's output" }, line: 3, column: 1, endColumn: 14 },
			],
		},
		{
			code: "Connect-ExchangeOnline -UserPrincipalName admin@contoso.com\r\nGet-MigrationBatch",
			errors: [
				{
					messageId: "notDisconnected",
					data: { cmdlet: "Connect-ExchangeOnline", closing: "Disconnect-ExchangeOnline" },
					line: 1,
					column: 1,
					endColumn: 23,
					suggestions: [
						{
							messageId: "appendDisconnect",
							output: "Connect-ExchangeOnline -UserPrincipalName admin@contoso.com\r\nGet-MigrationBatch\r\nDisconnect-ExchangeOnline -Confirm:$false\r\n",
						},
					],
				},
			],
		},
		{
			// Alternatives: one report for the kind, at the first.
			code: "if ($Thumbprint) {\n    Connect-ExchangeOnline -CertificateThumbprint $Thumbprint\n} else {\n    Connect-ExchangeOnline\n}\nConnect-IPPSSession\nGet-Mailbox\n",
			errors: [
				{ messageId: "notDisconnected", data: { cmdlet: "Connect-ExchangeOnline", closing: "Disconnect-ExchangeOnline" }, line: 2, column: 5, endColumn: 27, suggestions: [{ messageId: "appendDisconnect", output: "if ($Thumbprint) {\n    Connect-ExchangeOnline -CertificateThumbprint $Thumbprint\n} else {\n    Connect-ExchangeOnline\n}\nConnect-IPPSSession\nGet-Mailbox\nDisconnect-ExchangeOnline -Confirm:$false\n" }] },
			],
		},
		{
			// Disconnect-ExchangeOnline does not close the Teams connection.
			code: "Connect-MicrosoftTeams\nConnect-ExchangeOnline\nDisconnect-ExchangeOnline -Confirm:$false\n",
			errors: [
				{
					messageId: "notDisconnected",
					data: { cmdlet: "Connect-MicrosoftTeams", closing: "Disconnect-MicrosoftTeams" },
					line: 1,
					column: 1,
					endColumn: 23,
					suggestions: [{ messageId: "appendDisconnect", output: "Connect-MicrosoftTeams\nConnect-ExchangeOnline\nDisconnect-ExchangeOnline -Confirm:$false\nDisconnect-MicrosoftTeams\n" }],
				},
			],
		},
		{
			code: "function Connect-Compliance {\n    ExchangeOnlineManagement\\Connect-IPPSSession -UserPrincipalName admin@contoso.com\n}\n",
			errors: [{ messageId: "notDisconnected", data: { cmdlet: "Connect-IPPSSession", closing: "Disconnect-ExchangeOnline" }, line: 2, column: 5, endColumn: 49, suggestions: [] }],
		},
	],
});
