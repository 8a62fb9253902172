import { defineRule, getMigrationFacts, ruleDocsUrl } from "@miglint/core";
import { expressionOf, type BoundParameter, type PowerShellCommand, type PowerShellRuleDefinition } from "@miglint/language-powershell";
import type { Node } from "@miglint/powershell-parser";
import { constantString, parameterNameNode, shortText, unwrap } from "../utils/cmdlet-usage.js";
import { stringLiteralOf } from "../utils/command-arguments.js";

type MessageIds =
	| "hostingProviderValue"
	| "accessEdgeValue"
	| "accessEdgeRouting"
	| "allowedDomainsStrings"
	| "identityWithoutTenant"
	| "moveTargetNotFqdn"
	| "moveTargetOnlineHost"
	| "migrationUrlFormat"
	| "globalTeamsOnly";

/** The hosting provider's ProxyFqdn for Skype for Business Online / Teams in the worldwide cloud. */
const ONLINE_PROXY_FQDN = "sipfed.online.lync.com";

/** The values the documented New-CsHostingProvider for Microsoft 365 sets, besides ProxyFqdn. */
const HOSTING_PROVIDER_VALUES: readonly { parameter: string; expected: boolean | string; written: string }[] = [
	{ parameter: "Enabled", expected: true, written: "$true" },
	{ parameter: "EnabledSharedAddressSpace", expected: true, written: "$true" },
	{ parameter: "HostsOCSUsers", expected: true, written: "$true" },
	{ parameter: "IsLocal", expected: false, written: "$false" },
	{ parameter: "VerificationLevel", expected: "UseSourceVerification", written: "UseSourceVerification" },
	{
		parameter: "AutodiscoverUrl",
		expected: "https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root",
		written: "https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root",
	},
];

/** The Access Edge settings the documented hybrid setup turns on. */
const ACCESS_EDGE_SETTINGS = ["AllowOutsideUsers", "AllowFederatedUsers", "EnablePartnerDiscovery"];

const FQDN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}\.?$/iu;
const ONLINE_LYNC_HOST = /\.online\.lync\.com\.?$/iu;
const HOSTED_MIGRATION_URL = /^https:\/\/admin[0-9a-z]{2,3}\.online\.lync\.com\/HostedMigration\/hostedmigrationService\.svc$/iu;

/** A [bool] parameter's constant: PowerShell binds $true/$false and numbers; anything else is not known here. */
function booleanOf(parameter: BoundParameter | undefined): boolean | null {
	const value = parameter?.constant?.value;
	if (typeof value === "boolean") return value;
	if (typeof value === "number") return value !== 0;
	return null;
}

/** The parameter with its value, for a location that covers both. */
function reportNode(parameter: BoundParameter): Node {
	return parameter.value ?? parameterNameNode(parameter);
}

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description:
				"Require the documented Skype for Business hybrid settings: hosting provider, Access Edge, federation allow list, Move-CsUser targets and TeamsOnly grants",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-skype-hybrid"),
			constraints: ["HYB-005", "HYB-006", "HYB-008", "HYB-009", "HYB-011", "HYB-013", "HYB-016"],
		},
		schema: [],
		messages: {
			hostingProviderValue: "The hosting provider for Microsoft 365 (ProxyFqdn sipfed.online.lync.com) is documented with -{{parameter}} {{expected}}; set it.",
			accessEdgeValue:
				"A Skype for Business hybrid needs -{{parameter}} $true on the Access Edge, or online users cannot reach on-premises ones; set it to $true.",
			accessEdgeRouting: "A Skype for Business hybrid routes federation through DNS SRV records; use -UseDnsSrvRouting instead of -UseDefaultRouting.",
			allowedDomainsStrings:
				"-AllowedDomains takes an allow-list object, not strings; build it with New-CsEdgeAllowList -AllowedDomain (New-CsEdgeDomainPattern ...).",
			identityWithoutTenant: "-Identity needs -Tenant as well; leave -Identity out, as the tenant has only one federation configuration.",
			moveTargetNotFqdn: "Move-CsUser -Target is the hosting provider's ProxyFqdn (moving online) or a pool FQDN (moving back), not {{value}}.",
			moveTargetOnlineHost: "{{value}} is not the hosting provider's ProxyFqdn; to move users online, -Target is {{proxyFqdn}}.",
			migrationUrlFormat:
				"-HostedMigrationOverrideUrl has the form https://adminXX.online.lync.com/HostedMigration/hostedmigrationService.svc, unlike {{value}}.",
			globalTeamsOnly:
				"TeamsOnly cannot be granted tenant-wide while Skype for Business Server is in hybrid; move users with Move-CsUser and grant it per user.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const skypeHybrid = getMigrationFacts(context.settings).skypeHybrid;

		/** The ProxyFqdn of each hosting provider the script creates. */
		const proxyFqdns = sourceCode.commandsNamed("New-CsHostingProvider").flatMap((command) => {
			const fqdn = constantString(command.parameter("ProxyFqdn"));
			return fqdn ? [fqdn.toLowerCase()] : [];
		});
		/**
		 * Hybrid is in place and not being dismantled: the configuration says so
		 * (migration.skypeHybrid without final: true), or the script itself sets
		 * up the Microsoft 365 hosting provider.
		 */
		const hybridActive = skypeHybrid !== undefined ? skypeHybrid.final !== true : proxyFqdns.includes(ONLINE_PROXY_FQDN);

		const checkHostingProvider = (command: PowerShellCommand) => {
			if (constantString(command.parameter("ProxyFqdn"))?.toLowerCase() !== ONLINE_PROXY_FQDN) return;
			// Once the move is final, Set-CsHostingProvider dismantles the provider; -Enabled $false is its documented last step.
			const setting = command.is("Set-CsHostingProvider");
			if (setting && skypeHybrid?.final === true) return;
			for (const { parameter, expected, written } of HOSTING_PROVIDER_VALUES) {
				if (setting && parameter === "Enabled") continue;
				const bound = command.parameter(parameter);
				if (!bound) continue;
				const actual = typeof expected === "boolean" ? booleanOf(bound) : constantString(bound);
				const differs =
					typeof expected === "boolean"
						? actual !== null && actual !== expected
						: actual !== null && (actual as string).toLowerCase() !== expected.toLowerCase();
				if (differs) context.report({ node: reportNode(bound), messageId: "hostingProviderValue", data: { parameter, expected: written } });
			}
		};

		const checkAccessEdge = (command: PowerShellCommand) => {
			if (!hybridActive) return;
			for (const parameter of ACCESS_EDGE_SETTINGS) {
				const bound = command.parameter(parameter);
				if (bound && booleanOf(bound) === false) context.report({ node: reportNode(bound), messageId: "accessEdgeValue", data: { parameter } });
			}
			const defaultRouting = command.parameter("UseDefaultRouting");
			if (defaultRouting && booleanOf(defaultRouting) !== false) context.report({ node: parameterNameNode(defaultRouting), messageId: "accessEdgeRouting" });
		};

		const checkFederation = (command: PowerShellCommand) => {
			const allowed = command.parameter("AllowedDomains");
			// `'a'`, `'a', 'b'`, `@('a', 'b')`, `"$domain"`, or a variable assigned a string.
			const value = expressionOf(unwrap(allowed?.value ?? null));
			if (allowed && value) {
				const elements = value.type === "ArrayLiteral" ? value.elements : [value];
				const strings = elements.every((element) => element.type === "ExpandableString" || stringLiteralOf(sourceCode, element) !== null);
				if (strings) context.report({ node: reportNode(allowed), messageId: "allowedDomainsStrings" });
			}
			const identity = command.parameter("Identity");
			const unknownSplat = command.splats.some((splat) => splat.hashtable === null);
			if (identity && !command.parameter("Tenant") && !unknownSplat) context.report({ node: parameterNameNode(identity), messageId: "identityWithoutTenant" });
		};

		const checkMove = (command: PowerShellCommand) => {
			const target = command.parameter("Target");
			const value = constantString(target);
			if (target?.value && value !== null) {
				const host = value.trim();
				if (!FQDN.test(host)) {
					context.report({ node: target.value, messageId: "moveTargetNotFqdn", data: { value: shortText(sourceCode, target.value, 40) } });
				} else if (ONLINE_LYNC_HOST.test(host)) {
					const proxyFqdn = proxyFqdns.find((fqdn) => ONLINE_LYNC_HOST.test(fqdn)) ?? ONLINE_PROXY_FQDN;
					if (host.toLowerCase().replace(/\.$/u, "") !== proxyFqdn) {
						context.report({ node: target.value, messageId: "moveTargetOnlineHost", data: { value: host, proxyFqdn } });
					}
				}
			}
			const url = command.parameter("HostedMigrationOverrideUrl");
			const urlValue = constantString(url);
			if (url?.value && urlValue !== null && /online\.lync\.com/iu.test(urlValue) && !HOSTED_MIGRATION_URL.test(urlValue.trim())) {
				context.report({ node: url.value, messageId: "migrationUrlFormat", data: { value: shortText(sourceCode, url.value, 40) } });
			}
		};

		const checkUpgradePolicy = (command: PowerShellCommand) => {
			if (!hybridActive) return;
			const policy = constantString(command.parameter("PolicyName"));
			const global = command.parameter("Global");
			if (policy?.toLowerCase() === "upgradetoteams" && global && booleanOf(global) !== false) {
				context.report({ node: parameterNameNode(global), messageId: "globalTeamsOnly" });
			}
		};

		return {
			Program() {
				for (const command of sourceCode.commands) {
					if (command.is("New-CsHostingProvider") || command.is("Set-CsHostingProvider")) checkHostingProvider(command);
					else if (command.is("Set-CsAccessEdgeConfiguration")) checkAccessEdge(command);
					else if (command.is("Set-CsTenantFederationConfiguration")) checkFederation(command);
					else if (command.is("Move-CsUser")) checkMove(command);
					else if (command.is("Grant-CsTeamsUpgradePolicy")) checkUpgradePolicy(command);
				}
			},
		};
	},
};

export default defineRule(rule);
