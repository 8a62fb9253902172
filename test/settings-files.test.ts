import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonResults, miglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

function workspace(files: Record<string, string>): string {
	const directory = temporaryFolder("settings");
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
		writeFileSync(path.join(directory, name), text);
	}
	return directory;
}

describe("JSON and YAML files in a repository", () => {
	const withComments = '{\n  // a comment, as VS Code allows\n  "name": "x",\n}\n';

	it("leaves the files of well-known tools alone, reports a broken unrelated file, and stays quiet on unrelated good ones", async () => {
		const directory = workspace({
			"package.json": '{ "name": "x", "name": "y" }\n',
			"tsconfig.json": withComments,
			".vscode/settings.json": withComments,
			".devcontainer/devcontainer.json": withComments,
			"src/runtimeconfig.template.json": withComments,
			"pnpm-lock.yaml": "lockfileVersion: '9.0'\nlockfileVersion: '9.0'\n",
			"docs/toc.yml": "- name: Overview\n  href: index.md\n",
			"data/broken.json": '{ "users": [1, 2,] }\n',
		});
		const run = await miglint([".", "--format", "json"], { cwd: directory });
		expect(run.stderr).toBe("");
		expect(run.status).toBe(1);
		const results = jsonResults(run, directory);
		expect(results.map((result) => result.filePath)).toEqual(["data/broken.json", "docs/toc.yml"]);
		expect(results[0]!.messages).toEqual([expect.objectContaining({ fatal: true, line: 1, column: 17, message: expect.stringContaining("Trailing comma") })]);
		expect(results[1]!.messages).toEqual([]);
	});

	it("checks a recognised settings file at the offending value", async () => {
		const directory = workspace({ "settings/federation.yaml": "Identity: Global\nSharedSipAddressSpace: false\nAllowFederatedUsers: yes please\n" });
		const [result] = jsonResults(await miglint([".", "--format", "json"], { cwd: directory }), directory);
		expect(result!.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
			["miglint/config-shared-sip-address-space", 2, 24],
			["miglint/config-schema", 3, 22],
		]);
	});
});
