import rule from "../../src/rules/ps-migration-batch-type.js";
import { createRuleTester } from "../rule-tester.js";

const HYBRID = "$hybrid = New-MigrationEndpoint -ExchangeRemoteMove -Name Hybrid -Autodiscover -EmailAddress admin@contoso.com -Credentials $cred\n";
const GMAIL = "$gmail = New-MigrationEndpoint -Gmail -ServiceAccountKeyFileData $key -EmailAddress admin@contoso.com -Name GmailEndpoint\n";
const IMAP = "New-MigrationEndpoint -IMAP -Name Fabrikam -RemoteServer imap.fabrikam.com -Port 993 -Security Ssl\n";
/** The project facts of a script whose line 1 creates a batch from an endpoint another script creates. */
const fromOtherScript = (type: string) => ({
	miglint: { project: { batchTypes: [{ line: 1, column: 1, type, reason: "its -SourceEndpoint 'Hybrid' is created in scripts/endpoints.ps1:3:1" }] } },
});

createRuleTester().run("ps-migration-batch-type", rule, {
	valid: [
		// The documented remote moves: onboarding, offboarding, cross-forest with target databases.
		`${HYBRID}New-MigrationBatch -Name W1 -SourceEndpoint $hybrid.Identity -TargetDeliveryDomain contoso.mail.onmicrosoft.com -CSVData $bytes -AutoComplete`,
		`${HYBRID}New-MigrationBatch -Name Off1 -TargetEndpoint $hybrid.Identity -TargetDeliveryDomain contoso.com -TargetDatabases MBXDB01,MBXDB02 -CSVData $bytes`,
		"New-MigrationBatch -Local -Name L1 -CSVData $bytes -TargetDatabases MBXDB2 -ArchiveOnly",
		// Splatted: from a hashtable of the script, or from a variable that may hold it.
		`${HYBRID}$batch = @{ Name = 'W1'; SourceEndpoint = 'Hybrid'; TargetDeliveryDomain = 'contoso.mail.onmicrosoft.com'; CSVData = $bytes }\nNew-MigrationBatch @batch`,
		`${HYBRID}New-MigrationBatch -Name W1 -SourceEndpoint Hybrid -CSVData $bytes @moreParameters`,
		// An IMAP batch without moves-only parameters, and one with the switch turned off.
		`${IMAP}New-MigrationBatch -Name I1 -SourceEndpoint Fabrikam -CSVData $bytes -AutoStart`,
		`${IMAP}New-MigrationBatch -Name I1 -SourceEndpoint Fabrikam -CSVData $bytes -AutoComplete:$false`,
		// The endpoint's type is not known (not created here, not in the facts): nothing is said.
		"New-MigrationBatch -Name W1 -SourceEndpoint Hybrid -CSVData $bytes -PrimaryOnly",
		{ code: "New-MigrationBatch -Name W1 -SourceEndpoint Hybrid -CSVData $bytes", settings: fromOtherScript("imap") },
		// A public folder batch: the reference does not say whether it counts as a move.
		"New-MigrationEndpoint -PublicFolder -Name PF -RemoteServer mail.contoso.com -Credentials $cred -PublicFolderDatabase PFDB\nNew-MigrationBatch -Name PF1 -SourceEndpoint PF -CSVData $bytes -AutoComplete",
		// The facts are about another call than this one.
		{ code: "Write-Host 'start'\nNew-MigrationBatch -Name W1 -SourceEndpoint Hybrid -CSVData $bytes", settings: fromOtherScript("remote-move-onboarding") },
		// A Google Workspace batch delivering to the routing subdomain.
		`${GMAIL}New-MigrationBatch -Name G1 -SourceEndpoint $gmail.Identity -CSVData $bytes -TargetDeliveryDomain o365.contoso.com`,
		// Mentioned in a string only.
		'Write-Host "New-MigrationBatch -TargetEndpoint Hybrid -CSVData $bytes"',
	],
	invalid: [
		{
			// Onboarding from an endpoint created in the script.
			code: `${HYBRID}New-MigrationBatch -Name W1 -SourceEndpoint $hybrid.Identity -CSVData $bytes`,
			errors: [{ messageId: "targetDeliveryDomainMissing", line: 2, column: 1, endLine: 2, endColumn: 19 }],
		},
		{
			// Offboarding: -TargetEndpoint says so, whatever the endpoint.
			code: "New-MigrationBatch -Name Off1 -TargetEndpoint OnPremises -TargetDatabases MBXDB01 -CSVData $bytes",
			errors: [{ messageId: "targetDeliveryDomainMissing", line: 1, column: 1, endLine: 1, endColumn: 19 }],
		},
		{
			// Cross-tenant.
			code: "New-MigrationEndpoint -ExchangeRemoteMove -Name T2T -RemoteServer outlook.office.com -RemoteTenant fabrikam.onmicrosoft.com -ApplicationId $app -Credentials $cred\nNew-MigrationBatch -Name T1 -SourceEndpoint T2T -CSVData $bytes -AutoStart",
			errors: [{ messageId: "targetDeliveryDomainMissing", line: 2, column: 1, endLine: 2, endColumn: 19 }],
		},
		{
			// The endpoint is created in another script of the project.
			code: "New-MigrationBatch -Name W1 -SourceEndpoint Hybrid -CSVData $bytes",
			settings: fromOtherScript("remote-move-onboarding"),
			errors: [{ messageId: "targetDeliveryDomainMissing", line: 1, column: 1, endLine: 1, endColumn: 19 }],
		},
		{
			code: "New-MigrationBatch -Name W1 -SourceEndpoint Hybrid -CSVData $bytes -TargetDatabases DB1",
			settings: fromOtherScript("imap"),
			errors: [{ messageId: "movesOnly", line: 1, column: 68, endLine: 1, endColumn: 84 }],
		},
		{
			// IMAP: every moves-only parameter, a prefix among them.
			code: `${IMAP}New-MigrationBatch -Name I1 -SourceEndpoint Fabrikam -CSVData $bytes -AutoComplete -ArchiveOnly -PrimaryOnly -TargetDatabases DB1 -TargetArch DB2`,
			errors: [
				{ messageId: "movesOnly", line: 2, column: 70, endLine: 2, endColumn: 83 },
				{ messageId: "movesOnly", line: 2, column: 84, endLine: 2, endColumn: 96 },
				{ messageId: "movesOnly", line: 2, column: 97, endLine: 2, endColumn: 109 },
				{ messageId: "movesOnly", line: 2, column: 110, endLine: 2, endColumn: 126 },
				{ messageId: "movesOnly", line: 2, column: 131, endLine: 2, endColumn: 142 },
			],
		},
		{
			code: `${GMAIL}New-MigrationBatch -Name G1 -SourceEndpoint $gmail.Identity -CSVData $bytes -TargetDeliveryDomain 'Contoso.com'`,
			errors: [{ messageId: "targetDeliveryDomainInGoogle", data: { domain: "contoso.com" }, line: 2, column: 99, endLine: 2, endColumn: 112 }],
		},
		{
			// A cutover batch (an Outlook Anywhere endpoint, no CSV file), splatted.
			code: "$oa = New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name OA -EmailAddress admin@contoso.com -Credentials $cred\n$batch = @{ Name = 'Cutover'; SourceEndpoint = $oa.Identity; AutoComplete = $true }\nNew-MigrationBatch @batch",
			errors: [
				{
					message: "-AutoComplete applies only to local and remote moves, but this is a cutover migration batch; remove it.",
					line: 2,
					column: 62,
					endLine: 2,
					endColumn: 74,
				},
			],
		},
	],
});
