import { findColumn, getCsvType, inferCsvType, withArticle, type CsvColumnDeclaration, type CsvTypeDeclaration } from "@miglint/core";
import type { CsvHeader, CsvHeaderCell } from "../ast.js";

export interface ResolvedCsvType {
	declaration: CsvTypeDeclaration;
	/**
	 * "configuration": `csv.types` (languageOptions.csvType) names it;
	 * "script": a script feeds the file to New-MigrationBatch (languageOptions.scriptBatch);
	 * "header": recognised from the header.
	 */
	origin: "configuration" | "script" | "header";
	/** Why, in words, for messages and `--print-config`. */
	reason: string;
	/** Recognised from a header that fits other documented batch types too (see inferCsvType). */
	ambiguous: boolean;
}

/**
 * A header column and what it is for the file's type: `exact` when the
 * name is the documented one, `variant` when it only differs in case or
 * blanks, `unknown` when the type has no such column (or the type is unknown).
 */
export interface CsvColumn {
	index: number;
	headerCell: CsvHeaderCell;
	declaration: CsvColumnDeclaration | null;
	spelling: "exact" | "variant" | "unknown";
}

/** A script that feeds the file to New-MigrationBatch, and the batch type it implies. */
export interface ScriptBatch {
	/** A CSV type name. */
	type: string;
	/** Where the batch is created, as `path:line:column` relative to the project. */
	script: string;
}

export function resolveCsvType(configured: string | undefined, header: CsvHeader | null, scriptBatch?: ScriptBatch): ResolvedCsvType | null {
	if (configured) {
		return { declaration: getCsvType(configured)!, origin: "configuration", reason: `csv.types maps this file to ${configured}`, ambiguous: false };
	}
	if (scriptBatch) {
		const declaration = getCsvType(scriptBatch.type)!;
		return { declaration, origin: "script", reason: `${scriptBatch.script} creates ${withArticle(declaration.title)} from it`, ambiguous: false };
	}
	const inferred = header && inferCsvType(header.names);
	return inferred ? { declaration: inferred.type, origin: "header", reason: inferred.reason, ambiguous: inferred.ambiguous } : null;
}

export function mapColumns(header: CsvHeader | null, type: ResolvedCsvType | null): CsvColumn[] {
	return (header?.cells ?? []).map((headerCell, index) => {
		const declaration = (type && findColumn(type.declaration, headerCell.name)) ?? null;
		const spelling = !declaration ? "unknown" : declaration.name === headerCell.name ? "exact" : "variant";
		return { index, headerCell, declaration, spelling };
	});
}
