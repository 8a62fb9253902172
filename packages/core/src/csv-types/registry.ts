import staged from "./types/staged.json" with { type: "json" };
import { compileValueValidator, type ValueValidator } from "./value-validator.js";

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
	/** Every type considered, with what matched. */
	candidates: CsvTypeCandidate[];
}

/**
 * Recognises a migration CSV type from its header: a type qualifies when every
 * required column is present, and the one that explains most header names wins
 * (ties go to the type listed first). Returns null when no type qualifies.
 */
export function inferCsvType(headerNames: readonly string[]): CsvTypeInference | null {
	const candidates = csvTypes.map((type): CsvTypeCandidate & { type: CsvTypeDeclaration } => ({
		type,
		name: type.name,
		matched: headerNames.filter((name) => findColumn(type, name)),
		missing: type.columns
			.filter((column) => column.required && !headerNames.some((name) => normalizeColumnName(name) === normalizeColumnName(column.name)))
			.map((column) => column.name),
	}));
	let best: (typeof candidates)[number] | undefined;
	for (const candidate of candidates) {
		if (candidate.missing.length === 0 && (!best || candidate.matched.length > best.matched.length)) {
			best = candidate;
		}
	}
	if (!best) {
		return null;
	}
	const required = best.type.columns.filter((column) => column.required).map((column) => column.name);
	return {
		type: best.type,
		reason: `the header has the ${best.name} columns ${best.matched.join(", ")} (required: ${required.join(", ")})`,
		candidates: candidates.map(({ name, matched, missing }) => ({ name, matched, missing })),
	};
}

const validators = new WeakMap<CsvColumnDeclaration, ValueValidator>();

/** The compiled value check of a column, or null when its values are unconstrained. */
export function getValueValidator(column: CsvColumnDeclaration): ValueValidator | null {
	if (!column.value) {
		return null;
	}
	let validator = validators.get(column);
	if (!validator) {
		validator = compileValueValidator(column.value);
		validators.set(column, validator);
	}
	return validator;
}
