import type { RuleVisitor } from "@eslint/core";
import type { CustomRuleDefinitionType, CustomRuleTypeDefinitions } from "@eslint/plugin-kit";
import type { Node, NodeType } from "@miglint/powershell-parser";
import type { PowerShellLanguageOptions } from "./languages/powershell-language.js";
import type { PowerShellSourceCode } from "./languages/powershell-source-code.js";

type Listener<Type extends NodeType> = (node: Extract<Node, { type: Type }>, parent: Node | null) => void;

type Visitors = { [Type in NodeType]?: Listener<Type> } & { [Type in NodeType as `${Type}:exit`]?: Listener<Type> };

/** What a PowerShell rule can visit: every node type of the parser, on entry and on `:exit`. */
export type PowerShellRuleVisitor = RuleVisitor & Visitors;

/** The type of a rule written for the `miglint/powershell` language. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is @eslint/plugin-kit's own default for "no type options"
export type PowerShellRuleDefinition<Options extends Partial<CustomRuleTypeDefinitions> = {}> = CustomRuleDefinitionType<
	{
		LangOptions: PowerShellLanguageOptions;
		Code: PowerShellSourceCode;
		Visitor: PowerShellRuleVisitor;
		Node: Node;
	},
	Options
>;
