import { relativePath } from "@miglint/core";
import { parseCsv } from "@miglint/language-csv";
import { decodedText } from "./batch-csv-files.js";
import type { FileSummary } from "./file-summaries.js";

/** A New-CsBatchPolicyAssignmentOperation call whose users are a column of a project CSV file, and how many different users that column holds. */
export interface PolicyAssignmentFact {
	script: string;
	line: number;
	column: number;
	file: string;
	usersColumn: string;
	users: number;
}

/** The different non-empty values of a column, compared as Import-Csv names properties (letter case aside); null when the header has no such column. */
function distinctValues(text: string, column: string): number | null {
	const parsed = parseCsv(text);
	const index = parsed.ok ? (parsed.document.header?.names.findIndex((name) => name.toLowerCase() === column.toLowerCase()) ?? -1) : -1;
	if (!parsed.ok || index === -1) return null;
	const users = new Set<string>();
	for (const row of parsed.document.rows) {
		const value = row.value(index)?.trim();
		if (value) users.add(value.toLowerCase());
	}
	return users.size;
}

/**
 * The batch policy assignments of the project's scripts whose users come from
 * a CSV file of the project, with the number of users: the file is found as
 * a -CSVData file is, and read on each run (only these files are).
 */
export async function scriptPolicyAssignments(
	root: string,
	scripts: readonly string[],
	summaries: ReadonlyMap<string, FileSummary>,
	csvFiles: readonly string[],
	csvSources: Record<string, string>,
	legacyEncoding: string | null,
): Promise<PolicyAssignmentFact[]> {
	const summarized = scripts.flatMap((script) => {
		const summary = summaries.get(script);
		return summary?.kind === "powershell" && summary.policyAssignments.length > 0 ? [{ script, assignments: summary.policyAssignments }] : [];
	});
	if (summarized.length === 0) return [];
	const { resolveCsvFile } = await import("@miglint/rules-powershell/csv-files");
	const index = { files: csvFiles, sources: csvSources };
	return summarized.flatMap(({ script, assignments }) =>
		assignments.flatMap(({ line, column, csvFile, usersColumn }) => {
			const file = resolveCsvFile(csvFile, script, index)?.file;
			const text = file ? decodedText(file, legacyEncoding) : null;
			const users = text === null ? null : distinctValues(text, usersColumn);
			return file && users !== null ? [{ script, line, column, file: relativePath(root, file), usersColumn, users }] : [];
		}),
	);
}
