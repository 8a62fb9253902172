import { relativePath } from "@miglint/core";
import type { FileSummary } from "./file-summaries.js";

/** A New-MigrationBatch call of a project script, with what it tells about its CSV file. */
export interface BatchFact {
	script: string;
	line: number;
	column: number;
	/** A migration CSV type name, or null when the script does not tell. */
	type: string | null;
	/** Why the type, or why none. */
	typeReason: string;
	/** The -CSVData path as the script writes it; null when there is none or it cannot be followed. */
	csvPath: string | null;
	/** The CSV file it names, when found. */
	csvFile: string | null;
	/** How the file was found, or why not. */
	csvReason: string;
}

/**
 * The migration batches the project's scripts create, from the summaries of
 * its scripts. Scripts that cannot be read or parsed have none: linting
 * reports them.
 */
export async function scriptBatches(
	root: string,
	scripts: readonly string[],
	summaries: ReadonlyMap<string, FileSummary>,
	csvFiles: readonly string[],
	csvSources: Record<string, string>,
): Promise<BatchFact[]> {
	const summarized = scripts.flatMap((script) => {
		const summary = summaries.get(script);
		return summary?.kind === "powershell" && (summary.batches.length > 0 || summary.endpoints.length > 0) ? [{ script, summary }] : [];
	});
	if (summarized.length === 0) return [];
	const { describePath, resolveCsvFile } = await import("@miglint/rules-powershell/csv-files");

	// Runbooks often create the endpoints in one script and the batches in others.
	const endpoints = new Map<string, { type: string; reason: string }[]>();
	for (const { script, summary } of summarized) {
		for (const { name, type, switches, line, column } of summary.endpoints) {
			const reason = `its -SourceEndpoint '${name}' is created with New-MigrationEndpoint ${switches} at ${relativePath(root, script)}:${line}:${column}`;
			endpoints.set(name.toLowerCase(), [...(endpoints.get(name.toLowerCase()) ?? []), { type, reason }]);
		}
	}

	const index = { files: csvFiles, sources: csvSources };
	return summarized.flatMap(({ script, summary }) =>
		summary.batches.map(({ line, column, type, sourceEndpoint, csvFile }): BatchFact => {
			const created = sourceEndpoint === null ? [] : (endpoints.get(sourceEndpoint.toLowerCase()) ?? []);
			const batchType = type ?? (new Set(created.map((endpoint) => endpoint.type)).size === 1 ? created[0]! : null);
			const found = csvFile && resolveCsvFile(csvFile, script, index);
			return {
				script,
				line,
				column,
				type: batchType?.type ?? null,
				typeReason:
					batchType?.reason ??
					(created.length > 1
						? `the scripts create its -SourceEndpoint '${sourceEndpoint}' with different New-MigrationEndpoint switches`
						: "no script of the project says (no -Local, -TargetEndpoint, or source endpoint created with New-MigrationEndpoint)"),
				csvPath: csvFile ? describePath(csvFile) : null,
				csvFile: found?.file ?? null,
				csvReason: !csvFile ? "no -CSVData path miglint can follow" : !found ? "not found" : found.file === null ? found.why : `found ${found.how}`,
			};
		}),
	);
}
