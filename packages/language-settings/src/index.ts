export { SettingsLanguage, type SettingsLanguageOptions } from "./languages/settings-language.js";
export { SettingsSourceCode } from "./languages/settings-source-code.js";
export type { SettingsRuleDefinition, SettingsRuleVisitor } from "./rule-types.js";
export type {
	AliasNode,
	ArrayNode,
	BooleanNode,
	CommentNode,
	SettingsNode,
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
export { parseSettingsDocument, syntaxOfFile, type DocumentParseResult, type SettingsSyntax, type SettingsSyntaxError } from "./parser/parse-document.js";
export { parseSettingsText, type SettingsParseResult } from "./settings/parse-settings.js";
export { recogniseSettings, type RecognisedSettings, type SettingsKindName, type SettingsSection, type SettingsObject } from "./settings/kinds.js";
export { booleanValue, getMember, getValue, numberValue, objectValue, resolveValue, stringValue, type ResolvedValue } from "./settings/members.js";
export {
	accessEdgeEntries,
	booleanSetting,
	dnsRecords,
	domainEntries,
	migrationEndpoints,
	onPremisesFederationDomains,
	stringSetting,
	tenantFederationEntries,
	type AccessEdgeEntry,
	type DnsRecordEntry,
	type DomainAuthentication,
	type DomainEntry,
	type FederationDomain,
	type MigrationEndpointEntry,
	type Setting,
	type TenantFederationEntry,
} from "./settings/accessors.js";
export { validateSettings, type SchemaProblem } from "./settings/validate.js";
export type { JsonSchema, SettingsShape } from "./settings/schemas/schema-parts.js";
export { dnsRecordType } from "./settings/dns-types.js";
