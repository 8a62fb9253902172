import { defineRule, ruleDocsUrl, withArticle } from "@miglint/core";
import type { SettingsRuleDefinition, KeyNode } from "@miglint/language-settings";

const rule: SettingsRuleDefinition<{ RuleOptions: []; MessageIds: "unknownKey" | "unknownKeySuggestion" | "rename" }> = {
	meta: {
		type: "suggestion",
		hasSuggestions: true,
		languages: ["miglint/settings"],
		docs: {
			description: "Disallow keys that recognised tenant settings do not document, such as misspelt setting names",
			recommended: "warn",
			url: ruleDocsUrl("rules/settings", "config-unknown-key"),
			constraints: [],
		},
		schema: [],
		messages: {
			unknownKey: '"{{name}}" is not a key of {{shape}}, so it is never applied; rename or remove it.',
			unknownKeySuggestion: '"{{name}}" is not a key of {{shape}}; did you mean "{{suggestion}}"?',
			rename: 'Rename the key to "{{suggestion}}".',
		},
	},

	create(context) {
		const { sourceCode } = context;

		/** The key's text between its quotes (all of it when unquoted), which a rename replaces. */
		const nameRange = (key: KeyNode): [number, number] => {
			const [start, end] = key.range;
			const quote = sourceCode.text[start];
			return quote === '"' || quote === "'" ? [start + 1, end - 1] : [start, end];
		};

		return {
			Document() {
				for (const problem of sourceCode.schemaProblems) {
					if (problem.kind !== "unknown-key") continue;
					const { node, name, suggestion } = problem;
					const data = { name, shape: withArticle(problem.shape.title), suggestion: suggestion ?? "" };
					if (!suggestion) {
						context.report({ node, messageId: "unknownKey", data });
						continue;
					}
					context.report({
						node,
						messageId: "unknownKeySuggestion",
						data,
						suggest: [{ messageId: "rename", data, fix: (fixer) => fixer.replaceTextRange(nameRange(node), suggestion) }],
					});
				}
			},
		};
	},
};

export default defineRule(rule);
