import type { FileSummary } from "./file-summaries.js";

/** A Move-CsUser -UserList call of a project script, and the file it reads. */
export interface UserListFact {
	script: string;
	line: number;
	column: number;
	/** The -UserList path as the script writes it. */
	listPath: string;
	/** The CSV file it names, when found. */
	file: string | null;
	/** How the file was found, or why not. */
	reason: string;
}

/** The user lists the project's scripts pass to Move-CsUser, found as -CSVData files are (csv.sources, the script's folder, the file name). */
export async function scriptUserLists(
	scripts: readonly string[],
	summaries: ReadonlyMap<string, FileSummary>,
	csvFiles: readonly string[],
	csvSources: Record<string, string>,
): Promise<UserListFact[]> {
	const summarized = scripts.flatMap((script) => {
		const summary = summaries.get(script);
		return summary?.kind === "powershell" && summary.userLists.length > 0 ? [{ script, userLists: summary.userLists }] : [];
	});
	if (summarized.length === 0) return [];
	const { describePath, resolveCsvFile } = await import("@miglint/rules-powershell/csv-files");
	const index = { files: csvFiles, sources: csvSources };
	return summarized.flatMap(({ script, userLists }) =>
		userLists.map(({ line, column, csvFile }): UserListFact => {
			const found = resolveCsvFile(csvFile, script, index);
			return {
				script,
				line,
				column,
				listPath: describePath(csvFile),
				file: found?.file ?? null,
				reason: !found ? "not found" : found.file === null ? found.why : `found ${found.how}`,
			};
		}),
	);
}
