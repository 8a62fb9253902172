// What the project facts need to find the CSV file a script's path names: no PowerShell language is loaded for it.
export { describePath, resolveCsvFile, type CsvFileIndex, type CsvFileResolution } from "./utils/csv-data-file.js";
