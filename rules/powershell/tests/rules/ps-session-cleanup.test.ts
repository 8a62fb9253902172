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
		// Connects only when no connection exists yet: the connection is the admin's, and closing it would disconnect the admin.
		"if (-not (Get-ConnectionInformation)) {\n    Connect-ExchangeOnline -ShowBanner:$false\n}\nGet-Mailbox -ResultSize 10\n",
		"$Modules = Get-Module | Select-Object -ExpandProperty Name\nIf ('ExchangeOnlineManagement' -notin $Modules) {\n    Connect-ExchangeOnline\n}\nGet-Mailbox\n",
		"$existing = Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' -and $_.State -eq 'Opened' }\nif (-not $existing) {\n    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01.contoso.com/PowerShell/\n    Import-PSSession $s\n}\nGet-Mailbox\n",
		"$connected = $false\ntry { Get-OrganizationConfig -ErrorAction Stop | Out-Null; $connected = $true } catch { }\nif (-not $connected) { Connect-ExchangeOnline }\nGet-Mailbox\n",
		"try {\n    Get-OrganizationConfig -ErrorAction Stop | Out-Null\n} catch {\n    Connect-ExchangeOnline -UserPrincipalName $Upn\n}\nGet-Mailbox\n",
		"$info = Get-ConnectionInformation\nif ($info) {\n    Write-Host 'Already connected.'\n    return\n}\nConnect-ExchangeOnline\nGet-Mailbox\n",
		"while (-not (Get-CsTenant -ErrorAction SilentlyContinue)) { Connect-MicrosoftTeams }\nGet-CsOnlineUser\n",
		"$Status = Get-ConnectionInformation -ErrorAction SilentlyContinue\nif (!$Status) {\n    Connect-ExchangeOnline\n}\n$Status = Get-Mailbox -ResultSize 1\n",
		"[array]$Modules = Get-Modules | Select-Object -ExpandProperty Name\nif ('ExchangeOnlineManagement' -notin $Modules) {\n    Connect-ExchangeOnline\n}\nGet-Mailbox\n",
		// The Exchange Online connection is the admin's when any connect to it is guarded: Disconnect-ExchangeOnline would close it too.
		"[array]$Modules = Get-Module | Select-Object -ExpandProperty Name\nif ('ExchangeOnlineManagement' -notin $Modules) {\n    Connect-ExchangeOnline\n}\nConnect-IPPSSession -ShowBanner:$false\nGet-Label\n",
		// A connect script: its name says so, or only messages and the end of the transcript follow the connection.
		{
			filename: "o365-connect-exo.ps1",
			code: "try {\n    Connect-ExchangeOnline -ShowBanner:$false\n} catch {\n    Write-Error 'Unable to connect'\n    exit 1\n}\nGet-OrganizationConfig | Select-Object Name\n",
		},
		"Start-Transcript -Path C:\\Logs\\connect.log\nConnect-ExchangeOnline\nWrite-Host 'Connected.'\nStop-Transcript | Out-Null\n",
		// Azure Automation: the job's sandbox, and its connections, end with the job.
		"Connect-ExchangeOnline -ManagedIdentity -Organization contoso.onmicrosoft.com\nGet-Mailbox -ResultSize Unlimited\n",
		"Connect-MicrosoftTeams -Identity\nGet-CsOnlineUser\n",
		"$cred = Get-AutomationPSCredential -Name 'ExoAdmin'\nConnect-ExchangeOnline -Credential $cred\nGet-Mailbox\n",
		// A function that exists to connect leaves the connection to its caller; a module's connect functions leave it to the module's disconnect function.
		"function Connect-Compliance {\n    ExchangeOnlineManagement\\Connect-IPPSSession -UserPrincipalName admin@contoso.com\n    Get-Label | Out-Null\n}\n",
		{
			filename: "ContosoTenant.psm1",
			code: "function Connect-ContosoTenant {\n    $script:Exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $script:Uri\n    Import-Module (Import-PSSession $script:Exo) -Global\n    Connect-MicrosoftTeams -AccountId $script:Admin\n    Get-CsTenant | Out-Null\n}\nfunction Disconnect-ContosoTenant {\n    Close-ContosoConnections -Tenant $script:Tenant\n}\nExport-ModuleMember -Function Connect-ContosoTenant, Disconnect-ContosoTenant\n",
		},
		// A retired session cmdlet: ps-deprecated-connection reports the cmdlet, and its replacement returns no session to remove.
		"$Session = New-CsOnlineSession -Credential $cred\nImport-PSSession $Session\nGet-CsOnlineUser\n",
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
					suggestions: [
						{
							messageId: "appendRemoval",
							output: "$s = New-PSSession -ComputerName ex01\nInvoke-Command -Session $s { hostname }\nRemove-PSSession -Session $s\n",
						},
					],
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
					suggestions: [
						{
							messageId: "appendRemoval",
							output:
								"$a = nsn ex01\n$b = Microsoft.PowerShell.Core\\New-PSSession ex02\nRemove-PSSession $a\n# Remove-PSSession $b\nRemove-PSSession -Session $b\n",
						},
					],
				},
			],
		},
		{
			// Inside a function: reported, without a suggestion.
			code: "function Get-SkypeUsers {\n    $Session = New-PSSession -ConnectionUri https://pool01.contoso.com/OcsPowershell -Credential $cred\n    Import-PSSession $Session\n    Get-CsUser\n}\n",
			errors: [{ messageId: "notRemoved", data: { cmdlet: "New-PSSession", variable: "Session" }, line: 2, column: 16, endColumn: 29, suggestions: [] }],
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
				{
					messageId: "notDisconnected",
					data: { cmdlet: "Connect-ExchangeOnline", closing: "Disconnect-ExchangeOnline" },
					line: 2,
					column: 5,
					endColumn: 27,
					suggestions: [
						{
							messageId: "appendDisconnect",
							output:
								"if ($Thumbprint) {\n    Connect-ExchangeOnline -CertificateThumbprint $Thumbprint\n} else {\n    Connect-ExchangeOnline\n}\nConnect-IPPSSession\nGet-Mailbox\nDisconnect-ExchangeOnline -Confirm:$false\n",
						},
					],
				},
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
					suggestions: [
						{
							messageId: "appendDisconnect",
							output: "Connect-MicrosoftTeams\nConnect-ExchangeOnline\nDisconnect-ExchangeOnline -Confirm:$false\nDisconnect-MicrosoftTeams\n",
						},
					],
				},
			],
		},
		{
			code: "function Get-ComplianceReport {\n    ExchangeOnlineManagement\\Connect-IPPSSession -UserPrincipalName admin@contoso.com\n    Get-ComplianceSearch\n}\n",
			errors: [
				{
					messageId: "notDisconnected",
					data: { cmdlet: "Connect-IPPSSession", closing: "Disconnect-ExchangeOnline" },
					line: 2,
					column: 5,
					endColumn: 49,
					suggestions: [],
				},
			],
		},
		{
			// A check that does not ask for a connection (an installed module, a mailbox) does not guard the connect.
			code: "if (Get-Module -ListAvailable ExchangeOnlineManagement) {\n    Connect-ExchangeOnline\n}\nif ($Mailbox) {\n    Connect-MicrosoftTeams\n}\nGet-Mailbox $Mailbox\n",
			errors: [
				{
					messageId: "notDisconnected",
					data: { cmdlet: "Connect-ExchangeOnline", closing: "Disconnect-ExchangeOnline" },
					line: 2,
					column: 5,
					endColumn: 27,
					suggestions: [
						{
							messageId: "appendDisconnect",
							output:
								"if (Get-Module -ListAvailable ExchangeOnlineManagement) {\n    Connect-ExchangeOnline\n}\nif ($Mailbox) {\n    Connect-MicrosoftTeams\n}\nGet-Mailbox $Mailbox\nDisconnect-ExchangeOnline -Confirm:$false\n",
						},
					],
				},
				{
					messageId: "notDisconnected",
					data: { cmdlet: "Connect-MicrosoftTeams", closing: "Disconnect-MicrosoftTeams" },
					line: 5,
					column: 5,
					endColumn: 27,
					suggestions: [
						{
							messageId: "appendDisconnect",
							output:
								"if (Get-Module -ListAvailable ExchangeOnlineManagement) {\n    Connect-ExchangeOnline\n}\nif ($Mailbox) {\n    Connect-MicrosoftTeams\n}\nGet-Mailbox $Mailbox\nDisconnect-MicrosoftTeams\n",
						},
					],
				},
			],
		},
	],
});
