import { existsSync } from "node:fs";
import path from "node:path";
import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import type { Alias as YamlAlias, Document as YamlDocument, LineCounter } from "yaml";
import { ajv } from "../ajv.js";
import { closest } from "../text/closest.js";
import { ConfigError } from "./config-error.js";
import { PLUGIN_NAMESPACE, SEVERITIES, optionSchemas, type RuleInfo } from "./config-schema.js";
import { globProblem } from "../files/glob-limits.js";
import { readRegularFile, UnusableFileError } from "../files/read-regular-file.js";
import { describePath, pointerToPath, yamlDocumentLocations, yamlPosition, type Locations, type Position } from "./document-locations.js";
import { readBlockConfig } from "./block-config.js";
import type { MigrationFacts, PowerShellFacts } from "../facts/migration-facts.js";
import { yaml } from "./yaml.js";
import { optionSchemaKey, SCHEMA_OPTIONS } from "./config-validators-source.js";
import { optionValidators as precompiledOptionValidators, structure as validateStructure } from "./generated/config-validators.js";

export const CONFIG_FILE_NAMES = ["miglint.config.json", "miglint.config.yaml", "miglint.config.yml"] as const;

export type Severity = (typeof SEVERITIES)[number];
export type RuleEntry = Severity | [Severity, ...unknown[]];

export interface MiglintConfig {
	/** The configuration file, or null when none was found. */
	file: string | null;
	/** Directory that globs in the configuration are relative to. */
	directory: string;
	migration: MigrationFacts;
	powershell: PowerShellFacts;
	/** Glob → migration CSV type. */
	csvTypes: Record<string, string>;
	/** -CSVData path as a script writes it → CSV file, relative to `directory`. */
	csvSources: Record<string, string>;
	/** Legacy encoding of CSV files that are not UTF-8, when known. */
	csvLegacyEncoding: string | null;
	/** Lint CSV files that are not migration batches too (`csv.allFiles`). */
	csvAllFiles: boolean;
	/** Rule entries keyed by full id (`miglint/<id>`). */
	rules: Record<string, RuleEntry>;
	/** Per-file rule entries, applied in order after `rules`. */
	overrides: RuleOverride[];
	ignores: string[];
}

/** Rule entries for the files some globs (relative to the configuration's directory) match, as an ESLint flat configuration object. */
export interface RuleOverride {
	files: string[];
	ignores: string[];
	/** Rule entries keyed by full id (`miglint/<id>`). */
	rules: Record<string, RuleEntry>;
}

export function emptyConfig(directory: string): MiglintConfig {
	return {
		file: null,
		directory,
		migration: {},
		powershell: {},
		csvTypes: {},
		csvSources: {},
		csvLegacyEncoding: null,
		csvAllFiles: false,
		rules: {},
		overrides: [],
		ignores: [],
	};
}

/** Looks for a configuration file from `startDirectory` up to the file system root. */
export function findConfigFile(startDirectory: string): string | null {
	let directory = path.resolve(startDirectory);
	for (;;) {
		const found = CONFIG_FILE_NAMES.map((name) => path.join(directory, name)).filter((file) => existsSync(file));
		if (found.length > 1) {
			throw new ConfigError(found[1]!, 1, 1, `found both ${path.basename(found[0]!)} and ${path.basename(found[1]!)} here; keep one`);
		}
		if (found.length === 1) {
			return found[0]!;
		}
		const parent = path.dirname(directory);
		if (parent === directory) {
			return null;
		}
		directory = parent;
	}
}

interface Problem {
	position: Position;
	message: string;
}

function article(type: string): string {
	return /^[aeiou]/u.test(type) ? `an ${type}` : `a ${type}`;
}

function show(value: unknown): string {
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify returns undefined for undefined and functions
	return JSON.stringify(value) ?? String(value);
}

function describeAjvError(error: ErrorObject, data: unknown, locations: Locations): Problem {
	const path = pointerToPath(error.instancePath);
	const where = describePath(path);
	const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
	switch (error.keyword) {
		case "additionalProperties": {
			const key = String(error.params["additionalProperty"]);
			const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
			const suggestion = closest(key, allowed);
			const expected = allowed.length ? `; expected ${suggestion ? `"${suggestion}"` : `one of ${allowed.join(", ")}`}` : "";
			return {
				position: locations.ofKey(path, key),
				message: `unknown key "${key}"${path.length ? ` in ${where}` : ""}${expected}`,
			};
		}
		case "type":
			return {
				position: locations.ofValue(path),
				message: `${where} must be ${article(String(error.params["type"]))}, got ${show(value)}`,
			};
		case "enum":
			return {
				position: locations.ofValue(path),
				message: `${where} must be one of ${(error.params["allowedValues"] as unknown[]).map(show).join(", ")}, got ${show(value)}`,
			};
		default: {
			const expected: unknown = error.parentSchema?.["x-expected"];
			return {
				position: locations.ofValue(path),
				message: typeof expected === "string" ? `${where} ${show(value)} is not ${expected}` : `${where} ${error.message ?? "is invalid"}`,
			};
		}
	}
}

let optionAjv: Ajv | undefined;
const optionValidators = new WeakMap<object, ValidateFunction>();

/** The validator of an option schema: precompiled for miglint's rules (generated/config-validators.ts), else compiled once. */
function optionValidator(schema: object): ValidateFunction {
	let validate = optionValidators.get(schema) ?? (precompiledOptionValidators.get(optionSchemaKey(schema)) as ValidateFunction | undefined);
	if (!validate) {
		optionAjv ??= new (ajv().Ajv)(SCHEMA_OPTIONS);
		validate = optionAjv.compile(schema);
	}
	optionValidators.set(schema, validate);
	return validate;
}

/** Checks the rule entries at `at` (`rules`, or an override's `rules`) against the rules: ids, severities, options. */
function checkRuleEntries(
	entries: Record<string, unknown>,
	rules: Record<string, RuleInfo>,
	locations: Locations,
	at: readonly (string | number)[],
): { problems: Problem[]; normalized: Record<string, RuleEntry> } {
	const where = describePath(at);
	const problems: Problem[] = [];
	const normalized: Record<string, RuleEntry> = {};
	for (const [key, entry] of Object.entries(entries)) {
		const id = key.startsWith(`${PLUGIN_NAMESPACE}/`) ? key.slice(PLUGIN_NAMESPACE.length + 1) : key;
		const rule = Object.hasOwn(rules, id) ? rules[id] : undefined;
		if (!rule) {
			const suggestion = closest(id, Object.keys(rules));
			problems.push({
				position: locations.ofKey(at, key),
				message: `unknown rule "${key}"${at.length > 1 ? ` in ${where}` : ""}${suggestion ? `; did you mean "${suggestion}"?` : ""}`,
			});
			continue;
		}
		const [severity, ...options] = (Array.isArray(entry) ? entry : [entry]) as unknown[];
		const severityPath = Array.isArray(entry) ? [...at, key, 0] : [...at, key];
		if (!(SEVERITIES as readonly unknown[]).includes(severity)) {
			problems.push({
				position: locations.ofValue(severityPath),
				message: `${where}.${key} severity must be "off", "warn" or "error" (or 0, 1, 2), got ${show(severity)}`,
			});
			continue;
		}
		const schemas = optionSchemas(rule);
		if (options.length > schemas.length) {
			problems.push({
				position: locations.ofValue([...at, key, schemas.length + 1]),
				message: `${where}.${key} takes ${schemas.length === 0 ? "no options" : `at most ${schemas.length} option object${schemas.length === 1 ? "" : "s"}`}`,
			});
			continue;
		}
		options.forEach((option, index) => {
			const validate = optionValidator(schemas[index] as object);
			if (!validate(option)) {
				for (const error of validate.errors ?? []) {
					const pointer = [...at, key].map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
					const nested = { ...error, instancePath: `${pointer}/${index + 1}${error.instancePath}` };
					const data = at.reduceRight<unknown>((inner, segment) => ({ [segment]: inner }), { [key]: Array.isArray(entry) ? entry : [entry] });
					problems.push(describeAjvError(nested, data, locations));
				}
			}
		});
		normalized[`${PLUGIN_NAMESPACE}/${id}`] = entry as RuleEntry;
	}
	return { problems, normalized };
}

function firstProblem(file: string, problems: Problem[]): ConfigError {
	const sorted = [...problems].sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
	const first = sorted[0]!;
	const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problem${sorted.length === 2 ? "" : "s"})` : "";
	return new ConfigError(file, first.position.line, first.position.column, first.message + more);
}

/** The globs of a list at `at` (`ignores`, an override's `files`), each located at its value. */
function globsAt(
	globs: readonly string[] | undefined,
	at: readonly (string | number)[],
	locations: Locations,
): { glob: string; where: string; position: () => Position }[] {
	return (globs ?? []).map((glob, index) => ({ glob, where: describePath([...at, index]), position: () => locations.ofValue([...at, index]) }));
}

/** The `csv.types` keys, `ignores` and `overrides` globs beyond the glob limits. */
function unreasonableGlobs(data: ConfigDocument["data"], locations: Locations): Problem[] {
	const typeKeys = Object.keys(data.csv?.types ?? {}).map((glob) => ({
		glob,
		where: `csv.types key`,
		position: () => locations.ofKey(["csv", "types"], glob),
	}));
	const overrides = (data.overrides ?? []).flatMap((override, index) => [
		...globsAt(override.files, ["overrides", index, "files"], locations),
		...globsAt(override.ignores, ["overrides", index, "ignores"], locations),
	]);
	return [...typeKeys, ...globsAt(data.ignores, ["ignores"], locations), ...overrides].flatMap(({ glob, where, position }) => {
		const problem = globProblem(glob);
		return problem ? [{ position: position(), message: `${where}: ${problem}` }] : [];
	});
}

/**
 * The document's data. An alias whose anchor is missing, or aliases that
 * expand past yaml's cap (a "billion laughs" document), make `toJS` throw:
 * the error is placed at the alias, the unresolved one when there is one.
 */
function documentData(file: string, document: YamlDocument, lineCounter: LineCounter): unknown {
	try {
		return document.toJS() ?? {};
	} catch (error) {
		let culprit: YamlAlias | undefined;
		yaml().visit(document, {
			Alias(_key, alias) {
				culprit ??= alias;
				if (!alias.resolve(document)) {
					culprit = alias;
					return yaml().visit.BREAK;
				}
				return undefined;
			},
		});
		const { line, column } = culprit?.range ? yamlPosition(lineCounter, culprit.range[0]) : { line: 1, column: 1 };
		throw new ConfigError(file, line, column, (error as Error).message);
	}
}

/** A configuration file read and checked, except for its rule entries, which need the rules. */
export interface ConfigDocument {
	file: string;
	data: {
		migration?: MigrationFacts;
		powershell?: PowerShellFacts;
		csv?: { types?: Record<string, string>; sources?: Record<string, string>; legacyEncoding?: string; allFiles?: boolean };
		rules?: Record<string, unknown>;
		overrides?: { files: string[]; ignores?: string[]; rules: Record<string, unknown> }[];
		ignores?: string[];
	};
	locations: Locations;
}

/** A configuration's values and where they are. */
interface ReadConfig {
	data: unknown;
	locations: Locations;
}

/**
 * A configuration the block reader leaves (JSON, anchors, flow mappings over
 * several lines, block scalars...), read by the yaml package: its data and
 * locations, or its first syntax error.
 */
function readYamlConfig(file: string, text: string): ReadConfig | { syntaxError: Position & { message: string } } {
	const { LineCounter, parseDocument } = yaml();
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
	const syntaxError = document.errors[0];
	if (syntaxError) {
		return { syntaxError: { ...yamlPosition(lineCounter, syntaxError.pos[0]), message: syntaxError.message.split("\n")[0]! } };
	}
	return { data: documentData(file, document, lineCounter), locations: yamlDocumentLocations(document, lineCounter) };
}

/**
 * Reads a configuration file (JSON or YAML) and checks everything but the
 * rule entries (see resolveConfig). Every problem is located at the offending
 * key or value; the first one is thrown as a ConfigError.
 */
export function readConfigFile(file: string): ConfigDocument {
	let text: string;
	try {
		text = readRegularFile(file).replace(/^\ufeff/u, "");
	} catch (error) {
		if (!(error instanceof UnusableFileError)) throw error;
		throw new ConfigError(file, 1, 1, `cannot read the configuration: ${error.message}`);
	}
	const read = readBlockConfig(text) ?? readYamlConfig(file, text);
	if ("syntaxError" in read) {
		const { line, column, message } = read.syntaxError;
		throw new ConfigError(file, line, column, `syntax error: ${message}`);
	}
	const { data, locations } = read;
	const validate = validateStructure as unknown as ValidateFunction;
	if (!validate(data)) {
		throw firstProblem(
			file,
			(validate.errors ?? []).map((error) => describeAjvError(error, data, locations)),
		);
	}
	const checked = data as ConfigDocument["data"];
	const globProblems = unreasonableGlobs(checked, locations);
	if (globProblems.length > 0) {
		throw firstProblem(file, globProblems);
	}
	return { file, data: checked, locations };
}

/**
 * A `--rule` value read as the `rules` of a configuration, in ESLint's form:
 * `csv-max-rows: [error, {max: 10}]`, braces optional, several rules separated
 * by commas. resolveConfig checks it as it checks a file's rules.
 */
export function readRuleOption(text: string): ConfigDocument {
	const mapping = text.trim().startsWith("{") ? text : `{${text}}`;
	const source = `rules: ${mapping}`;
	const read = readBlockConfig(source) ?? readYamlConfig("--rule", source);
	const rules: unknown = "syntaxError" in read ? undefined : (read.data as { rules: unknown }).rules;
	if ("syntaxError" in read || typeof rules !== "object" || rules === null || Array.isArray(rules)) {
		throw new ConfigError("--rule", 1, 1, "expected rule entries such as 'csv-max-rows: error' or 'csv-max-rows: [error, {max: 1000}]'");
	}
	const { locations } = read;
	return { file: "--rule", data: { rules: rules as Record<string, unknown> }, locations };
}

/** The rule ids a configuration file names, in `rules` and in `overrides`, without the `miglint/` prefix. */
export function configuredRuleIds(document: ConfigDocument): string[] {
	const { rules, overrides } = document.data;
	return [rules, ...(overrides ?? []).map((override) => override.rules)]
		.flatMap((entries) => Object.keys(entries ?? {}))
		.map((key) => (key.startsWith(`${PLUGIN_NAMESPACE}/`) ? key.slice(PLUGIN_NAMESPACE.length + 1) : key));
}

/** Checks a configuration's rule entries against the rules (ids, severities, options) and gives the configuration. */
export function resolveConfig(document: ConfigDocument, rules: Record<string, RuleInfo>): MiglintConfig {
	const { file, data: raw, locations } = document;
	const { problems, normalized } = checkRuleEntries(raw.rules ?? {}, rules, locations, ["rules"]);
	const overrides = (raw.overrides ?? []).map((override, index): RuleOverride => {
		const checked = checkRuleEntries(override.rules, rules, locations, ["overrides", index, "rules"]);
		problems.push(...checked.problems);
		return { files: override.files, ignores: override.ignores ?? [], rules: checked.normalized };
	});
	if (problems.length > 0) {
		throw firstProblem(file, problems);
	}
	return {
		file,
		directory: path.dirname(file),
		migration: raw.migration ?? {},
		powershell: raw.powershell ?? {},
		csvTypes: raw.csv?.types ?? {},
		csvSources: raw.csv?.sources ?? {},
		csvLegacyEncoding: raw.csv?.legacyEncoding ?? null,
		csvAllFiles: raw.csv?.allFiles ?? false,
		rules: normalized,
		overrides,
		ignores: raw.ignores ?? [],
	};
}

export function loadConfig(file: string, rules: Record<string, RuleInfo>): MiglintConfig {
	return resolveConfig(readConfigFile(file), rules);
}
