import type { ErrorObject } from "ajv";
import * as precompiled from "./generated/value-validators.js";
import type { CsvTypeDeclaration } from "./registry.js";

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

type StandaloneValidate = ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

const NO_VIOLATIONS: readonly ValueViolation[] = Object.freeze([]);
/** Columns such as ForceChangePassword repeat a few values over thousands of rows. */
const MAX_REMEMBERED_VALUES = 256;

/** The export of the precompiled validators that checks a column's values. */
export function validatorExportName(type: CsvTypeDeclaration, columnName: string): string {
	return `${type.name}_${columnName}`.replace(/[^A-Za-z0-9_$]/gu, "_");
}

function toViolations(errors: StandaloneValidate["errors"]): ValueViolation[] {
	return (errors ?? []).map((error) => ({ keyword: error.keyword, params: { ...error.params } }));
}

/**
 * The precompiled check of a column's values (see value-validator-source.ts),
 * as a function listing every constraint a value breaks. With `remember`, for
 * columns whose values repeat, the verdicts on the first few distinct values
 * are kept (never ask it for secret columns: passwords stay out of long-lived
 * memory).
 */
export function precompiledValueValidator(exportName: string, { remember }: { remember: boolean }): ValueValidator {
	const validate = (precompiled as Record<string, StandaloneValidate | undefined>)[exportName];
	if (!validate) {
		throw new Error(`No precompiled value validator '${exportName}': run \`pnpm generate\` after changing the CSV type tables`);
	}
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
