import { defineRule, ruleDocsUrl } from "@miglint/core";
import { migrationEndpoints, type SettingsRuleDefinition } from "@miglint/language-settings";
import { setBooleanSuggestions } from "../utils/set-boolean.js";

const rule: SettingsRuleDefinition<{ RuleOptions: []; MessageIds: "acceptUntrusted" | "setFalse" }> = {
	meta: {
		type: "problem",
		hasSuggestions: true,
		languages: ["miglint/settings"],
		docs: {
			description: "Disallow migration endpoint settings that accept untrusted or self-signed certificates",
			recommended: "warn",
			url: ruleDocsUrl("rules/settings", "config-untrusted-certificate"),
			constraints: ["PS-EP-003", "CFG-003"],
		},
		schema: [],
		messages: {
			acceptUntrusted: "{{key}} is true, so the endpoint accepts an untrusted certificate; install a certificate from a trusted authority and set it to false.",
			setFalse: "Set {{key}} to {{value}}.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document() {
				for (const { acceptUntrustedCertificates: setting } of migrationEndpoints(sourceCode.settings)) {
					if (setting?.value !== true) continue;
					context.report({
						node: setting.node,
						messageId: "acceptUntrusted",
						data: { key: setting.key.value },
						suggest: setBooleanSuggestions(setting, false, "setFalse"),
					});
				}
			},
		};
	},
};

export default defineRule(rule);
