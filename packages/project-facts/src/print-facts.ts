import { formatCount, getCsvType, plural, relativePath, type MiglintConfig } from "@miglint/core";
import type { ProjectFactsReport } from "./collect-project-facts.js";

/** The report with project-relative paths, as `--print-facts --format json` prints it. */
export function factsAsJson(report: ProjectFactsReport, config: MiglintConfig): unknown {
	const relative = (file: string) => relativePath(report.root, file);
	return {
		root: report.root,
		configuration: config.file,
		migration: config.migration,
		sso: report.sso && { ...report.sso, domains: report.sso.domains.map((domain) => ({ ...domain, file: relative(domain.file) })) },
		federation: report.federation && { ...report.federation, files: report.federation.files.map(relative) },
		batches: report.batches.map((batch) => ({ ...batch, script: relative(batch.script), csvFile: batch.csvFile && relative(batch.csvFile) })),
		userLists: report.userLists.map((list) => ({ ...list, script: relative(list.script), file: list.file && relative(list.file) })),
		policyAssignments: report.policyAssignments.map((assignment) => ({ ...assignment, script: relative(assignment.script) })),
		csvTypes: report.csvTypes.map((fact) => ({ ...fact, file: relative(fact.file) })),
		duplicates: report.duplicates.map(({ address, places }) => ({ address, places: places.map((place) => ({ ...place, file: relative(place.file) })) })),
		modules: report.modules.map(({ manifest, reason, scripts }) => ({ manifest: relative(manifest), reason, scripts: scripts.map(relative) })),
	};
}

function typeTitle(type: string | null): string {
	return type ? `${getCsvType(type)!.title} (${type})` : "unknown type";
}

/** The facts in words, each with where it comes from. */
export function factsAsText(report: ProjectFactsReport, config: MiglintConfig): string {
	const relative = (file: string) => relativePath(report.root, file);
	const lines = [`Project facts of ${report.root}`, `Configuration: ${config.file ? relative(config.file) : "none (defaults)"}`, ""];

	lines.push("Single sign-on (ForceChangePassword must be False when it is deployed)");
	const configured = config.migration.sso;
	lines.push(`  migration.sso in the configuration: ${configured === undefined ? "not set" : String(configured)}`);
	if (report.sso) {
		lines.push(`  domain exports: ${report.sso.federated ? "federated" : "not federated"} (${report.sso.source})`);
		for (const domain of report.sso.domains) {
			lines.push(`    ${domain.name}: ${domain.authentication} at ${relative(domain.file)}:${domain.line}:${domain.column}`);
		}
	} else {
		lines.push("  domain exports: none in the project");
	}
	lines.push("");

	lines.push("Skype for Business hybrid (SharedSipAddressSpace must stay true until the move online is final)");
	const final = config.migration.skypeHybrid?.final;
	lines.push(`  migration.skypeHybrid.final in the configuration: ${final === undefined ? "not set (the move is taken as not final)" : String(final)}`);
	lines.push("  federation (must match on premises and online):");
	if (report.federation) {
		for (const [side, facts] of [
			["on premises", report.federation.onPremises],
			["online", report.federation.online],
		] as const) {
			const parts = Object.entries(facts).map(
				([part, { value, file }]) => `${part} ${Array.isArray(value) ? `[${value.join(", ")}]` : String(value)} (${file})`,
			);
			lines.push(`    ${side}: ${parts.length > 0 ? parts.join(", ") : "nothing the exports agree on"}`);
		}
	} else {
		lines.push("    not compared: the project does not hold the settings of both sides");
	}
	lines.push("");

	lines.push("Migration batches the scripts create");
	if (report.batches.length === 0) lines.push("  none");
	for (const batch of report.batches) {
		lines.push(`  ${relative(batch.script)}:${batch.line}:${batch.column}: ${typeTitle(batch.type)}, because ${batch.typeReason}`);
		const file = batch.csvFile ? ` -> ${relative(batch.csvFile)}` : "";
		const written = batch.csvPath === null ? "" : ` '${batch.csvPath}'`;
		lines.push(`    -CSVData${written}${file} (${batch.csvReason})`);
	}
	lines.push("");

	lines.push("User lists the scripts pass to Move-CsUser -UserList");
	if (report.userLists.length === 0) lines.push("  none");
	for (const list of report.userLists) {
		lines.push(`  ${relative(list.script)}:${list.line}:${list.column}: '${list.listPath}'${list.file ? ` -> ${relative(list.file)}` : ""} (${list.reason})`);
	}
	lines.push("");

	lines.push("Batch policy assignments whose users come from CSV files (New-CsBatchPolicyAssignmentOperation takes at most 5,000)");
	if (report.policyAssignments.length === 0) lines.push("  none");
	for (const { script, line, column, file, usersColumn, users } of report.policyAssignments) {
		lines.push(`  ${relative(script)}:${line}:${column}: ${formatCount(users)} users in column ${usersColumn} of ${file}`);
	}
	lines.push("");

	lines.push("CSV files and their migration type (files that are not migration batches are left alone unless csv.allFiles is true)");
	if (report.csvTypes.length === 0) lines.push("  none");
	for (const fact of report.csvTypes) {
		lines.push(`  ${relative(fact.file)}: ${fact.linted ? typeTitle(fact.type) : "left alone, not a migration batch"}, because ${fact.reason}`);
	}
	lines.push("");

	lines.push("Mailboxes in more than one batch file");
	if (report.duplicates.length === 0) lines.push("  none");
	for (const { address, places } of report.duplicates) {
		lines.push(`  ${address}: ${places.map((place) => `${relative(place.file)} row ${place.row}`).join(", ")}`);
	}
	lines.push("");

	lines.push("Modules only PowerShell 7 imports (their scripts are not taken to run on Windows PowerShell 5.1)");
	if (report.modules.length === 0) lines.push("  none");
	for (const { manifest, reason, scripts } of report.modules) {
		lines.push(`  ${relative(manifest)}: ${reason}, ${plural(scripts.length, "script")}`);
	}
	return `${lines.join("\n")}\n`;
}
