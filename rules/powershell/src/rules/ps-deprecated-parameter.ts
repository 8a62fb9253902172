import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { BoundParameter, PowerShellRuleDefinition } from "@miglint/language-powershell";
import { switchState } from "../utils/cmdlet-usage.js";
import { removeParameterSuggestions } from "../utils/command-arguments.js";

type MessageIds = "useRpsSession" | "psSessionOption" | "skipLoadingCmdletHelp" | "removeParameter";

/** A switch that is given and not turned off with `:$false`. */
const isOn = (parameter: BoundParameter | undefined): parameter is BoundParameter => parameter !== undefined && switchState(parameter) !== false;

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "suggestion",
		hasSuggestions: true,
		languages: ["miglint/powershell"],
		docs: {
			description: "Warn about Connect-ExchangeOnline parameters that are deprecated or no longer do anything",
			recommended: "warn",
			url: ruleDocsUrl("rules/powershell", "ps-deprecated-parameter"),
			constraints: ["PS-DEP-006"],
		},
		schema: [],
		messages: {
			useRpsSession: "-UseRPSSession is deprecated since ExchangeOnlineManagement 3.9.2; remove it, as Connect-ExchangeOnline uses REST by default.",
			psSessionOption:
				"-PSSessionOption only applies to remote PowerShell connections (-UseRPSSession), which are deprecated; a REST connection ignores it. Remove it.",
			skipLoadingCmdletHelp:
				"-SkipLoadingCmdletHelp does nothing since ExchangeOnlineManagement 3.7.0, which no longer downloads cmdlet help unless -LoadCmdletHelp asks for it. Remove it.",
			removeParameter: "Remove -{{parameter}}.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		return {
			Program() {
				for (const command of sourceCode.commands) {
					if (!command.is("Connect-ExchangeOnline")) continue;
					const report = (parameter: BoundParameter, messageId: MessageIds) => {
						context.report({ node: parameter.node, messageId, suggest: removeParameterSuggestions(command, parameter, "removeParameter") });
					};
					const rps = command.parameter("UseRPSSession");
					if (isOn(rps)) report(rps, "useRpsSession");
					// With -UseRPSSession reported, -PSSessionOption goes with it: one report is enough.
					const option = command.parameter("PSSessionOption");
					if (option && !isOn(rps)) report(option, "psSessionOption");
					const help = command.parameter("SkipLoadingCmdletHelp");
					if (isOn(help)) report(help, "skipLoadingCmdletHelp");
				}
			},
		};
	},
};

export default defineRule(rule);
