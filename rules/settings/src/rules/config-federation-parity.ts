import { defineRule, getProjectFacts, ruleDocsUrl, type FederationSideFacts } from "@miglint/core";
import {
	accessEdgeEntries,
	onPremisesFederationDomains,
	tenantFederationEntries,
	type FederationDomain,
	type Setting,
	type SettingsRuleDefinition,
} from "@miglint/language-settings";

type MessageId =
	| "federationOff"
	| "discoveryWithClosedFederation"
	| "noDiscoveryWithOpenFederation"
	| "openFederationWithoutDiscovery"
	| "closedFederationWithDiscovery"
	| "domainOnlyHere";

/** A file of the other side to name in messages: the one that tells whether it allows federated users, else any of its exports. */
function otherFile(side: FederationSideFacts): string | undefined {
	return (side.allowFederatedUsers ?? side.partnerDiscovery ?? side.blockedDomains ?? side.allowedDomains)?.file;
}

const rule: SettingsRuleDefinition<{ RuleOptions: []; MessageIds: MessageId }> = {
	meta: {
		type: "problem",
		languages: ["miglint/settings"],
		docs: {
			description: "Require the on-premises and online federation settings of a Skype for Business hybrid deployment to match, when the project holds both",
			recommended: "error",
			url: ruleDocsUrl("rules/settings", "config-federation-parity"),
			constraints: ["HYB-007"],
		},
		schema: [],
		messages: {
			federationOff: "{{key}} is false, but hybrid needs federation on in both environments ({{other}} is the other); set it to true.",
			discoveryWithClosedFederation: "Partner discovery is on, but {{other}} has closed federation; turn it off, or allow all known domains online.",
			noDiscoveryWithOpenFederation: "Partner discovery is off, but {{other}} has open federation; turn it on, or use a matching allow list online.",
			openFederationWithoutDiscovery: "Federation is open, but partner discovery is off in {{other}}; use a matching allow list, or turn discovery on there.",
			closedFederationWithDiscovery: "Federation is closed, but partner discovery is on in {{other}}; allow all known domains, or turn discovery off there.",
			domainOnlyHere: "{{domain}} is {{list}} here, not in {{other}}; both {{list}} lists must match: add it there or remove it here.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const federation = getProjectFacts(context.settings, context.physicalFilename).federation;
		// Without the settings of both sides in the project there is nothing to compare.
		if (!federation) {
			return {};
		}

		const reportOff = (setting: Setting<boolean> | undefined, other: FederationSideFacts) => {
			const file = otherFile(other);
			if (setting?.value === false && file) context.report({ node: setting.node, messageId: "federationOff", data: { key: setting.key.value, other: file } });
		};
		/** Each domain of this side's list that the other side's list lacks; silent when either list is not known. */
		const reportDomainsOnlyHere = (domains: readonly FederationDomain[] | undefined, other: FederationSideFacts["blockedDomains"], list: string) => {
			if (!domains || !other) return;
			const otherDomains = new Set(other.value);
			for (const { name, node } of domains) {
				if (!otherDomains.has(name)) context.report({ node, messageId: "domainOnlyHere", data: { domain: name, list, other: other.file } });
			}
		};

		return {
			Document() {
				const { settings } = sourceCode;
				const { onPremises, online } = federation;
				for (const entry of tenantFederationEntries(settings)) {
					reportOff(entry.allowFederatedUsers, onPremises);
					const open = entry.openFederation;
					const discovery = onPremises.partnerDiscovery;
					if (open?.value !== undefined && discovery && open.value !== discovery.value) {
						const messageId = open.value ? "openFederationWithoutDiscovery" : "closedFederationWithDiscovery";
						context.report({ node: open.node, messageId, data: { other: discovery.file } });
					}
					reportDomainsOnlyHere(entry.blockedDomains, onPremises.blockedDomains, "blocked");
					// The allowed lists are compared when federation online is closed: open federation has no allow list.
					reportDomainsOnlyHere(entry.allowedDomains, onPremises.allowedDomains, "allowed");
				}
				for (const entry of accessEdgeEntries(settings)) {
					reportOff(entry.allowFederatedUsers, online);
					const discovery = entry.enablePartnerDiscovery;
					const open = online.partnerDiscovery;
					if (discovery?.value !== undefined && open && discovery.value !== open.value) {
						const messageId = discovery.value ? "discoveryWithClosedFederation" : "noDiscoveryWithOpenFederation";
						context.report({ node: discovery.node, messageId, data: { other: open.file } });
					}
				}
				reportDomainsOnlyHere(onPremisesFederationDomains(settings, "blocked-federation-domains"), online.blockedDomains, "blocked");
				if (online.partnerDiscovery?.value === false) {
					reportDomainsOnlyHere(onPremisesFederationDomains(settings, "allowed-federation-domains"), online.allowedDomains, "allowed");
				}
			},
		};
	},
};

export default defineRule(rule);
