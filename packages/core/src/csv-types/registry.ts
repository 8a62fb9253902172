import crossTenant from "./types/cross-tenant.json" with { type: "json" };
import googleWorkspace from "./types/google-workspace.json" with { type: "json" };
import imap from "./types/imap.json" with { type: "json" };
import localMove from "./types/local-move.json" with { type: "json" };
import publicFolderGroups from "./types/public-folder-groups.json" with { type: "json" };
import publicFolderMap from "./types/public-folder-map.json" with { type: "json" };
import publicFolderStatistics from "./types/public-folder-statistics.json" with { type: "json" };
import remoteMoveOffboarding from "./types/remote-move-offboarding.json" with { type: "json" };
import remoteMoveOnboarding from "./types/remote-move-onboarding.json" with { type: "json" };
import skypeUserList from "./types/skype-user-list.json" with { type: "json" };
import staged from "./types/staged.json" with { type: "json" };
import { precompiledValueValidator, validatorExportName, type ValueValidator } from "./value-validator.js";
import { withArticle } from "../text/format.js";

export interface CsvColumnDeclaration {
	name: string;
	description?: string;
	required?: boolean;
	unique?: boolean;
	/** Addresses must be in the on-premises organisation's domains, or in the target tenant's of a cross-tenant migration. */
	expectedDomain?: "onPremises" | "targetTenant";
	secret?: boolean;
	/** JSON Schema for non-empty values. */
	value?: object;
	/** Most different values the column may hold. */
	maxDistinct?: number;
	maxDistinctSource?: string;
	/** Why the column should no longer be used in this type, and what replaces it. */
	deprecated?: string;
	deprecatedSource?: string;
}

export interface CsvTypeDeclaration {
	name: string;
	title: string;
	sources: string[];
	/** No header: every line holds entries of the one column; only csv.types or a script can tell the type. */
	headerless?: boolean;
	/** The command and parameter of the scripts that read the file ("Move-CsUser -UserList"); New-MigrationBatch -CSVData when absent. */
	readBy?: string;
	maxRows?: number;
	maxRowsSource?: string;
	/** Largest file size in bytes. */
	maxBytes?: number;
	maxBytesSource?: string;
	columns: CsvColumnDeclaration[];
}

/**
 * Every migration CSV type miglint knows (constraints Appendix B), in the
 * order inference prefers them when a header fits several equally: staged
 * first, as the migration miglint was built for, then the other mailbox
 * batches, then the public folder files, whose headers share nothing with them,
 * then the headerless lists, which no header tells.
 */
export const csvTypes: readonly CsvTypeDeclaration[] = [
	staged,
	imap,
	googleWorkspace,
	remoteMoveOnboarding,
	remoteMoveOffboarding,
	localMove,
	crossTenant,
	publicFolderMap,
	publicFolderGroups,
	publicFolderStatistics,
	skypeUserList,
] as CsvTypeDeclaration[];

/** The types a header can tell: a headerless list has no header to recognise. */
const headedTypes = csvTypes.filter((type) => !type.headerless);

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
	/** Header names that are columns of other documented types only. */
	foreign: string[];
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

const columnsOfAnyType = new Set(headedTypes.flatMap((type) => type.columns.map((column) => normalizeColumnName(column.name))));

/** Whether a header name is a documented column of some migration CSV type (letter case and blanks aside). */
export function isDocumentedColumnName(name: string): boolean {
	return columnsOfAnyType.has(normalizeColumnName(name));
}

/** How a header fits one type: the type qualifies when nothing is missing or foreign. */
export function matchHeader(type: CsvTypeDeclaration, headerNames: readonly string[]): CsvTypeCandidate {
	const normalizedNames = headerNames.map(normalizeColumnName);
	return {
		name: type.name,
		matched: headerNames.filter((name) => findColumn(type, name)),
		missing: type.columns.filter((column) => column.required && !normalizedNames.includes(normalizeColumnName(column.name))).map((column) => column.name),
		foreign: headerNames.filter((name) => !findColumn(type, name) && columnsOfAnyType.has(normalizeColumnName(name))),
	};
}

/**
 * Recognises a migration CSV type from its header: a type qualifies when every
 * required column is present and no header name is a column of other types
 * only; the one that explains most header names wins. When several explain
 * as many, the first listed is chosen and the inference is ambiguous.
 * Returns null when no type qualifies.
 */
export function inferCsvType(headerNames: readonly string[]): CsvTypeInference | null {
	// The batches of a repository share a few headers: the project facts infer each once.
	const key = headerNames.join("\0");
	// Bounded for long-lived processes (an editor's ESLint server sees every header typed).
	if (inferences.size > 1000) inferences.clear();
	if (!inferences.has(key)) inferences.set(key, inferFromHeader(headerNames));
	return inferences.get(key)!;
}

const inferences = new Map<string, CsvTypeInference | null>();

/**
 * The documented types a header fits equally well, the one inferCsvType
 * chooses first: several when that type is only assumed, none when the
 * header fits no type.
 */
export function equallyFittingTypes(headerNames: readonly string[]): CsvTypeDeclaration[] {
	const inference = inferCsvType(headerNames);
	const chosen = inference?.candidates.find((candidate) => candidate.name === inference.type.name);
	if (!chosen) return [];
	return inference!.candidates
		.filter((candidate) => candidate.missing.length === 0 && candidate.foreign.length === 0 && candidate.matched.length === chosen.matched.length)
		.map((candidate) => getCsvType(candidate.name)!);
}

function inferFromHeader(headerNames: readonly string[]): CsvTypeInference | null {
	const candidates = headedTypes.map((type) => ({ type, ...matchHeader(type, headerNames) }));
	const qualified = candidates.filter((candidate) => candidate.missing.length === 0 && candidate.foreign.length === 0);
	const mostMatched = Math.max(...qualified.map((candidate) => candidate.matched.length));
	const [best, ...tied] = qualified.filter((candidate) => candidate.matched.length === mostMatched);
	if (!best) {
		return null;
	}
	const required = best.type.columns.filter((column) => column.required).map((column) => column.name);
	const reason = `the header has the ${best.name} columns ${best.matched.join(", ")} (required: ${required.join(", ")})`;
	return {
		type: best.type,
		reason: tied.length
			? `${reason}; it fits a ${tied.map((candidate) => candidate.type.title).join(", a ")} as well, so the ${best.name} type, listed first, is only assumed`
			: reason,
		ambiguous: tied.length > 0,
		candidates: candidates.map(({ type: _type, ...candidate }) => candidate),
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

/** Columns that name a password: only migration batches have them, and a file with one may hold passwords. */
const passwordColumns = new Set(
	csvTypes.flatMap((type) =>
		type.columns.filter((column) => column.secret || /password/iu.test(column.name)).map((column) => normalizeColumnName(column.name)),
	),
);

/**
 * The batch type a header that fits no type was meant to be, when it names a
 * password column (`Email,Password`; `Password,ForceChangePassword`): such a
 * file is a batch with a broken header, not a data file to leave alone. The
 * type whose columns it names most wins, then the one missing fewest; null
 * when the header names no password column.
 */
function inferBrokenBatchType(headerNames: readonly string[]): CsvTypeInference | null {
	if (!headerNames.some((name) => passwordColumns.has(normalizeColumnName(name)))) {
		return null;
	}
	const candidates = headedTypes.map((type) => ({ type, ...matchHeader(type, headerNames) }));
	const [best] = candidates
		.filter((candidate) => candidate.matched.some((name) => passwordColumns.has(normalizeColumnName(name))))
		.sort((a, b) => b.matched.length - a.matched.length || a.missing.length - b.missing.length);
	if (!best) {
		return null;
	}
	const reason = `the header has the ${best.name} columns ${best.matched.join(", ")}, so it is taken as ${withArticle(best.type.title)} with a broken header`;
	return { type: best.type, reason, ambiguous: true, candidates: candidates.map(({ type: _type, ...candidate }) => candidate) };
}

/** How a CSV file's migration type was decided, and why. */
export interface ResolvedCsvType {
	declaration: CsvTypeDeclaration;
	/**
	 * "configuration": `csv.types` names it (languageOptions.csvType);
	 * "script": a script feeds the file to New-MigrationBatch (languageOptions.scriptBatch);
	 * "header": recognised from the header.
	 */
	origin: "configuration" | "script" | "header";
	/** Why, in words, for messages, `--print-config` and `--print-facts`. */
	reason: string;
	/** Recognised from a header that fits other documented batch types too (see inferCsvType). */
	ambiguous: boolean;
}

/** A script that feeds a CSV file to New-MigrationBatch (or to the command its type is read by), and the type it implies. */
export interface ScriptBatch {
	/** A CSV type name. */
	type: string;
	/** Where the batch is created, as `path:line:column` relative to the project. */
	script: string;
}

/**
 * The one precedence of CSV types: `csv.types` first, then the script that
 * creates a batch from the file, then its header (a header that names a
 * password column is a batch with a broken header). `headerNames` is only
 * called when neither of the first two tells; `subject` names the file in
 * the reason ("this file" in messages, "it" in --print-facts).
 */
export function resolveCsvType(
	configured: string | undefined,
	scriptBatch: ScriptBatch | undefined,
	headerNames: () => readonly string[] | null,
	subject = "this file",
): ResolvedCsvType | null {
	if (configured) {
		return { declaration: getCsvType(configured)!, origin: "configuration", reason: `csv.types maps ${subject} to ${configured}`, ambiguous: false };
	}
	if (scriptBatch) {
		const declaration = getCsvType(scriptBatch.type)!;
		const use = declaration.readBy ? `passes it to ${declaration.readBy}` : `creates ${withArticle(declaration.title)} from it`;
		return { declaration, origin: "script", reason: `${scriptBatch.script} ${use}`, ambiguous: false };
	}
	const names = headerNames();
	const inferred = names && (inferCsvType(names) ?? inferBrokenBatchType(names));
	return inferred ? { declaration: inferred.type, origin: "header", reason: inferred.reason, ambiguous: inferred.ambiguous } : null;
}
