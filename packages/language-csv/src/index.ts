export { CsvLanguage, type CsvLanguageOptions } from "./languages/csv-language.js";
export { CsvSourceCode, type CsvValueViolation } from "./languages/csv-source-code.js";
export type { CsvColumn, ResolvedCsvType, ScriptBatch } from "./languages/csv-columns.js";
export { parseCsv, type CsvParseResult } from "./parser/parse-csv.js";
export { parseCsvForLint, takeParseForLint } from "./parser/parse-for-lint.js";
export type { CsvBlankLine, CsvCell, CsvDelimiter, CsvDocument, CsvHeader, CsvHeaderCell, CsvNode, CsvRow, CsvRows, CsvTypeInformationLine } from "./ast.js";
export type { CsvRuleDefinition } from "./rule-types.js";
