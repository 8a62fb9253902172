import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { PowerShellRuleDefinition } from "@miglint/language-powershell";
import { isTrue, parameterNameNode } from "../utils/cmdlet-usage.js";

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: "usersLeftBehind" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description: "Require a script that removes a migration batch with -Force to remove the batch's migration users too",
			recommended: "warn",
			url: ruleDocsUrl("rules/powershell", "ps-migration-batch-removal"),
			constraints: ["PS-MB-018"],
		},
		schema: [],
		messages: {
			usersLeftBehind: "Remove-MigrationBatch -Force leaves the batch's user requests and subscriptions behind; remove them with Remove-MigrationUser -Force.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Program() {
				// Anywhere in the script: a cleanup function may be defined before the call that uses it.
				if (sourceCode.commandsNamed("Remove-MigrationUser").length > 0) return;
				for (const command of sourceCode.commandsNamed("Remove-MigrationBatch")) {
					const force = command.parameter("Force");
					if (force && isTrue(force)) context.report({ node: parameterNameNode(force), messageId: "usersLeftBehind" });
				}
			},
		};
	},
};

export default defineRule(rule);
