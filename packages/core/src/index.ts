export { decodeBytes, factsForText, TRANSCODE_CONFIDENCE } from "./encoding/decode-bytes.js";
export type { BinarySignature, DecodedSource, DecodeOptions, EncodingFacts, InvalidByteFact, NulBytesFact } from "./encoding/decode-bytes.js";
export { decodeFile, type LintedFile } from "./encoding/decode-file.js";
export { fileProblem, readSourceFile, type FileKind, type FileProblem } from "./encoding/read-source-file.js";
export { LEGACY_ENCODINGS, type DetectedEncoding } from "./encoding/legacy.js";
export type { UnicodeEncoding } from "./encoding/unicode.js";

export {
	csvTypes,
	findColumn,
	getCsvType,
	getValueValidator,
	inferCsvType,
	equallyFittingTypes,
	isDocumentedColumnName,
	matchHeader,
	normalizeColumnName,
	resolveCsvType,
} from "./csv-types/registry.js";
export type { CsvColumnDeclaration, CsvTypeCandidate, CsvTypeDeclaration, CsvTypeInference, ResolvedCsvType, ScriptBatch } from "./csv-types/registry.js";
export type { ValueValidator, ValueViolation } from "./csv-types/value-validator.js";
export { createValueAjv } from "./csv-types/value-keywords.js";
export { valueValidatorsSource } from "./csv-types/value-validator-source.js";
export { configValidatorsSource } from "./configuration/config-validators-source.js";
export { addressKey, diagnoseSmtpAddress, MAX_LOCAL_PART_LENGTH, type SmtpAddressDiagnosis, type SmtpAddressProblem } from "./csv-types/smtp-address.js";

export { ConfigError } from "./configuration/config-error.js";
export { buildConfigSchema, PLUGIN_NAMESPACE, SEVERITIES, type RuleInfo } from "./configuration/config-schema.js";
export {
	CONFIG_FILE_NAMES,
	configuredRuleIds,
	emptyConfig,
	findConfigFile,
	loadConfig,
	readConfigFile,
	readRuleOption,
	resolveConfig,
	type ConfigDocument,
	type MiglintConfig,
	type RuleEntry,
	type RuleOverride,
	type Severity,
} from "./configuration/load-config.js";
export {
	domainMatches,
	getMigrationFacts,
	getPowerShellFacts,
	getProjectFacts,
	setProjectFactsSource,
	ssoSource,
	type BatchTypeFact,
	type FederationFacts,
	type FederationPart,
	type FederationSideFacts,
	type FileProjectFacts,
	type ModuleEditionFact,
	type MigrationFacts,
	type PolicyAssignmentUsers,
	type ImapServer,
	type PowerShellEdition,
	type PowerShellFacts,
	type ProjectFacts,
	type ProjectFactsSource,
} from "./facts/migration-facts.js";
export { directoryPrefix, relativePath, toPosix } from "./paths.js";

export { constraints, rulesByConstraint, type Constraint, type ConstraintStatus } from "./constraints/constraints.js";
export { defineRule, ruleDocsPath, ruleDocsUrl, RELEASE_URL, REPOSITORY_URL, type DefineRuleOptions } from "./rule-support/define-rule.js";
export { closest } from "./text/closest.js";
export { LineIndex, lineStartsOf } from "./text/line-index.js";
export { NotBlockYaml, readBlockYaml, type BlockYamlBuilder, type RangedNode } from "./block-yaml/read-block-yaml.js";
export { formatCount, plural, withArticle } from "./text/format.js";
export { PositionalStringSet } from "./text/positional-string-set.js";
export {
	fileTooLargeMessage,
	isLimitRefusal,
	MAX_FILE_BYTES,
	MAX_SCRIPT_TREE_DEPTH,
	MAX_SETTINGS_NESTING,
	SCRIPT_TOO_DEEP,
	SETTINGS_TOO_DEEP,
} from "./limits.js";
export { globProblem } from "./files/glob-limits.js";
export { isFileTarget, NEVER_SEARCHED, walkFiles } from "./files/walk-files.js";
export { describeFileError, readRegularFile, statPath, unusableFileProblem, UnusableFileError } from "./files/read-regular-file.js";
export { ajv } from "./ajv.js";
