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

const CHARACTER_CLASSES: ReadonlyArray<[string, RegExp]> = [
	["lowercase", /[a-z]/u],
	["uppercase", /[A-Z]/u],
	["digit", /[0-9]/u],
	["symbol", /[^A-Za-z0-9]/u],
];

const smtpAddress: KeywordValidate = (_schema, data) => {
	const diagnosis = diagnoseSmtpAddress(data);
	smtpAddress.errors = diagnosis ? [keywordError("smtpAddress", { ...diagnosis })] : [];
	return diagnosis === null;
};

const characterClasses: KeywordValidate = (schema, data) => {
	const found = CHARACTER_CLASSES.filter(([, pattern]) => pattern.test(data)).map(([name]) => name);
	const ok = found.length >= (schema as number);
	characterClasses.errors = ok ? [] : [keywordError("characterClasses", { min: schema, found: found.length })];
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
	allowedCharacters.errors = offset === -1 ? [] : [keywordError("allowedCharacters", { offset })];
	return offset === -1;
};

const enumIgnoreCase: KeywordValidate = (schema, data) => {
	const allowed = schema as string[];
	const value = data.trim().toLowerCase();
	const ok = allowed.some((candidate) => candidate.toLowerCase() === value);
	enumIgnoreCase.errors = ok ? [] : [keywordError("enumIgnoreCase", { allowedValues: allowed })];
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
 * value breaks. With `remember`, the verdicts on the first few distinct values
 * are kept (never for secret columns: passwords stay out of long-lived memory).
 */
export function compileValueValidator(schema: object, { remember }: { remember: boolean }): ValueValidator {
	const validate = getValueAjv().compile(schema);
	const remembered = new Map<string, ValueViolation[]>();
	return (value) => {
		let violations = remembered.get(value);
		if (!violations) {
			violations = validate(value) ? (NO_VIOLATIONS as ValueViolation[]) : toViolations(validate.errors);
			if (remember && remembered.size < MAX_REMEMBERED_VALUES) {
				remembered.set(value, violations);
			}
		}
		return violations;
	};
}
