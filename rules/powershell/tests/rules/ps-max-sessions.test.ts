import rule from "../../src/rules/ps-max-sessions.js";
import { createRuleTester } from "../rule-tester.js";

const EXO = "https://outlook.office365.com/powershell-liveid/";

createRuleTester().run("ps-max-sessions", rule, {
	valid: [
		// Three at a time is the limit, not a problem.
		"$a = New-CsOnlineSession\nConnect-ExchangeOnline\nConnect-IPPSSession\n",
		// Sessions to on-premises servers do not count against the online limit.
		"$a = New-PSSession ex01\n$b = New-PSSession ex02\n$c = New-PSSession ex03\n$d = New-PSSession ex04\n$e = New-PSSession -ConnectionUri http://ex05.contoso.com/PowerShell/\n",
		// One closed before the fourth opens.
		`$a = New-PSSession -ConnectionUri ${EXO}\n$b = New-CsOnlineSession\nConnect-IPPSSession\nRemove-PSSession $a\n$d = New-CsOnlineSession\n`,
		"Connect-ExchangeOnline\nConnect-IPPSSession\nConnect-ExchangeOnline -Prefix Target\nDisconnect-ExchangeOnline -Confirm:$false\nConnect-ExchangeOnline\n",
		"$a = New-CsOnlineSession\n$b = New-CsOnlineSession\n$c = New-CsOnlineSession\nGet-PSSession | Remove-PSSession\n$d = New-CsOnlineSession\n",
		// Connect-MicrosoftTeams replaces its own connection.
		"Connect-MicrosoftTeams\nConnect-MicrosoftTeams -TenantId $t\nConnect-ExchangeOnline\nConnect-MicrosoftTeams\nConnect-IPPSSession\n",
		// The ExchangeOnlineManagement V3 module and MicrosoftTeams connect without a remote PowerShell session: only real sessions count.
		"Connect-ExchangeOnline\nConnect-ExchangeOnline -UserPrincipalName $Upn\nConnect-ExchangeOnline -Organization $Org\nConnect-ExchangeOnline\nConnect-ExchangeOnline\n",
		"$a = New-CsOnlineSession\n$b = New-CsOnlineSession\n$c = New-CsOnlineSession\nConnect-ExchangeOnline\nConnect-IPPSSession\nConnect-MicrosoftTeams\n",
		"foreach ($tenant in $tenants) {\n    Connect-ExchangeOnline -DelegatedOrganization $tenant\n    Get-MigrationBatch\n}\nDisconnect-ExchangeOnline\n",
		// With -UseRPSSession, connecting again replaces the session the same cmdlet made before.
		"Connect-ExchangeOnline -UseRPSSession\nConnect-ExchangeOnline -UseRPSSession -UserPrincipalName $Upn\n$a = New-CsOnlineSession\n$b = New-CsOnlineSession\n",
		"for ($i = 0; $i -lt $Tenants.Count; $i++) {\n    Connect-ExchangeOnline -UseRPSSession -DelegatedOrganization $Tenants[$i]\n}\n",
		// A loop that closes what it opens.
		"foreach ($tenant in $tenants) {\n    Connect-ExchangeOnline -DelegatedOrganization $tenant\n    Get-MigrationBatch\n    Disconnect-ExchangeOnline -Confirm:$false\n}\n",
		"$tenants | ForEach-Object { $s = New-CsOnlineSession -OverrideAdminDomain $_; Import-PSSession $s; Remove-PSSession $s }\n",
		// Retries until one connection works.
		`while (-not $s) { $s = New-PSSession -ConnectionUri ${EXO} -ErrorAction SilentlyContinue }\n`,
		`foreach ($attempt in 1..3) {\n    $s = New-PSSession -ConnectionUri ${EXO}\n    if ($s) { break }\n}\n`,
		// A loop that dispatches on its item rather than connecting once per item.
		"foreach ($service in $Services) {\n    switch ($service) {\n        'Exchange' { Connect-ExchangeOnline -Credential $Credential }\n        'Compliance' { Connect-IPPSSession -Credential $Credential }\n    }\n}\n",
		// Function bodies are counted on their own.
		"function Connect-Source { Connect-ExchangeOnline -Prefix Source; Connect-IPPSSession }\nfunction Connect-Target { Connect-ExchangeOnline -Prefix Target; Connect-IPPSSession }\n",
		// Alternatives in an if, a switch or a try/catch never run together.
		"if ($Thumbprint) { Connect-ExchangeOnline -CertificateThumbprint $Thumbprint -AppId $AppId -Organization $Org }\nelseif ($UseManagedIdentity) { Connect-ExchangeOnline -ManagedIdentity -Organization $Org }\nelse { Connect-ExchangeOnline -UserPrincipalName $Upn }\nConnect-IPPSSession -UserPrincipalName $Upn\n$skype = New-CsOnlineSession\n",
		"switch ($Mode) {\n    'app' { Connect-ExchangeOnline -AppId $AppId }\n    'user' { Connect-ExchangeOnline -UserPrincipalName $Upn }\n    default { Connect-ExchangeOnline -Device }\n}\ntry { $a = New-CsOnlineSession } catch { $a = New-CsOnlineSession -OverrideAdminDomain $Domain }\nConnect-IPPSSession\n",
		// In comments and strings.
		"# Connect-ExchangeOnline\n# Connect-IPPSSession\nWrite-Host 'Connect-ExchangeOnline'\n$a = New-CsOnlineSession\n",
	],
	invalid: [
		{
			code: `$a = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri ${EXO}\n$b = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri ${EXO}\n$c = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri ${EXO}\n$d = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri ${EXO}\n`,
			errors: [{ messageId: "tooMany", data: { cmdlet: "New-PSSession", count: "4" }, line: 4, column: 6, endLine: 4, endColumn: 19 }],
		},
		{
			// Skype, Exchange and compliance sessions add up; removing another variable does not help.
			code: "$sfb = New-CsOnlineSession\n$old = New-PSSession ex01\nConnect-ExchangeOnline -UseRPSSession\nConnect-IPPSSession -UseRPSSession\nRemove-PSSession $old\n$scc = New-PSSession -Conn https://ps.compliance.protection.outlook.com/powershell-liveid/\n",
			errors: [{ messageId: "tooMany", data: { cmdlet: "New-PSSession", count: "4" }, line: 6, column: 8, endColumn: 21 }],
		},
		{
			// Splatted connection parameters, an alias, and a URI in a variable.
			code: `$uri = '${EXO}'\n$p = @{ ConfigurationName = 'Microsoft.Exchange'; ConnectionUri = $uri }\n$a = nsn @p\n$b = nsn @p\n$c = nsn @p\n$d = nsn @p\n$e = nsn @p\n`,
			errors: [{ messageId: "tooMany", data: { cmdlet: "New-PSSession", count: "4" }, line: 6, column: 6, endColumn: 9 }],
		},
		{
			// One branch of the if plus three more sessions.
			code: "if ($Thumbprint) { Connect-ExchangeOnline -UseRPSSession -CertificateThumbprint $Thumbprint }\nelse { Connect-ExchangeOnline -UseRPSSession -UserPrincipalName $Upn }\nConnect-IPPSSession -UseRPSSession\n$a = New-CsOnlineSession\n$b = New-CsOnlineSession\n",
			errors: [{ messageId: "tooMany", data: { cmdlet: "New-CsOnlineSession", count: "4" }, line: 5, column: 6, endColumn: 25 }],
		},
		{
			// Remote PowerShell sessions with -UseRPSSession add up with the others.
			code: "$a = New-CsOnlineSession\n$b = New-CsOnlineSession\nConnect-ExchangeOnline -UseRPSSession\nConnect-IPPSSession -UseRPSSession\n",
			errors: [{ messageId: "tooMany", data: { cmdlet: "Connect-IPPSSession", count: "4" }, line: 4, column: 1, endColumn: 20 }],
		},
		{
			code: `foreach ($pool in $Pools) {\n    $s = New-PSSession -ConnectionUri "https://admin$pool.online.lync.com/OcsPowershellOAuth" -Credential $Credential\n    Import-PSSession $s\n}\n`,
			errors: [{ messageId: "inLoop", data: { cmdlet: "New-PSSession" }, line: 2, column: 10, endColumn: 23 }],
		},
		{
			// A for loop over an index; one report for the loop.
			code: `for ($i = 0; $i -lt $Tenants.Count; $i++) {\n    $s = New-CsOnlineSession -OverrideAdminDomain $Tenants[$i]\n    $t = New-PSSession -ConnectionUri "${EXO}?DelegatedOrg=$($Tenants[$i])"\n}\n`,
			errors: [{ messageId: "inLoop", data: { cmdlet: "New-CsOnlineSession" }, line: 2, column: 10, endColumn: 29 }],
		},
		{
			code: "$tenants | % { $s = SkypeOnlineConnector\\New-CsOnlineSession -OverrideAdminDomain $_; Import-PSSession $s }\n",
			errors: [{ messageId: "inLoop", data: { cmdlet: "New-CsOnlineSession" }, line: 1, column: 21, endColumn: 61 }],
		},
	],
});
