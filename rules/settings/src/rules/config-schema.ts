import { defineRule, ruleDocsUrl, withArticle } from "@miglint/core";
import type { SettingsRuleDefinition } from "@miglint/language-settings";

const rule: SettingsRuleDefinition<{ RuleOptions: []; MessageIds: "invalidValue" | "missingKey" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/settings"],
		docs: {
			description: "Require the values of recognised tenant settings to have their documented types and values, and their required keys",
			recommended: "error",
			url: ruleDocsUrl("rules/settings", "config-schema"),
			constraints: [],
		},
		schema: [],
		messages: {
			invalidValue: "{{path}} must be {{expected}} in {{shape}}, not {{found}}.",
			missingKey: '"{{name}}" is required in {{shape}}, and this one has none; add it.',
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document() {
				for (const problem of sourceCode.schemaProblems) {
					if (problem.kind === "invalid-value") {
						const { node, path, expected, found } = problem;
						context.report({ node, messageId: "invalidValue", data: { path, expected, found, shape: withArticle(problem.shape.title) } });
					} else if (problem.kind === "missing-key") {
						context.report({ node: problem.node, messageId: "missingKey", data: { name: problem.name, shape: withArticle(problem.shape.title) } });
					}
				}
			},
		};
	},
};

export default defineRule(rule);
