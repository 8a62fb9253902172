import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { diagnoseSmtpAddress } from "./smtp-address.js";

/**
 * One problem with a cell value, as ajv reports it. `keyword` names the
 * constraint (a JSON Schema keyword, or one of miglint's value keywords);
 * `params` carries its figures. Nothing here contains the value itself.
 */
export interface ValueViolation {
	keyword: string;
	params: Record<string, unknown>;
}

export type ValueValidator = (value: string) => ValueViolation[];

type KeywordValidate = ((schema: unknown, data: string) => boolean) & { errors?: Partial<ErrorObject>[] };

function keywordError(keyword: string, params: Record<string, unknown>): Partial<ErrorObject> {
	return { keyword, params };
}

const CHARACTER_CLASSES: readonly RegExp[] = [/[a-z]/u, /[A-Z]/u, /[0-9]/u, /[^A-Za-z0-9]/u];

// ajv reads a keyword's `errors` only when it returns false, so they are set on failure alone:
// these run once per cell of batches with hundreds of thousands of rows.

const smtpAddress: KeywordValidate = (_schema, data) => {
	const diagnosis = diagnoseSmtpAddress(data);
	if (diagnosis) {
		smtpAddress.errors = [keywordError("smtpAddress", { ...diagnosis })];
	}
	return diagnosis === null;
};

const characterClasses: KeywordValidate = (schema, data) => {
	let found = 0;
	for (const pattern of CHARACTER_CLASSES) {
		if (pattern.test(data)) {
			found++;
		}
	}
	const ok = found >= (schema as number);
	if (!ok) {
		characterClasses.errors = [keywordError("characterClasses", { min: schema, found })];
	}
	return ok;
};

const allowedCharacterPatterns = new Map<string, RegExp>();

const allowedCharacters: KeywordValidate = (schema, data) => {
	const characterClass = schema as string;
	let disallowed = allowedCharacterPatterns.get(characterClass);
	if (!disallowed) {
		disallowed = new RegExp(`[^${characterClass}]`, "u");
		allowedCharacterPatterns.set(characterClass, disallowed);
	}
	const offset = data.search(disallowed);
	if (offset !== -1) {
		allowedCharacters.errors = [keywordError("allowedCharacters", { offset })];
	}
	return offset === -1;
};

const lowercaseEnums = new WeakMap<string[], Set<string>>();

const enumIgnoreCase: KeywordValidate = (schema, data) => {
	const allowed = schema as string[];
	let lowercase = lowercaseEnums.get(allowed);
	if (!lowercase) {
		lowercase = new Set(allowed.map((candidate) => candidate.toLowerCase()));
		lowercaseEnums.set(allowed, lowercase);
	}
	const ok = lowercase.has(data.trim().toLowerCase());
	if (!ok) {
		enumIgnoreCase.errors = [keywordError("enumIgnoreCase", { allowedValues: allowed })];
	}
	return ok;
};

let sharedAjv: Ajv | undefined;

/** ajv with miglint's value keywords; created on first use so start-up stays cheap. */
export function getValueAjv(): Ajv {
	if (!sharedAjv) {
		// The type tables are checked against the meta-schema by the tests, not at each start.
		sharedAjv = new Ajv({ allErrors: true, strict: true, validateSchema: false });
		sharedAjv.addKeyword({ keyword: "smtpAddress", type: "string", schemaType: "boolean", errors: true, validate: smtpAddress });
		sharedAjv.addKeyword({ keyword: "characterClasses", type: "string", schemaType: "number", errors: true, validate: characterClasses });
		sharedAjv.addKeyword({ keyword: "allowedCharacters", type: "string", schemaType: "string", errors: true, validate: allowedCharacters });
		sharedAjv.addKeyword({ keyword: "enumIgnoreCase", type: "string", schemaType: "array", errors: true, validate: enumIgnoreCase });
	}
	return sharedAjv;
}

function toViolations(errors: ValidateFunction["errors"]): ValueViolation[] {
	return (errors ?? []).map((error) => ({ keyword: error.keyword, params: { ...error.params } }));
}

const NO_VIOLATIONS: readonly ValueViolation[] = Object.freeze([]);
/** Columns such as ForceChangePassword repeat a few values over thousands of rows. */
const MAX_REMEMBERED_VALUES = 256;

/**
 * Compiles a column's value schema into a function listing every constraint a
 * value breaks. With `remember`, for columns whose values repeat, the verdicts
 * on the first few distinct values are kept (never ask it for secret columns:
 * passwords stay out of long-lived memory).
 */
export function compileValueValidator(schema: object, { remember }: { remember: boolean }): ValueValidator {
	const validate = getValueAjv().compile(schema);
	const check = (value: string) => (validate(value) ? (NO_VIOLATIONS as ValueViolation[]) : toViolations(validate.errors));
	if (!remember) {
		return check;
	}
	const remembered = new Map<string, ValueViolation[]>();
	return (value) => {
		let violations = remembered.get(value);
		if (!violations) {
			violations = check(value);
			if (remembered.size < MAX_REMEMBERED_VALUES) {
				remembered.set(value, violations);
			}
		}
		return violations;
	};
}
