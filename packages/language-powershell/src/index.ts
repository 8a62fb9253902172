export { PowerShellLanguage, type PowerShellLanguageOptions } from "./languages/powershell-language.js";
export { PowerShellSourceCode } from "./languages/powershell-source-code.js";
export type { BoundParameter, CommandOutput, PowerShellCommand, Splat, UnboundArgument, UnresolvedParameter } from "./commands/command-model.js";
export {
	COMMON_PARAMETERS,
	VARIABLE_PARAMETERS,
	findCmdlet,
	findParameter,
	type CatalogCmdlet,
	type CatalogEdition,
	type CatalogParameter,
	type ParameterLookup,
} from "./commands/catalog.js";
export { expressionOf, toBoolean, type Constant, type ConstantValue } from "./commands/constants.js";
export { variableKey, type Assignment, type KnownHashtable, type ScopeAnalysis, type ScopeNode } from "./commands/scopes.js";
export { TreeWalk } from "./ast/walk.js";
export { requiresStatements, type RequiredModule, type RequiresStatements } from "./commands/requires.js";
export { coreOnlyParameters, insideEditionTest, scriptEditions, type EditionSource, type ScriptEditions } from "./editions/script-editions.js";
export type { SuppressionBoundary } from "./directives/suppress-message.js";
export type { PowerShellRuleDefinition, PowerShellRuleVisitor } from "./rule-types.js";
export type * from "@miglint/powershell-parser";
