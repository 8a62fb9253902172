import { csvTypes } from "../csv-types/registry.js";
import { LEGACY_ENCODINGS } from "../encoding/legacy.js";
import { migrationFactsSchema, powerShellFactsSchema } from "../facts/migration-facts.js";

/** What the configuration needs to know of a rule. */
export interface RuleInfo {
	meta?: {
		docs?: { description?: string; url?: string };
		schema?: unknown;
	};
}

export const PLUGIN_NAMESPACE = "miglint";
export const SEVERITIES = ["off", "warn", "error", 0, 1, 2] as const;

const severitySchema = { enum: [...SEVERITIES] };

/** Positional option schemas of a rule (ESLint's array form of `meta.schema`). */
export function optionSchemas(rule: RuleInfo): unknown[] {
	const schema = rule.meta?.schema;
	return Array.isArray(schema) ? schema : [];
}

function ruleEntrySchema(id: string, rule: RuleInfo): object {
	const options = optionSchemas(rule);
	const description = [rule.meta?.docs?.description, rule.meta?.docs?.url].filter(Boolean).join(" ");
	const withOptions = {
		type: "array",
		items: [severitySchema, ...options],
		minItems: 1,
		maxItems: options.length + 1,
	};
	return { description: description || id, anyOf: [severitySchema, withOptions] };
}

/**
 * The JSON Schema of miglint.config.{json,yaml,yml}. With the rules of the
 * plugin it lists every rule id (short and `miglint/` forms) and its options,
 * so that editors complete them; the file shipped with the CLI is generated
 * from this function.
 */
export function buildConfigSchema(rules: Record<string, RuleInfo>): Record<string, unknown> {
	const ruleProperties: Record<string, object> = {};
	for (const [id, rule] of Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))) {
		ruleProperties[id] = ruleEntrySchema(id, rule);
		ruleProperties[`${PLUGIN_NAMESPACE}/${id}`] = { $ref: `#/properties/rules/properties/${id}` };
	}
	return {
		$schema: "http://json-schema.org/draft-07/schema#",
		$id: "https://miglint.dev/schema/miglint.config.schema.json",
		title: "miglint configuration",
		description: "Configuration of miglint, the linter for Microsoft 365 migration artifacts (miglint.config.json, .yaml or .yml).",
		type: "object",
		additionalProperties: false,
		properties: {
			$schema: { type: "string", description: "Path or URL of this schema, for editor completion." },
			migration: migrationFactsSchema,
			csv: {
				type: "object",
				additionalProperties: false,
				properties: {
					types: {
						type: "object",
						description: "Glob (relative to this file) → migration CSV type, for files whose header does not tell their type, and for .txt batch files.",
						additionalProperties: { enum: csvTypes.map((type) => type.name) },
					},
					sources: {
						type: "object",
						description:
							"Path a script passes to New-MigrationBatch -CSVData (or Move-CsUser -UserList, New-CsBatchPolicyAssignmentOperation's Import-Csv), as written (e.g. C:\\Migration\\wave1.csv) → the CSV file in this repository (relative to this file), for paths miglint cannot find by itself.",
						additionalProperties: { type: "string", minLength: 1 },
					},
					allFiles: {
						type: "boolean",
						description:
							"Lint every CSV file with the rules that need no batch type (structure, encoding, header spelling), not only migration batches. Off by default: reports, exports and data files are left alone.",
					},
					legacyEncoding: {
						description:
							"The Windows 'ANSI' code page (or other legacy encoding) CSV files that are not UTF-8 were saved in, e.g. windows-1252. miglint then reads them with it, and --fix converts them to UTF-8.",
						enum: [...LEGACY_ENCODINGS],
					},
				},
			},
			rules: {
				type: "object",
				description: "Severity ('off', 'warn', 'error') and options per rule, as in ESLint.",
				properties: ruleProperties,
				additionalProperties: false,
			},
			overrides: {
				type: "array",
				description:
					"Rule settings for some files only, applied in order after `rules`, as ESLint's flat configuration objects are: e.g. a rule turned off for one CSV file, which has no comments to hold a directive.",
				items: {
					type: "object",
					additionalProperties: false,
					required: ["files", "rules"],
					properties: {
						files: {
							type: "array",
							description: "Globs (relative to this file) of the files these rule settings apply to.",
							items: { type: "string", minLength: 1 },
							minItems: 1,
						},
						ignores: {
							type: "array",
							description: "Globs (relative to this file) of files the `files` globs match that these rule settings leave alone.",
							items: { type: "string", minLength: 1 },
						},
						rules: { $ref: "#/properties/rules" },
					},
				},
			},
			powershell: powerShellFactsSchema,
			ignores: {
				type: "array",
				description: "Globs (relative to this file) of files miglint never lints.",
				items: { type: "string", minLength: 1 },
			},
		},
	};
}
