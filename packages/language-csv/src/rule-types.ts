import type { RuleVisitor } from "@eslint/core";
import type { CustomRuleDefinitionType, CustomRuleTypeDefinitions } from "@eslint/plugin-kit";
import type { CsvBlankLine, CsvDocument, CsvHeader, CsvHeaderCell, CsvNode, CsvTypeInformationLine } from "./ast.js";
import type { CsvLanguageOptions } from "./languages/csv-language.js";
import type { CsvSourceCode } from "./languages/csv-source-code.js";

interface CsvNodeTypes {
	Document: [CsvDocument, null];
	TypeInformation: [CsvTypeInformationLine, CsvDocument];
	Header: [CsvHeader, CsvDocument];
	HeaderCell: [CsvHeaderCell, CsvHeader];
	BlankLine: [CsvBlankLine, CsvDocument];
}

type Visitors = {
	[Type in keyof CsvNodeTypes]?: (node: CsvNodeTypes[Type][0], parent: CsvNodeTypes[Type][1]) => void;
} & {
	[Type in keyof CsvNodeTypes as `${Type}:exit`]?: (node: CsvNodeTypes[Type][0], parent: CsvNodeTypes[Type][1]) => void;
};

/**
 * What a CSV rule can visit. Rows and data cells are not visited (see
 * CsvSourceCode#traverse): rules read `document.rows` from `Document`, and
 * cells through `Row#cells` and `Row#cell()`.
 */
export type CsvRuleVisitor = RuleVisitor & Visitors;

/** The type of a rule written for the `miglint/csv` language. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is @eslint/plugin-kit's own default for "no type options"
export type CsvRuleDefinition<Options extends Partial<CustomRuleTypeDefinitions> = {}> = CustomRuleDefinitionType<
	{
		LangOptions: CsvLanguageOptions;
		Code: CsvSourceCode;
		Visitor: CsvRuleVisitor;
		Node: CsvNode;
	},
	Options
>;
