import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { buildConfigSchema } from "../src/configuration/config-schema.js";
import { migrationFactsSchema } from "../src/facts/migration-facts.js";
import { csvTypes } from "../src/csv-types/registry.js";
import { createValueAjv } from "../src/csv-types/value-keywords.js";

// miglint compiles its schemas without checking them against the meta-schema
// (to keep start-up fast); this is where they are checked.
describe("miglint's JSON Schemas are valid draft-07 schemas", () => {
	const ajv = new Ajv({ strict: false });

	it("the configuration schema, with rules and their options", () => {
		const rule = {
			meta: { docs: { description: "d" }, schema: [{ type: "object", properties: { max: { type: "integer", minimum: 1 } }, additionalProperties: false }] },
		};
		expect(ajv.validateSchema(buildConfigSchema({ "some-rule": rule })), ajv.errorsText()).toBe(true);
	});

	it("the migration facts schema", () => {
		expect(ajv.validateSchema(migrationFactsSchema), ajv.errorsText()).toBe(true);
	});

	it.each(csvTypes.flatMap((type) => type.columns.filter((column) => column.value).map((column) => [`${type.name}.${column.name}`, column.value!] as const)))(
		"the value schema of %s",
		(_name, schema) => {
			const valueAjv = createValueAjv();
			expect(valueAjv.validateSchema(schema), valueAjv.errorsText()).toBe(true);
		},
	);

	it("rejects a broken schema, so the checks above can fail", () => {
		expect(ajv.validateSchema({ type: "no-such-type" })).toBe(false);
	});
});
