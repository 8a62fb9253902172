/**
 * Building blocks of the settings schemas (JSON Schema draft-07). Every
 * property also accepts null: exports write properties that are not set as
 * null, and a null setting changes nothing.
 */

export interface JsonSchema {
	$schema?: string;
	$id?: string;
	$comment?: string;
	title?: string;
	description?: string;
	type?: string | string[];
	enum?: readonly unknown[];
	anyOf?: JsonSchema[];
	properties?: Record<string, JsonSchema>;
	patternProperties?: Record<string, JsonSchema>;
	additionalProperties?: boolean;
	required?: string[];
	items?: JsonSchema;
	minimum?: number;
	maximum?: number;
	pattern?: string;
}

export const boolean: JsonSchema = { type: ["boolean", "null"] };
export const string: JsonSchema = { type: ["string", "null"] };
export const integer: JsonSchema = { type: ["integer", "null"] };
export const object: JsonSchema = { type: ["object", "null"] };
export const list: JsonSchema = { type: ["array", "null"] };
export const listOfStrings: JsonSchema = { type: ["array", "null"], items: { type: "string" } };
export const hostName: JsonSchema = { type: ["string", "null"], title: "a host name" };
export const guid: JsonSchema = {
	type: ["string", "null"],
	title: "a GUID such as 00000000-0000-0000-0000-000000000000",
	pattern: "^\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}?$",
};

/** One of these values; strings match in any letter case, as PowerShell binds enumeration values. */
export function oneOf(...values: readonly (string | number)[]): JsonSchema {
	return { enum: [...values, null] };
}

/** Names PowerShell adds to objects that come through a remote session (Exchange Online, Skype for Business Online). */
export const REMOTING_PROPERTIES: Record<string, JsonSchema> = {
	PSComputerName: string,
	PSShowComputerName: boolean,
	RunspaceId: string,
};

/** Microsoft Graph annotations such as `@odata.type` and `@odata.context`. */
export const ODATA_ANNOTATIONS: Record<string, JsonSchema> = { "^@odata\\.": {} };

/** A shape of settings object miglint knows: where it is documented, and the schema of its keys. */
export interface SettingsShape {
	/** "tenant-federation", "graph-domain", … */
	name: string;
	/** What one such object is, for messages: "tenant federation configuration", "Microsoft Graph domain". */
	title: string;
	/** The documentation of its keys (the first is cited in messages). */
	sources: readonly string[];
	schema: JsonSchema;
}

/** A settings shape whose schema allows its documented keys, and no others. */
export function settingsShape(shape: {
	name: string;
	title: string;
	description: string;
	sources: string[];
	properties: Record<string, JsonSchema>;
	patternProperties?: Record<string, JsonSchema>;
	required?: string[];
}): SettingsShape {
	const { name, title, description, sources, ...keys } = shape;
	const schema: JsonSchema = {
		$schema: "http://json-schema.org/draft-07/schema#",
		title,
		description,
		$comment: `Keys and value types from ${sources.join(" and ")}`,
		type: "object",
		...keys,
		additionalProperties: false,
	};
	return { name, title, sources, schema };
}
