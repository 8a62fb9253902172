import type { RuleVisitor } from "@eslint/core";
import type { CustomRuleDefinitionType, CustomRuleTypeDefinitions } from "@eslint/plugin-kit";
import type {
	AliasNode,
	ArrayNode,
	BooleanNode,
	SettingsNode,
	DocumentNode,
	KeyNode,
	MemberNode,
	NullNode,
	NumberNode,
	ObjectNode,
	StringNode,
} from "./ast.js";
import type { SettingsLanguageOptions } from "./languages/settings-language.js";
import type { SettingsSourceCode } from "./languages/settings-source-code.js";

/** A value's parent: the document (or a later YAML document), a member, or a list. */
type ValueParent = DocumentNode | MemberNode | ArrayNode;

interface SettingsNodeTypes {
	Document: [DocumentNode, null];
	Object: [ObjectNode, ValueParent];
	Member: [MemberNode, ObjectNode];
	Key: [KeyNode, MemberNode];
	Array: [ArrayNode, ValueParent];
	String: [StringNode, ValueParent];
	Number: [NumberNode, ValueParent];
	Boolean: [BooleanNode, ValueParent];
	Null: [NullNode, ValueParent];
	Alias: [AliasNode, ValueParent];
}

type Visitors = {
	[Type in keyof SettingsNodeTypes]?: (node: SettingsNodeTypes[Type][0], parent: SettingsNodeTypes[Type][1]) => void;
} & {
	[Type in keyof SettingsNodeTypes as `${Type}:exit`]?: (node: SettingsNodeTypes[Type][0], parent: SettingsNodeTypes[Type][1]) => void;
};

export type SettingsRuleVisitor = RuleVisitor & Visitors;

/** The type of a rule written for the `miglint/settings` language. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is @eslint/plugin-kit's own default for "no type options"
export type SettingsRuleDefinition<Options extends Partial<CustomRuleTypeDefinitions> = {}> = CustomRuleDefinitionType<
	{
		LangOptions: SettingsLanguageOptions;
		Code: SettingsSourceCode;
		Visitor: SettingsRuleVisitor;
		Node: SettingsNode;
	},
	Options
>;
