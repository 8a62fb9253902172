import {
	formatCount,
	relativePath,
	type BatchTypeFact,
	type FileProjectFacts,
	type MiglintConfig,
	type PolicyAssignmentUsers,
	type ProjectFactsSource,
	type ScriptBatch,
} from "@miglint/core";
import { absoluteSources, type ProjectFactsReport } from "./collect-project-facts.js";
import { moduleEditionsByScript } from "./module-manifests.js";

/** For each batch CSV with mailboxes other batch files list too: address → the other places. */
function otherBatchesByFile(report: ProjectFactsReport): Map<string, Record<string, string[]>> {
	const byFile = new Map<string, Record<string, string[]>>();
	for (const { address, places } of report.duplicates) {
		for (const place of places) {
			const others = places
				.filter((other) => other.file !== place.file)
				.map((other) => `${relativePath(report.root, other.file)} row ${formatCount(other.row)}`);
			// A record without a prototype is a dictionary from the start: keyed by addresses, which differ from file to
			// file, plain objects would each get hidden classes of their own (3 MB for 3,000 batches sharing addresses).
			const entry = byFile.get(place.file) ?? (Object.create(null) as Record<string, string[]>);
			entry[address] = others;
			byFile.set(place.file, entry);
		}
	}
	return byFile;
}

/** For each script: the type of its batches that the project's scripts tell (an endpoint may be created in another script). */
function batchTypesByScript(report: ProjectFactsReport): Map<string, BatchTypeFact[]> {
	const byScript = new Map<string, BatchTypeFact[]>();
	for (const { script, line, column, type, typeReason } of report.batches) {
		if (type !== null) byScript.set(script, [...(byScript.get(script) ?? []), { line, column, type, reason: typeReason }]);
	}
	return byScript;
}

/** For each script: the users its batch policy assignments read from project CSV files. */
function policyAssignmentsByScript(report: ProjectFactsReport): Map<string, PolicyAssignmentUsers[]> {
	const byScript = new Map<string, PolicyAssignmentUsers[]>();
	for (const { script, line, column, file, users } of report.policyAssignments) {
		byScript.set(script, [...(byScript.get(script) ?? []), { line, column, file, users }]);
	}
	return byScript;
}

/**
 * The project facts each file gets, looked up when its rules ask: the shared
 * ones (SSO; every CSV file and csv.sources, for scripts' -CSVData paths), for
 * a batch CSV the script that creates a batch from it and its mailboxes other
 * batch files list, for a script the types of its batches, and for a file
 * with federation settings both sides' federation, for a script of a module
 * whose manifest asks for PowerShell 7 that manifest. Nothing is built per
 * file in advance.
 */
export function projectFactsSource(report: ProjectFactsReport, config: MiglintConfig): ProjectFactsSource {
	const otherBatches = otherBatchesByFile(report);
	const batchTypes = batchTypesByScript(report);
	const policyAssignments = policyAssignmentsByScript(report);
	const scriptBatches = new Map<string, ScriptBatch>(
		report.csvTypes.flatMap((fact) => (fact.script ? [[fact.file, { type: fact.type!, script: fact.script }] as const] : [])),
	);
	const shared: FileProjectFacts = {
		...(report.sso ? { sso: { federated: report.sso.federated, source: report.sso.source } } : {}),
		csvFiles: report.csvTypes.map((fact) => fact.file),
		csvSources: absoluteSources(config),
	};
	const federationFiles = new Set(report.federation?.files);
	const federation = report.federation && { onPremises: report.federation.onPremises, online: report.federation.online };
	const moduleEditions = moduleEditionsByScript(report.modules, report.root);
	return (file) => {
		const moduleEdition = moduleEditions.get(file);
		const others = otherBatches.get(file);
		const scriptBatch = scriptBatches.get(file);
		const types = batchTypes.get(file);
		const assignments = policyAssignments.get(file);
		return {
			...shared,
			...(others ? { otherBatches: others } : {}),
			...(scriptBatch ? { scriptBatch } : {}),
			...(types ? { batchTypes: types } : {}),
			...(federation && federationFiles.has(file) ? { federation } : {}),
			...(assignments ? { policyAssignments: assignments } : {}),
			...(moduleEdition ? { moduleEdition } : {}),
		};
	};
}

/**
 * What of the project facts can change a file's findings, as a string: when
 * it differs from the one of the run that cached the file's result, that result
 * is stale. A CSV file depends on SSO, its script batch and the mailboxes other
 * batches list; a script on where its -CSVData paths lead and on its batches'
 * types (an endpoint another script creates) and on the users its batch policy
 * assignments read from CSV files, not on the list of every CSV
 * file, so that adding a CSV file leaves the other files' results be; a
 * settings file on the federation of both sides when it holds some; a script
 * also on the manifest of its module when that asks for PowerShell 7.
 */
export function factsFingerprints(report: ProjectFactsReport, source: ProjectFactsSource): (file: string) => string {
	const csvFiles = new Set(report.csvTypes.map((fact) => fact.file));
	const batchesByScript = new Map<string, ProjectFactsReport["batches"]>();
	for (const batch of report.batches) batchesByScript.set(batch.script, [...(batchesByScript.get(batch.script) ?? []), batch]);
	return (file) => {
		if (csvFiles.has(file)) {
			const { sso, scriptBatch, otherBatches } = source(file);
			return JSON.stringify({ sso, scriptBatch, otherBatches });
		}
		const batches = batchesByScript
			.get(file)
			?.map(({ line, column, csvFile, csvReason, type, typeReason }) => [line, column, csvFile, csvReason, type, typeReason]);
		const { policyAssignments, federation, moduleEdition } = source(file);
		if (policyAssignments || moduleEdition) return JSON.stringify({ batches, policyAssignments, moduleEdition });
		if (batches) return JSON.stringify(batches);
		return federation ? JSON.stringify(federation) : "";
	};
}
