import { defineRule, ruleDocsUrl } from "@miglint/core";
import { dnsRecords, type SettingsRuleDefinition } from "@miglint/language-settings";

const EXCHANGE_ONLINE_AUTODISCOVER = "autodiscover.outlook.com";

/** A host name as DNS compares it: in lower case, without the trailing dot of a fully qualified name. */
const normalise = (name: string) => name.toLowerCase().replace(/\.$/u, "");

/**
 * The organisation's own autodiscover record: `autodiscover` relative to its
 * zone, or `autodiscover.<domain>`. Resolve-DnsName follows the alias, so its
 * export also lists Microsoft's record for autodiscover.outlook.com itself.
 */
function isAutodiscoverName(name: string): boolean {
	const host = normalise(name);
	return host === "autodiscover" || (host.startsWith("autodiscover.") && host !== EXCHANGE_ONLINE_AUTODISCOVER);
}

const rule: SettingsRuleDefinition<{ RuleOptions: []; MessageIds: "wrongTarget" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/settings"],
		docs: {
			description: "Require the autodiscover CNAME record to point to autodiscover.outlook.com",
			recommended: "error",
			url: ruleDocsUrl("rules/settings", "config-autodiscover-cname"),
			constraints: ["CFG-001"],
		},
		schema: [],
		messages: {
			wrongTarget: 'The CNAME record "{{name}}" points to "{{target}}"; point it to autodiscover.outlook.com.',
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document() {
				for (const { type, name, target, targetNode } of dnsRecords(sourceCode.settings)) {
					if (type !== "CNAME" || name === undefined || !isAutodiscoverName(name)) continue;
					// A target of the wrong type is config-schema's business.
					if (target === undefined || targetNode === undefined || normalise(target) === EXCHANGE_ONLINE_AUTODISCOVER) continue;
					context.report({ node: targetNode, messageId: "wrongTarget", data: { name, target } });
				}
			},
		};
	},
};

export default defineRule(rule);
