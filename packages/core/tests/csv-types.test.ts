import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import typeSchema from "../src/csv-types/csv-type.schema.json" with { type: "json" };
import { csvTypes, getCsvType, getValueValidator, inferCsvType } from "../src/csv-types/registry.js";
import { createValueAjv } from "../src/csv-types/value-keywords.js";

describe("CSV type declarations", () => {
	it.each(csvTypes.map((type) => [type.name, type] as const))("%s follows the type schema and has compilable value schemas", (_name, type) => {
		const validate = new Ajv.default({ allErrors: true }).compile(typeSchema);
		expect(validate(type), JSON.stringify(validate.errors)).toBe(true);
		for (const column of type.columns) {
			if (column.value) {
				expect(() => createValueAjv().compile(column.value!)).not.toThrow();
			}
		}
	});
});

describe("inferCsvType", () => {
	it("recognises a staged batch from its header, whatever the spelling", () => {
		expect(inferCsvType(["EmailAddress", "Password", "ForceChangePassword"])?.type.name).toBe("staged");
		expect(inferCsvType(["email address", " Password"])?.type.name).toBe("staged");
		expect(inferCsvType(["EmailAddress", "Password"])).toMatchObject({
			reason: "the header has the staged columns EmailAddress, Password (required: EmailAddress)",
			ambiguous: false,
		});
	});

	it("only assumes staged for a header other batch types share", () => {
		const inference = inferCsvType(["EmailAddress"]);
		expect(inference?.type.name).toBe("staged");
		expect(inference?.ambiguous).toBe(true);
		expect(inference?.reason).toContain("it would also fit a Google Workspace migration batch, a remote move onboarding batch");
	});

	it.each([
		["an IMAP batch", ["EmailAddress", "UserName", "Password"]],
		["an offboarding batch", ["EmailAddress", "TargetDatabase"]],
		["an onboarding batch with item limits", ["EmailAddress", "BadItemLimit", "LargeItemLimit"]],
		["a public folder map", ["FolderPath", "TargetMailbox"]],
	])("does not mistake %s for a staged batch", (_name, header) => {
		expect(inferCsvType(header)).toBeNull();
	});

	it("recognises nothing when a required column is missing", () => {
		expect(inferCsvType(["Mail", "Password"])).toBeNull();
		expect(inferCsvType([])).toBeNull();
	});
});

describe("staged value constraints", () => {
	const staged = getCsvType("staged")!;
	const validator = (name: string) => getValueValidator(staged.columns.find((column) => column.name === name)!)!;

	it("checks ForceChangePassword case-insensitively", () => {
		expect(validator("ForceChangePassword")("tRUE")).toEqual([]);
		expect(validator("ForceChangePassword")("Yes")).toEqual([{ keyword: "enumIgnoreCase", params: { allowedValues: ["True", "False"] } }]);
	});

	it("lists every password policy problem without the password", () => {
		const violations = validator("Password")("pässw");
		expect(violations.map((violation) => violation.keyword).sort()).toEqual(["allowedCharacters", "characterClasses", "minLength"]);
		expect(JSON.stringify(violations)).not.toContain("pässw");
	});
});
