import { readFileSync } from "node:fs";
import { relativePath } from "@miglint/core";

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

/** Only scripts that create batches or endpoints are parsed: parsing every script of a repository would slow a pre-commit hook. */
const CREATES_BATCH_OR_ENDPOINT = /New-Migration(Batch|Endpoint)/iu;

function mentionsBatch(bytes: Buffer): boolean {
	// A UTF-16 script has NULs between the letters.
	return CREATES_BATCH_OR_ENDPOINT.test(bytes.toString("latin1").replaceAll("\0", ""));
}

/**
 * The migration batches the project's scripts create. Scripts that cannot be
 * read or parsed are skipped: linting reports them.
 */
export async function scriptBatches(root: string, scripts: readonly string[], csvFiles: readonly string[], csvSources: Record<string, string>): Promise<BatchFact[]> {
	const candidates = scripts.flatMap((script) => {
		try {
			const bytes = readFileSync(script);
			return mentionsBatch(bytes) ? [{ script, bytes }] : [];
		} catch {
			return [];
		}
	});
	if (candidates.length === 0) {
		return [];
	}
	const [{ PowerShellLanguage }, { createdEndpoints, describePath, migrationBatches, resolveCsvFile }] = await Promise.all([
		import("@miglint/language-powershell"),
		import("@miglint/rules-powershell/migration-batches"),
	]);
	const language = new PowerShellLanguage();
	const parsed = candidates.flatMap(({ script, bytes }) => {
		const file = { path: script, physicalPath: script, body: new Uint8Array(bytes) };
		const result = language.parse(file as never);
		return result.ok ? [{ script, sourceCode: language.createSourceCode(file as never, result) }] : [];
	});

	// Runbooks often create the endpoints in one script and the batches in others.
	const endpoints = new Map<string, { type: string; reason: string }[]>();
	for (const { script, sourceCode } of parsed) {
		for (const { name, command, type, switches } of createdEndpoints(sourceCode)) {
			const { line, column } = command.node.loc.start;
			const reason = `its -SourceEndpoint '${name}' is created with New-MigrationEndpoint ${switches} at ${relativePath(root, script)}:${line}:${column + 1}`;
			endpoints.set(name.toLowerCase(), [...(endpoints.get(name.toLowerCase()) ?? []), { type, reason }]);
		}
	}

	const index = { files: csvFiles, sources: csvSources };
	return parsed.flatMap(({ script, sourceCode }) =>
		migrationBatches(sourceCode).map(({ command, type, sourceEndpoint, csvFile }): BatchFact => {
			const created = sourceEndpoint === null ? [] : (endpoints.get(sourceEndpoint.toLowerCase()) ?? []);
			const batchType = type ?? (new Set(created.map((endpoint) => endpoint.type)).size === 1 ? created[0]! : null);
			const found = csvFile && resolveCsvFile(csvFile, script, index);
			const { line, column } = command.node.loc.start;
			return {
				script,
				line,
				column: column + 1,
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
