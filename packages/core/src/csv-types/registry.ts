import notYetModelled from "./types/not-yet-modelled.json" with { type: "json" };
import staged from "./types/staged.json" with { type: "json" };
import { validatorExportName } from "./value-validator-source.js";
import { precompiledValueValidator, type ValueValidator } from "./value-validator.js";

export interface CsvColumnDeclaration {
	name: string;
	description?: string;
	required?: boolean;
	unique?: boolean;
	/** Addresses must be in the on-premises organisation's domains. */
	expectedDomain?: "onPremises";
	secret?: boolean;
	/** JSON Schema for non-empty values. */
	value?: object;
}

export interface CsvTypeDeclaration {
	name: string;
	title: string;
	sources: string[];
	maxRows?: number;
	maxRowsSource?: string;
	columns: CsvColumnDeclaration[];
}

/** Every migration CSV type miglint knows, in the order inference prefers them. */
export const csvTypes: readonly CsvTypeDeclaration[] = [staged as CsvTypeDeclaration];

export function getCsvType(name: string): CsvTypeDeclaration | undefined {
	return csvTypes.find((type) => type.name === name);
}

/** How header names are compared when recognising columns: case, spaces and surrounding blanks ignored. */
export function normalizeColumnName(name: string): string {
	return name.replace(/\s+/gu, "").toLowerCase();
}

export function findColumn(type: CsvTypeDeclaration, headerName: string): CsvColumnDeclaration | undefined {
	const normalized = normalizeColumnName(headerName);
	return type.columns.find((column) => normalizeColumnName(column.name) === normalized);
}

export interface CsvTypeCandidate {
	name: string;
	/** Header names that are columns of the type. */
	matched: string[];
	/** Required columns the header lacks. */
	missing: string[];
}

export interface CsvTypeInference {
	type: CsvTypeDeclaration;
	/** Why this type was chosen, in words. */
	reason: string;
	/**
	 * The header fits other documented batch types as well (a lone
	 * EmailAddress column fits most of them): checks that only hold for the
	 * chosen type, such as its row limit, should not be applied.
	 */
	ambiguous: boolean;
	/** Every type considered, with what matched. */
	candidates: CsvTypeCandidate[];
}

interface OtherBatchType {
	title: string;
	required: string[];
	optional: string[];
}

const otherBatchTypes = (notYetModelled as { types: OtherBatchType[] }).types.map((type) => ({
	title: type.title,
	required: type.required.map(normalizeColumnName),
	columns: new Set([...type.required, ...type.optional].map(normalizeColumnName)),
}));

/** Documented types, other than the modelled ones, whose columns cover the whole header. */
function otherTypesFitting(normalizedNames: readonly string[]): string[] {
	return otherBatchTypes
		.filter((type) => type.required.every((name) => normalizedNames.includes(name)) && normalizedNames.every((name) => type.columns.has(name)))
		.map((type) => type.title);
}

/** Header names that are columns of another documented type but not of `type`: the file is not of `type`. */
function foreignColumns(type: CsvTypeDeclaration, headerNames: readonly string[]): string[] {
	return headerNames.filter((name) => !findColumn(type, name) && otherBatchTypes.some((other) => other.columns.has(normalizeColumnName(name))));
}

/**
 * Recognises a migration CSV type from its header: a type qualifies when every
 * required column is present and no column belongs to another documented type
 * instead; the one that explains most header names wins (ties go to the type
 * listed first). Returns null when no type qualifies.
 */
export function inferCsvType(headerNames: readonly string[]): CsvTypeInference | null {
	const candidates = csvTypes.map((type): CsvTypeCandidate & { type: CsvTypeDeclaration; foreign: string[] } => ({
		type,
		name: type.name,
		matched: headerNames.filter((name) => findColumn(type, name)),
		missing: type.columns
			.filter((column) => column.required && !headerNames.some((name) => normalizeColumnName(name) === normalizeColumnName(column.name)))
			.map((column) => column.name),
		foreign: foreignColumns(type, headerNames),
	}));
	let best: (typeof candidates)[number] | undefined;
	for (const candidate of candidates) {
		if (candidate.missing.length === 0 && candidate.foreign.length === 0 && (!best || candidate.matched.length > best.matched.length)) {
			best = candidate;
		}
	}
	if (!best) {
		return null;
	}
	const required = best.type.columns.filter((column) => column.required).map((column) => column.name);
	const alsoFits = otherTypesFitting(headerNames.map(normalizeColumnName));
	const reason = `the header has the ${best.name} columns ${best.matched.join(", ")} (required: ${required.join(", ")})`;
	return {
		type: best.type,
		reason: alsoFits.length ? `${reason}; it would also fit a ${alsoFits.join(", a ")}, so the ${best.name} type is only assumed` : reason,
		ambiguous: alsoFits.length > 0,
		candidates: candidates.map(({ name, matched, missing }) => ({ name, matched, missing })),
	};
}

const validators = new WeakMap<CsvColumnDeclaration, ValueValidator>();
const owningTypes = new Map<CsvColumnDeclaration, CsvTypeDeclaration>(csvTypes.flatMap((type) => type.columns.map((column) => [column, type] as const)));

/** The value check of a column, or null when its values are unconstrained. */
export function getValueValidator(column: CsvColumnDeclaration): ValueValidator | null {
	const type = owningTypes.get(column);
	if (!column.value || !type) {
		return null;
	}
	let validator = validators.get(column);
	if (!validator) {
		// Values from a fixed list (True/False) repeat on every row; addresses and passwords do not.
		const listed = "enum" in column.value || "enumIgnoreCase" in column.value;
		validator = precompiledValueValidator(validatorExportName(type, column.name), { remember: listed && !column.secret });
		validators.set(column, validator);
	}
	return validator;
}
