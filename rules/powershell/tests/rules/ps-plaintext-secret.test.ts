import { describe, expect, it } from "vitest";
import rule, { isPlaceholder, isSecretName } from "../../src/rules/ps-plaintext-secret.js";
import { createRuleTester } from "../rule-tester.js";

describe("isSecretName", () => {
	it.each([
		"password",
		"AdminPassword",
		"adminPwd",
		"clientSecret",
		"client_secret",
		"apiKey",
		"API_KEY",
		"env:ADMIN_PASSWORD",
		"accessToken",
		"Password1",
		"passwordText",
		"StorageAccountKey",
		"passphrase",
	])("%s names a secret", (name) => {
		expect(isSecretName(name)).toBe(true);
	});
	it.each([
		"pwd",
		"passwordFile",
		"PasswordLength",
		"secretName",
		"PassThru",
		"passed",
		"tokenCount",
		"key",
		"registryKey",
		"PasswordNeverExpires",
		"credential",
		"token",
	])("%s does not", (name) => {
		expect(isSecretName(name)).toBe(false);
	});
});

describe("isPlaceholder", () => {
	it.each(["", "  ", "<password>", "{{secret}}", "xxxxxxxx", "********", "YOUR_PASSWORD_HERE", "ChangeMe", "True", "false", "password"])(
		"%j is a placeholder",
		(value) => {
			expect(isPlaceholder(value)).toBe(true);
		},
	);
	it.each(["P@ssw0rd!", "Summer2024", "sdfdsfd", "really secure", "Enter123!"])("%j is not", (value) => {
		expect(isPlaceholder(value)).toBe(false);
	});
	it.each(["yourPassword", "EnterSecretHere", "insertApiKey"])("%j is a placeholder in camelCase", (value) => {
		expect(isPlaceholder(value)).toBe(true);
	});
	it.each(["dummypassword", "yourpassword", "FakeSecret", "passwordhere", "enterkey"])("%j is a placeholder word run into the word for the secret", (value) => {
		expect(isPlaceholder(value)).toBe(true);
	});
	it.each(["passwordless", "keyboard", "secretariat", "Sunpassword9"])("%j is not", (value) => {
		expect(isPlaceholder(value)).toBe(false);
	});
	it("takes the name of what holds the value as a placeholder, however spelled", () => {
		expect(isPlaceholder("clientsecret", ["ClientSecret"])).toBe(true);
		expect(isPlaceholder("SMTP_PASS", ["script:SmtpPass"])).toBe(true);
		expect(isPlaceholder("Summer2024", ["ClientSecret"])).toBe(false);
	});
});

createRuleTester().run("ps-plaintext-secret", rule, {
	valid: [
		// The storage emulator's account key, which Microsoft publishes for local development.
		"$AccountKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='",
		// PSScriptAnalyzer's AvoidConvertToSecureStringWithPlainTextNoViolations.ps1.
		"$secure = read-host -assecurestring\n$encrypted = convertfrom-securestring -securestring $secure\nconvertto-securestring -string $encrypted",
		// Values read at run time are not literals.
		"$password = Read-Host -Prompt 'Password' -AsSecureString\n$clientSecret = $env:CLIENT_SECRET\n$apiKey = Get-Content -Path $keyFile\nConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force",
		"$Credentials = Get-Credential\nNew-MigrationEndpoint -ExchangeOutlookAnywhere -Name StagedEndpoint -Autodiscover -EmailAddress admin@contoso.com -Credentials $Credentials",
		// Empty strings and placeholders.
		"$password = ''\n$adminPwd = '<password>'\n$clientSecret = 'YOUR_CLIENT_SECRET'\nNew-LocalUser -Name svc -Password ''",
		// Placeholders are placeholders whether written where they are used or through a variable.
		'$SmtpPass = "yourPassword"\n$secure = ConvertTo-SecureString $SmtpPass -AsPlainText -Force\n$direct = ConvertTo-SecureString "yourPassword" -AsPlainText -Force',
		// A placeholder word run into the word for the secret, as a template writes it.
		"[string]$userPassword = 'dummypassword'\n$secure = ConvertTo-SecureString $userPassword -AsPlainText -Force",
		'$ClientId = "clientid"\n$ClientSecret = "clientsecret"\n$TenantId = "tenantid"\n$secure = ConvertTo-SecureString -String $ClientSecret -AsPlainText -Force',
		"$SmtpPass = 'SMTP_PASS'\nConvertTo-SecureString $SmtpPass -AsPlainText -Force\nNew-LocalUser -Name svc -Password 'Password'",
		// Names that hold something else than the secret.
		"$passwordFile = 'C:\\secure\\pw.txt'\n$secretName = 'exo-app-secret'\n$PassThru = 'yes'\n$pwd = 'C:\\temp'",
		// -AsPlainText:$false is not plain text; a variable assigned twice is not one constant.
		"ConvertTo-SecureString 'x' -AsPlainText:$false",
		"$plain = 'first'\n$plain = Read-Host\nConvertTo-SecureString $plain -AsPlainText -Force",
		// In a comment or a string.
		"# $password = 'P@ssw0rd!'\nWrite-Host \"Use ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText only in labs\"",
		// A here-string holding a script, named after a rule about passwords.
		"$ruleSuppressionAvoidPassword = @'\nfunction f { param($password) }\n'@",
		"$ruleSuppressionAvoidPassword = @'\nfunction f {\n    param($password)\n}\n'@",
	],
	invalid: [
		{
			// PSScriptAnalyzer's AvoidConvertToSecureStringWithPlainText.ps1, lines 2 and 4 (line 6 uses an alias the test defines outside the script).
			code: '$supersecure = convertto-securestring "sdfdsfd" -asplaintext -force\n\nNew-Object System.Management.Automation.PSCredential -ArgumentList "username", (ConvertTo-SecureString "really secure" -AsPlainText -Force)\n\n$sneaky = ctss "sneaky convert" -asplainText -force',
			errors: [
				{ messageId: "convertPlainText", data: { what: "string literal" }, line: 1, column: 39, endColumn: 48 },
				{ messageId: "convertPlainText", data: { what: "string literal" }, line: 3, column: 104, endColumn: 119 },
			],
		},
		{
			// Named -String with a unique prefix (-St), piped input, a switch written before the positional string.
			code: "$a = ConvertTo-SecureString -St 'Summer2024!' -AsPlain -Force\n$b = 'Winter2024!' | ConvertTo-SecureString -AsPlainText -Force\n$c = ConvertTo-SecureString -AsPlainText 'Spring2024!' -Force",
			errors: [
				{ messageId: "convertPlainText", line: 1, column: 33, endColumn: 46 },
				{ messageId: "convertPlainText", line: 2, column: 6, endColumn: 19 },
				{ messageId: "convertPlainText", line: 3, column: 42, endColumn: 55 },
			],
		},
		{
			// A variable holding one literal; splatted -AsPlainText; module-qualified name.
			code: "$plain = 'Autumn2024!'\n$convert = @{ AsPlainText = $true; Force = $true }\nMicrosoft.PowerShell.Security\\ConvertTo-SecureString $plain @convert",
			errors: [{ messageId: "convertPlainText", data: { what: "variable holding a string literal (line 1)" }, line: 3, column: 54, endColumn: 60 }],
		},
		{
			// $using: in a remote script block reads the caller's variable; $script: is the script's.
			code: "$plain = 'Autumn2024!'\nInvoke-Command -Session $s -ScriptBlock { ConvertTo-SecureString $using:plain -AsPlainText -Force }\n$script:other = 'Winter2025!'\nConvertTo-SecureString $other -AsPlainText -Force",
			errors: [
				{ messageId: "convertPlainText", data: { what: "variable holding a string literal (line 1)" }, line: 2, column: 66, endColumn: 78 },
				{ messageId: "convertPlainText", data: { what: "variable holding a string literal (line 3)" }, line: 4, column: 24, endColumn: 30 },
			],
		},
		{
			// The secret is reported once, where it is written.
			code: "$AdminPassword = 'Pa55w.rd!'\n$secure = ConvertTo-SecureString $AdminPassword -AsPlainText -Force",
			errors: [{ messageId: "secretVariable", data: { name: "AdminPassword" }, line: 1, column: 18, endColumn: 29 }],
		},
		{
			code: "[string]$clientSecret = \"kY8Q~abcDEF123\"\n$script:apiKey = 'a1b2c3d4e5'\nfunction Connect-Graph { param([string]$AppPassword = 'Pa55w.rd!') }",
			errors: [
				{ messageId: "secretVariable", data: { name: "clientSecret" }, line: 1, column: 25, endColumn: 41 },
				{ messageId: "secretVariable", data: { name: "script:apiKey" }, line: 2, column: 18, endColumn: 30 },
				{ messageId: "secretVariable", data: { name: "AppPassword" }, line: 3, column: 55, endColumn: 66 },
			],
		},
		{
			code: "Connect-ExchangeOnline -Credential 'admin@contoso.com'\nNew-MigrationEndpoint -IMAP -Name imap -RemoteServer imap.contoso.com -Port 993 -Cred:'admin'",
			errors: [
				{ messageId: "credentialString", data: { parameter: "Credential", what: "string literal" }, line: 1, column: 36, endColumn: 55 },
				{ messageId: "credentialString", data: { parameter: "Credentials", what: "string literal" }, line: 2, column: 87, endColumn: 94 },
			],
		},
		{
			code: "$token = 'eyJ0eXAiOiJKV1Qi'\nConnect-MicrosoftTeams -AccessTokens $token\nNew-LocalUser -Name svc -Password 'Pa55w.rd!'\n$params = @{ Name = 'svc2'; Password = 'Pa55w.rd!2' }\nNew-LocalUser @params",
			errors: [
				{
					messageId: "secretParameter",
					data: { parameter: "AccessTokens", what: "variable holding a string literal (line 1)" },
					line: 2,
					column: 38,
					endColumn: 44,
				},
				{ messageId: "secretParameter", data: { parameter: "Password", what: "string literal" }, line: 3, column: 35, endColumn: 46 },
				{ messageId: "secretParameter", data: { parameter: "Password", what: "string literal" }, line: 4, column: 40, endColumn: 52 },
			],
		},
		{
			// A private key in a here-string is still a secret.
			code: "$privateKey = @'\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n'@",
			errors: [{ messageId: "secretVariable", data: { name: "privateKey" }, line: 1, column: 15, endLine: 5, endColumn: 3 }],
		},
	],
});
