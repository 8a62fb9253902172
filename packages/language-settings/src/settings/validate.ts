import type { ValidateFunction } from "ajv";
import { ajv, closest } from "@miglint/core";
import type { KeyNode, ObjectNode, ValueNode } from "../ast.js";
import type { RecognisedSettings } from "./kinds.js";
import { resolveValue } from "./members.js";
import type { JsonSchema, SettingsShape } from "./schemas/schema-parts.js";

/** Where a settings object breaks its schema, located at the offending node. */
export type SchemaProblem =
	| {
			/** A value of the wrong type, or not one of the allowed values: at the value. */
			kind: "invalid-value";
			node: ValueNode;
			/** The key the value belongs to (none for an element of a list). */
			key: KeyNode | undefined;
			/** `BlockedDomains[0]`: the value's path in its object, keys as written. */
			path: string;
			/** `the string "false"` */
			found: string;
			/** `true or false` */
			expected: string;
			shape: SettingsShape;
	  }
	| {
			/** A key the shape does not document: at the key. */
			kind: "unknown-key";
			node: KeyNode;
			path: string;
			name: string;
			/** A documented key it is likely a misspelling of. */
			suggestion: string | undefined;
			shape: SettingsShape;
	  }
	| {
			/** A key the shape requires is absent: at the object. */
			kind: "missing-key";
			node: ObjectNode;
			path: string;
			name: string;
			shape: SettingsShape;
	  };

interface Located {
	value: ValueNode;
	key?: KeyNode;
}

let instance: InstanceType<ReturnType<typeof ajv>["Ajv"]> | undefined;
const validators = new WeakMap<SettingsShape, ValidateFunction>();
const canonicalNames = new WeakMap<JsonSchema, Map<string, string>>();
const problemsOf = new WeakMap<RecognisedSettings, readonly SchemaProblem[]>();

/** Each shape's schema is compiled once, when a document of its kind is first checked. */
function validatorOf(shape: SettingsShape): ValidateFunction {
	let validate = validators.get(shape);
	if (!validate) {
		instance ??= new (ajv().Ajv)({ allErrors: true, strict: true, allowUnionTypes: true });
		validate = instance.compile(shape.schema);
		validators.set(shape, validate);
	}
	return validate;
}

function escapePointer(segment: string): string {
	return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

function unescapePointer(segment: string): string {
	return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** The documented spelling of a key written in any letter case (PowerShell reads keys case-insensitively). */
function canonicalName(schema: JsonSchema | undefined, name: string): string {
	const properties = schema?.properties;
	if (!properties || name in properties) return name;
	let names = canonicalNames.get(schema);
	if (!names) {
		names = new Map(Object.keys(properties).map((property) => [property.toLowerCase(), property]));
		canonicalNames.set(schema, names);
	}
	return names.get(name.toLowerCase()) ?? name;
}

function propertySchema(schema: JsonSchema | undefined, name: string): JsonSchema | undefined {
	const property = schema?.properties?.[name];
	if (property) return property;
	const pattern = Object.keys(schema?.patternProperties ?? {}).find((source) => new RegExp(source, "u").test(name));
	return pattern === undefined ? undefined : schema!.patternProperties![pattern];
}

function enumeratedValues(schema: JsonSchema | undefined): readonly unknown[] {
	return [...(schema?.enum ?? []), ...(schema?.anyOf ?? []).flatMap(enumeratedValues)];
}

/** An allowed value written in another letter case, as its documented spelling (PowerShell binds enumerations case-insensitively). */
function canonicalString(schema: JsonSchema | undefined, value: string): string {
	const lower = value.toLowerCase();
	const match = enumeratedValues(schema).find((allowed) => typeof allowed === "string" && allowed.toLowerCase() === lower);
	return (match as string | undefined) ?? value;
}

/**
 * The plain data ajv validates: keys and enumeration values in their
 * documented spelling, aliases followed. `nodes` records, by JSON pointer,
 * the node each value and key came from.
 */
function toData(node: ValueNode, schema: JsonSchema | undefined, pointer: string, nodes: Map<string, Located>): unknown {
	const value = resolveValue(node);
	switch (value.type) {
		case "Object": {
			// No prototype: a key such as "__proto__" stays an ordinary key.
			const data = Object.create(null) as Record<string, unknown>;
			for (const member of value.members) {
				const name = canonicalName(schema, member.name.value);
				const memberPointer = `${pointer}/${escapePointer(name)}`;
				nodes.set(memberPointer, { value: member.value, key: member.name });
				data[name] = toData(member.value, propertySchema(schema, name), memberPointer, nodes);
			}
			return data;
		}
		case "Array":
			return value.elements.map((element, index) => {
				const elementPointer = `${pointer}/${index}`;
				nodes.set(elementPointer, { value: element });
				return toData(element, schema?.items, elementPointer, nodes);
			});
		case "String":
			return canonicalString(schema, value.value);
		default:
			return value.value;
	}
}

function subschemaAt(schema: JsonSchema, pointer: string): JsonSchema | undefined {
	let current: JsonSchema | undefined = schema;
	for (const segment of pointer.split("/").slice(1).map(unescapePointer)) {
		current = /^\d+$/u.test(segment) && current?.items ? current.items : propertySchema(current, segment);
	}
	return current;
}

/** `BlockedDomains[0]`, with the keys as the file writes them. */
function describePath(pointer: string, nodes: ReadonlyMap<string, Located>): string {
	let path = "";
	let prefix = "";
	for (const segment of pointer.split("/").slice(1)) {
		prefix += `/${segment}`;
		const key = nodes.get(prefix)?.key;
		path += key ? (path ? `.${key.value}` : key.value) : `[${unescapePointer(segment)}]`;
	}
	return path;
}

function show(value: unknown): string {
	return typeof value === "string" ? JSON.stringify(value) : String(value);
}

const TYPE_NAMES: Record<string, string> = {
	boolean: "true or false",
	integer: "a whole number",
	number: "a number",
	string: "a string",
	array: "a list",
	object: "an object",
};

/** What a schema allows, as a message says it: `true or false`, `one of "None", "Ssl", "Tls"`. */
export function describeExpected(schema: JsonSchema | undefined): string {
	if (!schema) return "a documented value";
	if (schema.title) return schema.title;
	if (schema.enum) {
		const values = schema.enum.filter((value) => value !== null);
		return values.length === 1 ? show(values[0]) : `one of ${values.map(show).join(", ")}`;
	}
	if (schema.anyOf) return schema.anyOf.map(describeExpected).join(" or ");
	const types = [schema.type ?? []].flat().filter((type) => type !== "null");
	const text = types.map((type) => (type === "array" && schema.items?.type === "string" ? "a list of strings" : (TYPE_NAMES[type] ?? type))).join(" or ");
	if (types.length === 1 && types[0] === "integer" && schema.minimum !== undefined) {
		return schema.maximum === undefined ? `a whole number of at least ${schema.minimum}` : `a whole number from ${schema.minimum} to ${schema.maximum}`;
	}
	return text || "a documented value";
}

const MAX_SHOWN_LENGTH = 60;

/** What a value is, as a message says it: `the string "false"`, `the number 3`, `a list`. */
export function describeFound(node: ValueNode): string {
	const value = resolveValue(node);
	switch (value.type) {
		case "String": {
			const text = value.value.length > MAX_SHOWN_LENGTH ? `${value.value.slice(0, MAX_SHOWN_LENGTH)}…` : value.value;
			return `the string ${JSON.stringify(text)}`;
		}
		case "Number":
			return `the number ${value.value}`;
		case "Boolean":
			return String(value.value);
		case "Null":
			return "null";
		case "Array":
			return "a list";
		case "Object":
			return "an object";
	}
}

function objectProblems(object: ObjectNode, shape: SettingsShape): SchemaProblem[] {
	const nodes = new Map<string, Located>([["", { value: object }]]);
	const validate = validatorOf(shape);
	if (validate(toData(object, shape.schema, "", nodes))) return [];
	const problems: SchemaProblem[] = [];
	const invalidValues = new Set<string>();
	for (const error of validate.errors ?? []) {
		// The branches of an anyOf fail together; its own error stands for them.
		if (error.schemaPath.includes("/anyOf/")) continue;
		const at = nodes.get(error.instancePath)!;
		if (error.keyword === "additionalProperties") {
			const name = String(error.params["additionalProperty"]);
			const pointer = `${error.instancePath}/${escapePointer(name)}`;
			const documented = Object.keys(subschemaAt(shape.schema, error.instancePath)?.properties ?? {});
			problems.push({
				kind: "unknown-key",
				node: nodes.get(pointer)!.key!,
				path: describePath(pointer, nodes),
				name,
				suggestion: closest(name, documented),
				shape,
			});
		} else if (error.keyword === "required") {
			const object = resolveValue(at.value) as ObjectNode;
			problems.push({ kind: "missing-key", node: object, path: describePath(error.instancePath, nodes), name: String(error.params["missingProperty"]), shape });
		} else if (!invalidValues.has(error.instancePath)) {
			invalidValues.add(error.instancePath);
			problems.push({
				kind: "invalid-value",
				node: at.value,
				key: at.key,
				path: describePath(error.instancePath, nodes),
				found: describeFound(at.value),
				expected: describeExpected(subschemaAt(shape.schema, error.instancePath)),
				shape,
			});
		}
	}
	return problems;
}

/**
 * Where the objects of a settings document break their shapes' schemas: keys
 * are matched in any letter case first, as PowerShell matches them. Computed
 * once per document.
 */
export function validateSettings(settings: RecognisedSettings): readonly SchemaProblem[] {
	let problems = problemsOf.get(settings);
	if (!problems) {
		problems = settings.sections
			.flatMap((section) => section.objects.flatMap(({ node, shape }) => objectProblems(node, shape)))
			.sort((a, b) => a.node.range[0] - b.node.range[0]);
		problemsOf.set(settings, problems);
	}
	return problems;
}
