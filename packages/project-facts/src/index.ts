export {
	collectProjectFacts,
	summarizeProject,
	projectFileStamps,
	absoluteSources,
	type LanguageOfFile,
	type ProjectFactsReport,
} from "./collect-project-facts.js";
export { columnValues, decodedText, headerNames, type CsvTypeFact, type DuplicateFact } from "./batch-csv-files.js";
export type { SsoFact } from "./domain-exports.js";
export type { BatchFact } from "./script-batches.js";
export type { UserListFact } from "./user-lists.js";
export { factsFingerprints, projectFactsSource } from "./file-facts.js";
export { factsAsJson, factsAsText } from "./print-facts.js";
export type { FileStamp, FileSummary, Summaries } from "./file-summaries.js";
