import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { SettingsRuleDefinition } from "@miglint/language-settings";

const rule: SettingsRuleDefinition<{ RuleOptions: []; MessageIds: "duplicate" | "caseDuplicate" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/settings"],
		docs: {
			description: "Disallow a key repeated in one object, and in tenant settings keys that differ only in letter case",
			recommended: "error",
			url: ruleDocsUrl("rules/settings", "config-duplicate-key"),
			constraints: [],
		},
		schema: [],
		messages: {
			duplicate: 'Key "{{key}}" is already set on line {{line}} and only the last value counts; keep one of the two.',
			caseDuplicate: 'Key "{{key}}" differs from "{{first}}" on line {{line}} only in letter case, which PowerShell does not tell apart; keep one of the two.',
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document() {
				for (const { key, first, sameCase } of sourceCode.duplicateKeys) {
					// Keys differing in letter case are distinct in JSON; they collide where PowerShell reads them, in tenant settings.
					if (!sameCase && !sourceCode.settings) continue;
					context.report({
						node: key,
						messageId: sameCase ? "duplicate" : "caseDuplicate",
						data: { key: key.value, first: first.value, line: String(first.loc.start.line) },
					});
				}
			},
		};
	},
};

export default defineRule(rule);
