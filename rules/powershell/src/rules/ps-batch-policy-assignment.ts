import { defineRule, formatCount, getProjectFacts, ruleDocsUrl } from "@miglint/core";
import type { PowerShellRuleDefinition } from "@miglint/language-powershell";
import { policyAssignmentsFromCsv } from "../utils/policy-assignments.js";

/** The most users one New-CsBatchPolicyAssignmentOperation takes. */
const MAX_USERS = 5000;

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: "tooManyUsers" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description: "Disallow a batch policy assignment of more than 5,000 users, counted in the project CSV file the script reads them from",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-batch-policy-assignment"),
			constraints: ["CSV-SFB-002"],
		},
		schema: [],
		messages: {
			tooManyUsers: "This batch would take the {{count}} users of {{file}}, but one batch takes at most 5,000; split them into batches of 5,000 or fewer.",
		},
	},

	create(context) {
		const { policyAssignments } = getProjectFacts(context.settings, context.physicalFilename);

		return {
			Program() {
				if (!policyAssignments) {
					return;
				}
				for (const { command, identity } of policyAssignmentsFromCsv(context.sourceCode)) {
					const { line, column } = command.node.loc.start;
					// The facts count the users where the command starts, as the project facts saw it.
					const counted = policyAssignments.find((fact) => fact.line === line && fact.column === column + 1);
					if (counted && counted.users > MAX_USERS) {
						context.report({ node: identity, messageId: "tooManyUsers", data: { count: formatCount(counted.users), file: counted.file } });
					}
				}
			},
		};
	},
};

export default defineRule(rule);
