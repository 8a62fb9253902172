import { findColumn, getCsvType, inferCsvType, type CsvColumnDeclaration, type CsvTypeDeclaration } from "@miglint/core";
import type { CsvHeader, CsvHeaderCell } from "../ast.js";

export interface ResolvedCsvType {
	declaration: CsvTypeDeclaration;
	/** "configuration": `csv.types` (languageOptions.csvType) names it; "header": recognised from the header. */
	origin: "configuration" | "header";
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

export function resolveCsvType(configured: string | undefined, header: CsvHeader | null): ResolvedCsvType | null {
	if (configured) {
		return { declaration: getCsvType(configured)!, origin: "configuration", reason: `csv.types maps this file to ${configured}`, ambiguous: false };
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
