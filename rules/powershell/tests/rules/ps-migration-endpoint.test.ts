import rule from "../../src/rules/ps-migration-endpoint.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("ps-migration-endpoint", rule, {
	valid: [
		// A cross-tenant relationship names the tenant by ID; ordinary federation names domains; values not known are left alone.
		"New-OrganizationRelationship -Name T2T -Enabled:$true -MailboxMoveEnabled:$true -MailboxMoveCapability Inbound -DomainNames 3a8b6c4e-1d2f-4e5a-9b7c-0d1e2f3a4b5c",
		"$targetTenantId = '{3A8B6C4E-1D2F-4E5A-9B7C-0D1E2F3A4B5C}'\nSet-OrganizationRelationship -Identity T2T -MailboxMoveCapability RemoteOutbound -DomainNames $targetTenantId",
		"New-OrganizationRelationship -Name Fabrikam -DomainNames fabrikam.com, fabrikam.onmicrosoft.com -FreeBusyAccessEnabled $true",
		"New-OrganizationRelationship -Name T2T -MailboxMoveCapability Inbound -DomainNames $args[0]",
		"$sourceTenantId = Read-Host 'Source tenant ID'\nNew-OrganizationRelationship -Name T2T -MailboxMoveCapability Inbound -DomainNames $sourceTenantId",
		// The usual pairs, in any case, and ports the rule has no opinion on.
		"New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -Port 993 -Security Ssl",
		"New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -Port 143 -Security tls",
		"New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -Port 143 -Security None",
		"New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -Port 1993 -Security Tls",
		"Test-MigrationServerAvailability -Imap -RemoteServer imap.fabrikam.com -Port 993 -Security Ssl",
		// Not known: a variable assigned elsewhere, one side missing.
		"New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -Port $port -Security Tls",
		"New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -Port 993",
		// Not an IMAP endpoint.
		"New-MigrationEndpoint -ExchangeRemoteMove -Name Hybrid -Autodiscover -EmailAddress admin@contoso.com -Credentials $cred",
		// The Gmail key file as bytes, as the reference writes it, and through Get-Content -AsByteStream.
		'$MigrationEndpointGmail = New-MigrationEndpoint -Gmail -ServiceAccountKeyFileData $([System.IO.File]::ReadAllBytes("C:\\Migration\\gmail.json")) -EmailAddress admin@contoso.com -Name GmailEndpoint',
		"$key = Get-Content -Path C:\\Migration\\gmail.json -AsByteStream -Raw\nTest-MigrationServerAvailability -Gmail -ServiceAccountKeyFileData $key -EmailAddress admin@contoso.com",
		"New-MigrationEndpoint -Gmail -ServiceAccountKeyFileData $keyBytes -EmailAddress admin@contoso.com -Name GmailEndpoint",
		// The documented cross-tenant endpoint, with a tenant ID, and a splat that may hold -ApplicationId.
		"New-MigrationEndpoint -RemoteServer outlook.office.com -RemoteTenant 'fabrikam.onmicrosoft.com' -Credentials $credential -ExchangeRemoteMove:$true -Name T2T -ApplicationId $appId",
		"New-MigrationEndpoint -ExchangeRemoteMove -Name T2T -RemoteServer outlook.office.com -RemoteTenant 0b8a4f5e-61d2-4c1b-9f3e-2d7c8a9b1e40 -ApplicationId $appId -Credentials $credential",
		"New-MigrationEndpoint -ExchangeRemoteMove -Name T2T -RemoteServer outlook.office.com -RemoteTenant $tenant @application",
		"Set-MigrationEndpoint -Identity T2T -RemoteTenant fabrikam.onmicrosoft.com",
	],
	invalid: [
		{
			code: "New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -Port 993 -Security Tls",
			errors: [
				{
					message: "Port 993 does not go with -Security Tls: port 993 takes Ssl, port 143 takes None or Tls; change the port or the security.",
					line: 1,
					column: 96,
					endLine: 1,
					endColumn: 99,
				},
			],
		},
		{
			// Splatted, the port in a variable assigned once.
			code: "$port = 143\n$imap = @{ IMAP = $true; Name = 'Fabrikam'; RemoteServer = 'imap.fabrikam.com'; Port = $port; Security = 'Ssl' }\nNew-MigrationEndpoint @imap",
			errors: [{ messageId: "portSecurityMismatch", line: 2, column: 106, endLine: 2, endColumn: 111 }],
		},
		{
			code: "Test-MigrationServerAvailability -Imap -RemoteServer imap.fabrikam.com -Port 993 -Security:None",
			errors: [{ messageId: "portSecurityMismatch", line: 1, column: 92, endLine: 1, endColumn: 96 }],
		},
		{
			code: "New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -Port 993 -Security StartTls",
			errors: [{ messageId: "unknownSecurity", line: 1, column: 96, endLine: 1, endColumn: 104 }],
		},
		{
			code: "New-MigrationEndpoint -ExchangeRemoteMove -Name T2T -RemoteServer outlook.office.com -RemoteTenant fabrikam.com -Credentials $credential",
			errors: [
				{ messageId: "crossTenantApplicationId", line: 1, column: 86, endLine: 1, endColumn: 99 },
				{
					message: "-RemoteTenant is 'fabrikam.com', but it takes the source tenant's initial domain, such as 'fabrikam.onmicrosoft.com'.",
					line: 1,
					column: 100,
					endLine: 1,
					endColumn: 112,
				},
			],
		},
		{
			code: "New-MigrationEndpoint -Gmail -ServiceAccountKeyFileData 'C:\\Migration\\gmail.json' -EmailAddress admin@contoso.com -Name GmailEndpoint",
			errors: [{ messageId: "keyFileNotBytes", data: { what: "the path 'C:\\Migration\\gmail.json'" }, line: 1, column: 57, endLine: 1, endColumn: 82 }],
		},
		{
			code: "$key = Get-Content C:\\Migration\\gmail.json -Raw\nNew-MigrationEndpoint -Gmail -ServiceAccountKeyFileData $key -EmailAddress admin@contoso.com -Name GmailEndpoint",
			errors: [
				{
					messageId: "keyFileNotBytes",
					data: { what: "text (Get-Content without -Encoding Byte or -AsByteStream)" },
					line: 2,
					column: 57,
					endLine: 2,
					endColumn: 61,
				},
			],
		},
		{
			code: "Set-MigrationEndpoint -Identity T2T -RemoteTenant 'https://login.microsoftonline.com/fabrikam.onmicrosoft.com'",
			errors: [{ messageId: "remoteTenantDomain", line: 1, column: 51, endLine: 1, endColumn: 111 }],
		},
		{
			code: "New-OrganizationRelationship -Name T2T -Enabled:$true -MailboxMoveEnabled:$true -MailboxMoveCapability Inbound -DomainNames fabrikam.onmicrosoft.com",
			errors: [
				{
					message:
						"-DomainNames is 'fabrikam.onmicrosoft.com', but a cross-tenant relationship (-MailboxMoveCapability) takes the other tenant's ID, a GUID, not a domain name.",
					line: 1,
					column: 125,
					endLine: 1,
					endColumn: 149,
				},
			],
		},
		{
			code: "$sourceTenantId = 'fabrikam.com'\nSet-OrganizationRelationship -Identity T2T -MailboxMoveCapability RemoteOutbound -DomainNames $sourceTenantId",
			errors: [{ messageId: "relationshipDomainName", data: { value: "fabrikam.com" }, line: 1, column: 19, endLine: 1, endColumn: 33 }],
		},
		{
			code: "New-OrganizationRelationship -Name T2T -MailboxMoveCapability Inbound -DomainNames '3a8b6c4e-1d2f-4e5a-9b7c-0d1e2f3a4b5c', 'contoso.com'",
			errors: [{ messageId: "relationshipDomainName", data: { value: "contoso.com" }, line: 1, column: 124, endLine: 1, endColumn: 137 }],
		},
	],
});
