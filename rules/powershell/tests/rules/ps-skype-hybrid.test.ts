import rule from "../../src/rules/ps-skype-hybrid.js";
import { createRuleTester } from "../rule-tester.js";

const hybrid = { miglint: { migration: { skypeHybrid: { final: false } } } };
const final = { miglint: { migration: { skypeHybrid: { final: true } } } };

const DOCUMENTED_PROVIDER =
	'New-CsHostingProvider -Identity Office365 -ProxyFqdn "sipfed.online.lync.com" -Enabled $true -EnabledSharedAddressSpace $true -HostsOCSUsers $true -VerificationLevel UseSourceVerification -IsLocal $false -AutodiscoverUrl https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root\n';
const DOCUMENTED_EDGE = "Set-CsAccessEdgeConfiguration -AllowOutsideUsers $True -AllowFederatedUsers $True -EnablePartnerDiscovery $True -UseDnsSrvRouting\n";

createRuleTester().run("ps-skype-hybrid", rule, {
	valid: [
		// The documented setup.
		{
			code: `Get-CsHostingProvider | Where-Object ProxyFqdn -eq 'sipfed.online.lync.com' | Remove-CsHostingProvider\n${DOCUMENTED_PROVIDER}${DOCUMENTED_EDGE}`,
			settings: hybrid,
		},
		// A hosting provider for another partner or cloud is not compared with the Microsoft 365 values.
		"New-CsHostingProvider -Identity Partner -ProxyFqdn sip.partner.example -Enabled $true -EnabledSharedAddressSpace $false -HostsOCSUsers $false -VerificationLevel AlwaysVerifiable -IsLocal $false\n",
		// Disabling the provider: -Enabled $false is the documented step, and once the move is final nothing is compared.
		"Set-CsHostingProvider -Identity Office365 -ProxyFqdn sipfed.online.lync.com -Enabled $false\n",
		{ code: "Set-CsHostingProvider -Identity Office365 -ProxyFqdn sipfed.online.lync.com -EnabledSharedAddressSpace $false\n", settings: final },
		// Values the rule cannot know.
		"New-CsHostingProvider -Identity Office365 -ProxyFqdn sipfed.online.lync.com -Enabled $enabled -VerificationLevel $level\n",
		// Access Edge settings outside a hybrid (nothing says there is one), and while hybrid is dismantled.
		"Set-CsAccessEdgeConfiguration -AllowFederatedUsers $false -UseDefaultRouting -DefaultRouteFqdn edge.contoso.com\n",
		{ code: "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $false\n", settings: final },
		// The allow list as an object, from a variable or a command.
		"$allowed = New-CsEdgeAllowList -AllowedDomain (New-CsEdgeDomainPattern -Domain fabrikam.com)\nSet-CsTenantFederationConfiguration -AllowedDomains $allowed\n",
		"Set-CsTenantFederationConfiguration -AllowedDomains (New-CsEdgeAllowAllKnownDomains)\n",
		"Set-CsTenantFederationConfiguration -AllowedDomainsAsAList @('fabrikam.com', 'northwind.com')\n",
		// -Identity with -Tenant; no -Identity.
		"Set-CsTenantFederationConfiguration -Identity Global -Tenant $tenantId -AllowFederatedUsers $true\nSet-CsTenantFederationConfiguration -AllowFederatedUsers $true\n",
		// Move-CsUser to the cloud and back to a pool.
		"Move-CsUser -Identity adele@contoso.com -Target sipfed.online.lync.com\nMove-CsUser -Identity adele@contoso.com -Target pool01.contoso.com\nMove-CsUser -UserList users.txt -Target 'SIPFED.online.lync.com'\n",
		// The script's own hosting provider for another cloud.
		"New-CsHostingProvider -Identity Office365 -ProxyFqdn sipfed.online.gov.skypeforbusiness.us -Enabled $true\nMove-CsUser -Identity adele@contoso.com -Target sipfed.online.gov.skypeforbusiness.us\n",
		"Move-CsUser -Identity adele@contoso.com -Target $target -HostedMigrationOverrideUrl $url\n",
		"Move-CsUser -Identity adele@contoso.com -Target sipfed.online.lync.com -HostedMigrationOverrideUrl https://admin0a.online.lync.com/HostedMigration/hostedmigrationService.svc\n",
		// TeamsOnly per user, tenant-wide after the move, and without hybrid facts.
		{ code: "Grant-CsTeamsUpgradePolicy -Identity adele@contoso.com -PolicyName UpgradeToTeams\n", settings: hybrid },
		{ code: "Grant-CsTeamsUpgradePolicy -PolicyName UpgradeToTeams -Global\n", settings: final },
		"Grant-CsTeamsUpgradePolicy -PolicyName UpgradeToTeams -Global\n",
		{ code: "Grant-CsTeamsUpgradePolicy -PolicyName SfBWithTeamsCollab -Global\n", settings: hybrid },
	],
	invalid: [
		{
			code: "New-CsHostingProvider -Identity Office365 -ProxyFqdn sipfed.online.lync.com -Enabled $true -EnabledSharedAddressSpace $false -HostsOCSUsers $true -VerificationLevel AlwaysVerifiable -IsLocal 1\n",
			errors: [
				{ messageId: "hostingProviderValue", data: { parameter: "EnabledSharedAddressSpace", expected: "$true" }, line: 1, column: 119, endColumn: 125 },
				{
					messageId: "hostingProviderValue",
					data: { parameter: "VerificationLevel", expected: "UseSourceVerification" },
					line: 1,
					column: 166,
					endColumn: 182,
				},
				{ messageId: "hostingProviderValue", data: { parameter: "IsLocal", expected: "$false" }, line: 1, column: 192, endColumn: 193 },
			],
		},
		{
			// Set-CsHostingProvider on the same provider; a wrong autodiscover URL.
			code: "Set-CsHostingProvider -Identity Office365 -ProxyFqdn sipfed.online.lync.com -AutodiscoverUrl https://webdir.online.lync.com/Autodiscover\n",
			errors: [
				{
					messageId: "hostingProviderValue",
					data: { parameter: "AutodiscoverUrl", expected: "https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root" },
					line: 1,
					column: 94,
					endColumn: 137,
				},
			],
		},
		{
			code: "Set-CsAccessEdgeConfiguration -AllowOutsideUsers $false -AllowFederatedUsers $true -EnablePartnerDiscovery 0 -UseDefaultRouting -DefaultRouteFqdn edge.contoso.com\n",
			settings: hybrid,
			errors: [
				{ messageId: "accessEdgeValue", data: { parameter: "AllowOutsideUsers" }, line: 1, column: 50, endColumn: 56 },
				{ messageId: "accessEdgeValue", data: { parameter: "EnablePartnerDiscovery" }, line: 1, column: 108, endColumn: 109 },
				{ messageId: "accessEdgeRouting", line: 1, column: 110, endColumn: 128 },
			],
		},
		{
			// Without hybrid facts, the script's own Microsoft 365 hosting provider says hybrid is being set up.
			code: `${DOCUMENTED_PROVIDER}Set-CsAccessEdgeConfiguration -AllowFederatedUsers $false\n`,
			errors: [{ messageId: "accessEdgeValue", data: { parameter: "AllowFederatedUsers" }, line: 2, column: 52, endColumn: 58 }],
		},
		{
			code: "Set-CsTenantFederationConfiguration -AllowedDomains 'fabrikam.com'\n$domains = 'fabrikam.com'\nSet-CsTenantFederationConfiguration -AllowedDomains $domains\nSet-CsTenantFederationConfiguration -AllowedDomains \"fabrikam.com\", 'northwind.com'\n",
			errors: [
				{ messageId: "allowedDomainsStrings", line: 1, column: 53, endColumn: 67 },
				{ messageId: "allowedDomainsStrings", line: 3, column: 53, endColumn: 61 },
				{ messageId: "allowedDomainsStrings", line: 4, column: 53, endColumn: 84 },
			],
		},
		{
			// An array expression of strings.
			code: "Set-CsTenantFederationConfiguration -AllowedDomains @('fabrikam.com', \"northwind.$suffix\")\n",
			errors: [{ messageId: "allowedDomainsStrings", line: 1, column: 53, endColumn: 91 }],
		},
		{
			// Positional -Identity.
			code: "Set-CsTenantFederationConfiguration Global -AllowFederatedUsers $true\n",
			errors: [{ messageId: "identityWithoutTenant", line: 1, column: 37, endColumn: 43 }],
		},
		{
			code: "Move-CsUser -Identity adele@contoso.com -Target Office365\nMove-CsUser -Identity adele@contoso.com -Target 'https://pool01.contoso.com'\n",
			errors: [
				{ messageId: "moveTargetNotFqdn", data: { value: "Office365" }, line: 1, column: 49, endColumn: 58 },
				{ messageId: "moveTargetNotFqdn", data: { value: "'https://pool01.contoso.com'" }, line: 2, column: 49, endColumn: 77 },
			],
		},
		{
			code: "Move-CsUser -Identity adele@contoso.com -Target webdir.online.lync.com\n",
			errors: [
				{
					messageId: "moveTargetOnlineHost",
					data: { value: "webdir.online.lync.com", proxyFqdn: "sipfed.online.lync.com" },
					line: 1,
					column: 49,
					endColumn: 71,
				},
			],
		},
		{
			code: "Move-CsUser -Identity adele@contoso.com -Target sipfed.online.lync.com -HostedMigrationOverrideUrl https://admin0a.online.lync.com/HostedMigration\n",
			errors: [{ messageId: "migrationUrlFormat", line: 1, column: 100, endColumn: 147 }],
		},
		{
			code: "Grant-CsTeamsUpgradePolicy -PolicyName UpgradeToTeams -Global\n",
			settings: hybrid,
			errors: [{ messageId: "globalTeamsOnly", line: 1, column: 55, endColumn: 62 }],
		},
	],
});
