import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { PowerShellRuleDefinition } from "@miglint/language-powershell";
import { parameterNameNode } from "../utils/cmdlet-usage.js";
import { stringLiteralsOf } from "../utils/command-arguments.js";

type MessageIds = "moveOptionsWithSkipMoving" | "unknownSkipStep";

/** The values New-MigrationBatch documents for -SkipSteps (SkippableMigrationSteps). */
const SKIP_STEPS = ["None", "SettingTargetAddress"];

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/powershell"],
		docs: {
			description: "Refuse -SkipMoving together with -MoveOptions, and -SkipSteps values New-MigrationBatch does not document",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-migration-skip-options"),
			constraints: ["PS-MB-014", "PS-MB-015"],
		},
		schema: [],
		messages: {
			moveOptionsWithSkipMoving: "-SkipMoving is replaced by -MoveOptions and must not be used with it; keep only -MoveOptions, as Microsoft support told you.",
			unknownSkipStep: "-SkipSteps takes None or SettingTargetAddress, not '{{value}}'; write one of them.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Program() {
				for (const command of sourceCode.commands) {
					const isNew = command.is("New-MigrationBatch");
					if (!isNew && !command.is("Set-MigrationBatch")) continue;
					const skipMoving = command.parameter("SkipMoving");
					if (skipMoving && command.parameter("MoveOptions")) {
						context.report({ node: parameterNameNode(skipMoving), messageId: "moveOptionsWithSkipMoving" });
					}
					if (!isNew) continue;
					for (const { literal, value } of stringLiteralsOf(sourceCode, command.parameter("SkipSteps")?.value ?? null)) {
						// An enum value may be a comma-separated list of names, in any case.
						const unknown = value
							.split(",")
							.map((step) => step.trim())
							.find((step) => !SKIP_STEPS.some((known) => known.toLowerCase() === step.toLowerCase()));
						if (unknown !== undefined) context.report({ node: literal, messageId: "unknownSkipStep", data: { value: unknown } });
					}
				}
			},
		};
	},
};

export default defineRule(rule);
