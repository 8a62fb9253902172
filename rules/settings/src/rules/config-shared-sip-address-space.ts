import { defineRule, getMigrationFacts, ruleDocsUrl } from "@miglint/core";
import { tenantFederationEntries, type SettingsRuleDefinition } from "@miglint/language-settings";
import { setBooleanSuggestions } from "../utils/set-boolean.js";

const rule: SettingsRuleDefinition<{ RuleOptions: []; MessageIds: "notFinal" | "setTrue" }> = {
	meta: {
		type: "problem",
		hasSuggestions: true,
		languages: ["miglint/settings"],
		docs: {
			description: "Require SharedSipAddressSpace to be true in tenant federation settings until the move to online is final",
			recommended: "error",
			url: ruleDocsUrl("rules/settings", "config-shared-sip-address-space"),
			constraints: ["HYB-001"],
		},
		schema: [],
		messages: {
			notFinal: "{{key}} is false, but migration.skypeHybrid.final is not true; keep it true until every user has moved online and the move is final.",
			setTrue: "Set {{key}} to {{value}}.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		if (getMigrationFacts(context.settings).skypeHybrid?.final === true) {
			return {};
		}

		return {
			Document() {
				for (const { sharedSipAddressSpace: setting } of tenantFederationEntries(sourceCode.settings)) {
					// A missing key or a value of the wrong type (config-schema's business) says nothing here.
					if (setting?.value !== false) continue;
					context.report({
						node: setting.node,
						messageId: "notFinal",
						data: { key: setting.key.value },
						suggest: setBooleanSuggestions(setting, true, "setTrue"),
					});
				}
			},
		};
	},
};

export default defineRule(rule);
