import rule from "../../src/rules/ps-untrusted-certificate.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("ps-untrusted-certificate", rule, {
	valid: [
		"New-MigrationEndpoint -ExchangeOutlookAnywhere -Name StagedEndpoint -Autodiscover -EmailAddress admin@contoso.com -Credentials $Credentials",
		"New-MigrationEndpoint -ExchangeOutlookAnywhere -Name StagedEndpoint -Autodiscover -EmailAddress admin@contoso.com -Credentials $Credentials -AcceptUntrustedCertificates:$false",
		"$option = New-PSSessionOption -IdleTimeout 600000 -SkipCACheck:$false",
		// In a comment or a string, or a property read in a test: not a parameter.
		"# New-PSSessionOption -SkipCACheck is for labs only\nWrite-Warning 'Never use -AcceptUntrustedCertificates'\n$option.SkipCACheck | Should -BeFalse",
		// -SkipC is a prefix of both -SkipCACheck and -SkipCNCheck: PowerShell refuses it.
		"New-PSSessionOption -SkipC",
		// Not a session option cmdlet.
		"Invoke-WebRequest -Uri https://contoso.com -SkipCertificateCheck",
	],
	invalid: [
		{
			code: "New-MigrationEndpoint -ExchangeOutlookAnywhere -Name StagedEndpoint -Autodiscover -EmailAddress admin@contoso.com -Credentials $Credentials -AcceptUntrustedCertificates",
			errors: [
				{
					messageId: "acceptUntrusted",
					data: { cmdlet: "New-MigrationEndpoint" },
					line: 1,
					column: 141,
					endLine: 1,
					endColumn: 169,
					suggestions: [
						{
							messageId: "removeParameter",
							data: { parameter: "AcceptUntrustedCertificates" },
							output:
								"New-MigrationEndpoint -ExchangeOutlookAnywhere -Name StagedEndpoint -Autodiscover -EmailAddress admin@contoso.com -Credentials $Credentials",
						},
					],
				},
			],
		},
		{
			// A unique prefix with colon syntax on Test-MigrationServerAvailability.
			code: "Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress admin@contoso.com -Credentials $cred -AcceptUntrusted:$true",
			errors: [
				{
					messageId: "acceptUntrusted",
					data: { cmdlet: "Test-MigrationServerAvailability" },
					line: 1,
					column: 124,
					endColumn: 146,
					suggestions: [
						{
							messageId: "removeParameter",
							output: "Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress admin@contoso.com -Credentials $cred",
						},
					],
				},
			],
		},
		{
			// Splatted: reported at the hashtable entry, without a suggestion.
			code: "$endpoint = @{\n    ExchangeOutlookAnywhere     = $true\n    Name                        = 'StagedEndpoint'\n    AcceptUntrustedCertificates = $true\n}\nNew-MigrationEndpoint @endpoint",
			errors: [{ messageId: "acceptUntrusted", line: 4, column: 5, endLine: 4, endColumn: 40, suggestions: [] }],
		},
		{
			// Set-MigrationEndpoint is not catalogued: the full name is matched.
			code: "Set-MigrationEndpoint -Identity StagedEndpoint -AcceptUntrustedCertificates",
			errors: [
				{
					messageId: "acceptUntrusted",
					data: { cmdlet: "Set-MigrationEndpoint" },
					line: 1,
					column: 48,
					endColumn: 76,
					suggestions: [{ messageId: "removeParameter", output: "Set-MigrationEndpoint -Identity StagedEndpoint" }],
				},
			],
		},
		{
			code: "$so = New-PSSessionOption -SkipCACheck -SkipCNCheck -SkipRevocationCheck\n$s = New-PSSession -ComputerName mbx01.contoso.com -UseSSL -SessionOption $so",
			errors: [
				{
					messageId: "skipCheck",
					data: { parameter: "SkipCACheck", check: "that the server's certificate was issued by a trusted certification authority" },
					line: 1,
					column: 27,
					endColumn: 39,
					suggestions: [
						{
							messageId: "removeParameter",
							output:
								"$so = New-PSSessionOption -SkipCNCheck -SkipRevocationCheck\n$s = New-PSSession -ComputerName mbx01.contoso.com -UseSSL -SessionOption $so",
						},
					],
				},
				{
					messageId: "skipCheck",
					data: { parameter: "SkipCNCheck", check: "that the server's certificate names the server being connected to" },
					line: 1,
					column: 40,
					endColumn: 52,
					suggestions: [
						{
							messageId: "removeParameter",
							output:
								"$so = New-PSSessionOption -SkipCACheck -SkipRevocationCheck\n$s = New-PSSession -ComputerName mbx01.contoso.com -UseSSL -SessionOption $so",
						},
					],
				},
				{
					messageId: "skipCheck",
					data: { parameter: "SkipRevocationCheck", check: "that the server's certificate has not been revoked" },
					line: 1,
					column: 53,
					endColumn: 73,
					suggestions: [
						{
							messageId: "removeParameter",
							output: "$so = New-PSSessionOption -SkipCACheck -SkipCNCheck\n$s = New-PSSession -ComputerName mbx01.contoso.com -UseSSL -SessionOption $so",
						},
					],
				},
			],
		},
		{
			// Inline in -SessionOption, a unique prefix (-SkipR), colon syntax with a constant variable.
			code: "$skip = $true\nEnter-PSSession -ComputerName mbx01 -UseSSL -SessionOption (New-PSSessionOption -SkipR:$skip)",
			errors: [
				{
					messageId: "skipCheck",
					data: { parameter: "SkipRevocationCheck", check: "that the server's certificate has not been revoked" },
					line: 2,
					column: 81,
					endColumn: 93,
					suggestions: [
						{ messageId: "removeParameter", output: "$skip = $true\nEnter-PSSession -ComputerName mbx01 -UseSSL -SessionOption (New-PSSessionOption)" },
					],
				},
			],
		},
		{
			// Splatted into New-CimSessionOption; the switch value before a positional argument is not taken as its value.
			code: "$checks = @{ SkipCNCheck = $true }\nNew-CimSessionOption @checks\nNew-WSManSessionOption -SkipCACheck 'ignored'",
			errors: [
				{
					messageId: "skipCheck",
					data: { parameter: "SkipCNCheck", check: "that the server's certificate names the server being connected to" },
					line: 1,
					column: 14,
					endColumn: 33,
					suggestions: [],
				},
				{
					messageId: "skipCheck",
					data: { parameter: "SkipCACheck", check: "that the server's certificate was issued by a trusted certification authority" },
					line: 3,
					column: 24,
					endColumn: 36,
					suggestions: [
						{ messageId: "removeParameter", output: "$checks = @{ SkipCNCheck = $true }\nNew-CimSessionOption @checks\nNew-WSManSessionOption 'ignored'" },
					],
				},
			],
		},
	],
});
