import type { RuleVisitor } from "@eslint/core";
import type { CustomRuleDefinitionType, CustomRuleTypeDefinitions } from "@eslint/plugin-kit";
import type { AliasNode, ArrayNode, BooleanNode, ConfigNode, DocumentNode, KeyNode, MemberNode, NullNode, NumberNode, ObjectNode, StringNode } from "./ast.js";
import type { ConfigLanguageOptions } from "./languages/config-language.js";
import type { ConfigSourceCode } from "./languages/config-source-code.js";

/** A value's parent: the document (or a later YAML document), a member, or a list. */
type ValueParent = DocumentNode | MemberNode | ArrayNode;

interface ConfigNodeTypes {
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
	[Type in keyof ConfigNodeTypes]?: (node: ConfigNodeTypes[Type][0], parent: ConfigNodeTypes[Type][1]) => void;
} & {
	[Type in keyof ConfigNodeTypes as `${Type}:exit`]?: (node: ConfigNodeTypes[Type][0], parent: ConfigNodeTypes[Type][1]) => void;
};

export type ConfigRuleVisitor = RuleVisitor & Visitors;

/** The type of a rule written for the `miglint/config` language. */
export type ConfigRuleDefinition<Options extends Partial<CustomRuleTypeDefinitions> = {}> = CustomRuleDefinitionType<
	{
		LangOptions: ConfigLanguageOptions;
		Code: ConfigSourceCode;
		Visitor: ConfigRuleVisitor;
		Node: ConfigNode;
	},
	Options
>;
