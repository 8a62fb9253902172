import { findColumn, type CsvColumnDeclaration, type ResolvedCsvType } from "@miglint/core";
import type { CsvHeader, CsvHeaderCell } from "../ast.js";

// The CSV type precedence lives in core, where the project facts use it too.
export type { ResolvedCsvType, ScriptBatch } from "@miglint/core";

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

export function mapColumns(header: CsvHeader | null, type: ResolvedCsvType | null): CsvColumn[] {
	return (header?.cells ?? []).map((headerCell, index) => {
		const declaration = (type && findColumn(type.declaration, headerCell.name)) ?? null;
		const spelling = !declaration ? "unknown" : declaration.name === headerCell.name ? "exact" : "variant";
		return { index, headerCell, declaration, spelling };
	});
}
