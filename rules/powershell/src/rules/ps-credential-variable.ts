import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { PowerShellCommand, PowerShellRuleDefinition } from "@miglint/language-powershell";
import type { Node } from "@miglint/powershell-parser";

type MessageIds = "discarded" | "storeInVariable";

/** How a `Get-Credential` result is thrown away, or null when it is kept. */
type Discard = "statement" | "Out-Null" | "[void]" | "$null" | "redirection";

const rule: PowerShellRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		hasSuggestions: true,
		languages: ["miglint/powershell"],
		docs: {
			description: "Require the result of Get-Credential to be stored in a variable or passed straight to a -Credential parameter",
			recommended: "warn",
			url: ruleDocsUrl("rules/powershell", "ps-credential-variable"),
			constraints: ["PS-CR-001"],
		},
		schema: [],
		messages: {
			discarded: "The credential from Get-Credential is thrown away ({{how}}); store it in a variable and pass that to -Credential.",
			storeInVariable: "Store the credential in ${{name}}.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		/** Whether `node` sits inside a `return` (a function or script handing the credential back). */
		function isReturned(node: Node): boolean {
			for (let current = sourceCode.getParent(node); current; current = sourceCode.getParent(current)) {
				if (current.type === "ReturnStatement") return true;
				if (current.type === "ScriptBlock" || current.type === "Program") return false;
			}
			return false;
		}

		function discardOf(command: PowerShellCommand): Discard | null {
			const { output } = command;
			switch (output.kind) {
				case "output":
					// In a function or script block the output is the block's result; only the script's own top level throws it away.
					if (command.scope.type !== "Program" || isReturned(command.node)) return null;
					if (command.node.redirections.some((redirection) => redirection.type === "FileRedirection" && redirection.stream !== "2")) {
						return "redirection";
					}
					return command.pipeline.elements.length === 1 ? "statement" : null;
				case "pipeline": {
					const next = output.to.type === "Command" ? sourceCode.commandOf(output.to) : undefined;
					return next?.is("Out-Null") ? "Out-Null" : null;
				}
				case "assignment":
					return output.variable?.name.toLowerCase() === "null" ? "$null" : null;
				case "value":
					return output.parent.type === "ConvertExpression" && output.parent.typeName.toLowerCase() === "void" ? "[void]" : null;
			}
		}

		const HOW: Record<Discard, string> = {
			statement: "a statement of its own",
			"Out-Null": "piped to Out-Null",
			"[void]": "cast to [void]",
			$null: "assigned to $null",
			redirection: "redirected",
		};

		return {
			"Program:exit"() {
				// A name the script does not use yet, so the suggestion cannot overwrite a variable.
				const name = ["Credential", "AdminCredential", "MigrationCredential"].find(
					(candidate) => !new RegExp(`\\$(?:\\w+:)?${candidate}\\b`, "iu").test(sourceCode.text),
				);
				for (const command of sourceCode.commandsNamed("Get-Credential")) {
					const discard = discardOf(command);
					if (discard === null) continue;
					const statement = command.pipeline;
					context.report({
						node: command.node.name,
						messageId: "discarded",
						data: { how: HOW[discard] },
						// Only the plain statement: the other forms could be a deliberate test of the prompt.
						suggest:
							discard === "statement" && name !== undefined
								? [{ messageId: "storeInVariable", data: { name }, fix: (fixer) => fixer.insertTextBeforeRange(statement.range, `$${name} = `) }]
								: [],
					});
				}
			},
		};
	},
};

export default defineRule(rule);
