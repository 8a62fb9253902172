import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, REPOSITORY_ROOT } from "./helpers/run-miglint.js";

const ESLINT_BINARY = path.join(path.dirname(createRequire(path.join(REPOSITORY_ROOT, "package.json")).resolve("eslint/package.json")), "bin/eslint.js");
const PLUGIN = pathToFileURL(path.join(REPOSITORY_ROOT, "packages/eslint-plugin-miglint/dist/index.js")).href;

type Message = { ruleId: string; line: number; message: string };

/** A copy of the Contoso project without miglint.config.yaml: SSO then comes from its domain export only. */
describe("eslint-plugin-miglint's project facts through the eslint binary", () => {
	let project = "";
	let results: { filePath: string; messages: Message[] }[] = [];
	const messagesOf = (file: string, ruleId: string) =>
		results.find((result) => result.filePath === path.join(project, file))!.messages.filter((message) => message.ruleId === ruleId);

	beforeAll(() => {
		project = path.join(mkdtempSync(path.join(tmpdir(), "miglint-plugin-facts-")), "contoso");
		cpSync(path.join(FIXTURES, "contoso"), project, { recursive: true });
		rmSync(path.join(project, "miglint.config.yaml"));
		writeFileSync(
			path.join(project, "eslint.config.js"),
			`import miglint from ${JSON.stringify(PLUGIN)};\nexport default [...miglint.configs.recommended, await miglint.projectFacts()];\n`,
		);
		const run = spawnSync(process.execPath, [ESLINT_BINARY, "--format", "json", "."], { cwd: project, encoding: "utf8" });
		expect(run.stderr).toBe("");
		results = JSON.parse(run.stdout) as typeof results;
	});
	afterAll(() => {
		rmSync(path.dirname(project), { recursive: true, force: true });
	});

	it("takes single sign-on from the domain export", () => {
		// One finding a True row, all with the same source.
		const messages = messagesOf("batches/broken/csv-force-change-password.csv", "miglint/csv-force-change-password").map((message) => message.message);
		expect([...new Set(messages)]).toEqual([expect.stringContaining("(settings/domains.json:5:27 says contoso.com is Federated)")]);
	});

	it("checks a CSV file as the batch type the script that reads it through -CSVData creates", () => {
		expect(messagesOf("batches/broken/csv-columns.imap.csv", "miglint/csv-columns").map((message) => message.message)).toEqual([
			expect.stringContaining("an IMAP migration batch requires it (scripts/start-imap.ps1:24:5 creates an IMAP"),
			expect.stringContaining("'ForceChangePassword' is not a column of an IMAP migration batch;"),
		]);
	});

	it("names a mailbox two batch files list, and a -CSVData file the repository does not have", () => {
		expect(messagesOf("batches/broken/csv-unique-email-across-batches.csv", "miglint/csv-unique-email-across-batches")).toHaveLength(1);
		expect(messagesOf("scripts/broken/ps-csvdata-file.ps1", "miglint/ps-csvdata-file").map((message) => message.line)).toEqual([18]);
	});
});
