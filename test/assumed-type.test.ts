import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { miglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

/** A project with one batch of `rows` addresses under a lone EmailAddress column, and the given configuration. */
function loneEmailBatch(rows: number, config?: string): string {
	const directory = temporaryFolder("assumed");
	const addresses = Array.from({ length: rows }, (_row, index) => `user${index + 1}@contoso.com`);
	writeFileSync(path.join(directory, "wave4.csv"), `EmailAddress\n${addresses.join("\n")}\n`);
	if (config) writeFileSync(path.join(directory, "miglint.config.yaml"), config);
	return directory;
}

function findings(stdout: string): { ruleId: string; severity: number; line: number }[] {
	return (JSON.parse(stdout) as { messages: { ruleId: string; severity: number; line: number }[] }[]).flatMap((result) =>
		result.messages.map(({ ruleId, severity, line }) => ({ ruleId, severity, line })),
	);
}

describe("a batch whose type is only assumed", () => {
	it("gets one warning at its header when a row limit goes unchecked", async () => {
		const run = await miglint(["--format", "json", "."], { cwd: loneEmailBatch(2500) });
		expect(findings(run.stdout)).toEqual([{ ruleId: "miglint/csv-assumed-type", severity: 1, line: 1 }]);
		expect(run.status).toBe(0);
	});

	it("gets the limit of the type csv.types declares instead", async () => {
		const run = await miglint(["--format", "json", "."], { cwd: loneEmailBatch(2500, "csv:\n  types:\n    wave4.csv: staged\n") });
		expect(findings(run.stdout)).toEqual([{ ruleId: "miglint/csv-max-rows", severity: 2, line: 2002 }]);
		expect(run.status).toBe(1);
	});

	it("gets nothing when every type its header fits takes its rows", async () => {
		const run = await miglint(["--format", "json", "."], { cwd: loneEmailBatch(2000) });
		expect(findings(run.stdout)).toEqual([]);
		expect(run.status).toBe(0);
	});
});
