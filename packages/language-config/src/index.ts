export { ConfigLanguage, type ConfigLanguageOptions } from "./languages/config-language.js";
export { ConfigSourceCode } from "./languages/config-source-code.js";
export type { ConfigRuleDefinition, ConfigRuleVisitor } from "./rule-types.js";
export type {
	AliasNode,
	ArrayNode,
	BooleanNode,
	CommentNode,
	ConfigNode,
	DocumentNode,
	DuplicateKey,
	KeyNode,
	MemberNode,
	NullNode,
	NumberNode,
	ObjectNode,
	StringNode,
	ValueNode,
} from "./ast.js";
export { parseConfig, syntaxOfFile, type ConfigParseResult, type ConfigSyntax, type ConfigSyntaxError } from "./parser/parse-config.js";
export { parseSettingsText, type SettingsParseResult } from "./settings/parse-settings.js";
export { recogniseSettings, type RecognisedSettings, type SettingsKindName, type SettingsObject } from "./settings/kinds.js";
export { booleanValue, getMember, getValue, numberValue, objectValue, resolveValue, stringValue, type ResolvedValue } from "./settings/members.js";
export {
	booleanSetting,
	dnsRecords,
	domainEntries,
	migrationEndpoints,
	stringSetting,
	tenantFederationEntries,
	type DnsRecordEntry,
	type DomainAuthentication,
	type DomainEntry,
	type MigrationEndpointEntry,
	type Setting,
	type TenantFederationEntry,
} from "./settings/accessors.js";
export { validateSettings, type SchemaProblem } from "./settings/validate.js";
export type { JsonSchema, SettingsShape } from "./settings/schemas/schema-parts.js";
export { dnsRecordType } from "./settings/dns-types.js";
