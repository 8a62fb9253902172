import { defineRule, domainMatches, getMigrationFacts, ruleDocsUrl, type MigrationFacts } from "@miglint/core";
import { domainEntries, type SettingsRuleDefinition, type DomainEntry } from "@miglint/language-settings";

/** The domains the on-premises users sign in with: `migration.domains.onPremises`, else any domain that is not a cloud domain. */
function onPremisesDomain(domains: MigrationFacts["domains"]): (name: string) => boolean {
	const onPremises = domains?.onPremises;
	if (onPremises) return (name) => domainMatches(name, onPremises);
	const cloud = ["*.onmicrosoft.com", ...(domains?.cloud ?? [])];
	return (name) => !domainMatches(name, cloud);
}

const rule: SettingsRuleDefinition<{ RuleOptions: []; MessageIds: "federatedWithoutSso" | "managedWithSso" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/settings"],
		docs: {
			description: "Require migration.sso in miglint.config to agree with the authentication of the domains a domain export lists",
			recommended: "warn",
			url: ruleDocsUrl("rules/settings", "config-sso-consistency"),
			constraints: ["CSV-STG-006"],
		},
		schema: [],
		messages: {
			federatedWithoutSso: "{{domain}} is Federated in this domain list, but migration.sso is false; set migration.sso: true, or export the domains again.",
			managedWithSso:
				"{{domain}} is Managed and no domain here is Federated, but migration.sso is true; export the domains again, or set migration.sso: false.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const { sso, domains } = getMigrationFacts(context.settings);
		// Without migration.sso the miglint command derives single sign-on from the domain exports: there is nothing to contradict.
		if (sso === undefined) {
			return {};
		}
		const isOnPremises = onPremisesDomain(domains);
		const report = (entries: readonly DomainEntry[], messageId: "federatedWithoutSso" | "managedWithSso") => {
			for (const { name, authenticationNode } of entries) {
				// A domain without its name or authentication is config-schema's business.
				if (name !== undefined && authenticationNode !== undefined) context.report({ node: authenticationNode, messageId, data: { domain: name } });
			}
		};

		return {
			Document() {
				const entries = domainEntries(sourceCode.settings);
				if (!sso) {
					report(
						entries.filter(({ authentication }) => authentication === "Federated"),
						"federatedWithoutSso",
					);
				} else if (!entries.some(({ authentication }) => authentication === "Federated")) {
					report(
						entries.filter(({ name, authentication }) => authentication === "Managed" && name !== undefined && isOnPremises(name)),
						"managedWithSso",
					);
				}
			},
		};
	},
};

export default defineRule(rule);
