import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readConfigFile, resolveConfig } from "@miglint/core";
import { rules } from "eslint-plugin-miglint";
import { describe, expect, it } from "vitest";
import { copyFixture, miglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

const CONFIG = "miglint.config.yaml";

/** The written file loaded as miglint loads it: any schema problem throws. */
function loadWritten(directory: string) {
	return resolveConfig(readConfigFile(path.join(directory, CONFIG)), rules);
}

describe("miglint init", () => {
	it("writes the facts of the contoso repository: SSO from its domain export, the domains of its batches", async () => {
		const directory = copyFixture("contoso");
		rmSync(path.join(directory, CONFIG));
		const run = await miglint(["init"], { cwd: directory });
		expect(run.stderr).toBe("");
		expect(run.status).toBe(0);
		expect(run.stdout).toBe(
			"Wrote miglint.config.yaml with single sign-on on, 5 domains, 1 CSV file of unknown type (see csv.types): check it, then run miglint.\nAdded .miglintcache* (miglint's cache) to .gitignore.\n",
		);
		expect(readFileSync(path.join(directory, ".gitignore"), "utf8")).toBe("exports/\n.miglintcache*\n");
		const config = loadWritten(directory);
		// The cross-tenant batch, undeclared in the fresh file, reads as staged: its domains are listed too, for the admin to check.
		expect(config.migration).toEqual({
			sso: true,
			domains: { onPremises: ["contoso.com", "fabrikam.com", "northwindtraders.com"], cloud: ["contoso.mail.onmicrosoft.com", "contoso.onmicrosoft.com"] },
		});
		expect(config.csvTypes).toEqual({});
		const text = readFileSync(path.join(directory, CONFIG), "utf8");
		expect(text).toContain("# True when AD FS or other federated single sign-on is deployed");
		expect(text).toContain("settings/domains.json:5:27 says contoso.com is Federated.");
		expect(text).toMatch(/# Its header fits no documented migration CSV type\.\n +# "reports\/mailbox-sizes\.csv": staged\n/u);
		// miglint then runs with it: problems found (1), not a configuration error (2).
		expect((await miglint(["--format", "json"], { cwd: directory })).status).toBe(1);
	});

	it("writes a valid file of commented examples in a repository without facts", async () => {
		const directory = temporaryFolder("init");
		expect((await miglint(["init"], { cwd: directory })).stdout).toBe("Wrote miglint.config.yaml: check it, then run miglint.\n");
		expect(loadWritten(directory).migration).toEqual({});
		const text = readFileSync(path.join(directory, CONFIG), "utf8");
		expect(text).toContain("# sso: true");
		expect(text).toContain("# ignores:");
		// No schema reference: node_modules/miglint/schema exists in a local install only, not in a global or a git one.
		expect(text).not.toContain("$schema");
		expect(existsSync(path.join(directory, ".gitignore"))).toBe(false);
	});

	it("ignores the cache files in the .gitignore of a git work tree, once", async () => {
		const directory = temporaryFolder("init");
		mkdirSync(path.join(directory, ".git"));
		expect((await miglint(["init"], { cwd: directory })).stdout).toBe("Wrote miglint.config.yaml: check it, then run miglint.\nAdded .miglintcache* (miglint's cache) to .gitignore.\n");
		expect((await miglint(["init", "--force"], { cwd: directory })).stdout).toBe("Wrote miglint.config.yaml: check it, then run miglint.\n");
		expect(readFileSync(path.join(directory, ".gitignore"), "utf8")).toBe(".miglintcache*\n");
	});

	it("takes the single sign-on of a Managed domain export, and only the domains a configuration accepts", async () => {
		const directory = temporaryFolder("init");
		writeFileSync(path.join(directory, "domains.json"), '[{ "Id": "contoso.com", "AuthenticationType": "Managed" }]\n');
		writeFileSync(path.join(directory, "wave1.csv"), "EmailAddress,Password\nana@contoso.com,x\nbo@*.contoso.com,y\ncy@,z\nnot-an-address,w\n");
		expect((await miglint(["init"], { cwd: directory })).status).toBe(0);
		expect(loadWritten(directory).migration).toEqual({ sso: false, domains: { onPremises: ["contoso.com"] } });
	});

	it("refuses to overwrite a configuration, unless --force replaces its miglint.config.yaml", async () => {
		const directory = temporaryFolder("init");
		writeFileSync(path.join(directory, CONFIG), "ignores: [old]\n");
		const refused = await miglint(["init"], { cwd: directory });
		expect(refused).toMatchObject({ status: 2, stdout: "", stderr: "miglint: miglint.config.yaml already exists here; use --force to overwrite it\n" });
		expect(readFileSync(path.join(directory, CONFIG), "utf8")).toBe("ignores: [old]\n");
		expect((await miglint(["init", "--force"], { cwd: directory })).status).toBe(0);
		expect(loadWritten(directory).ignores).toEqual([]);

		rmSync(path.join(directory, CONFIG));
		writeFileSync(path.join(directory, "miglint.config.json"), "{}\n");
		expect(await miglint(["init", "--force"], { cwd: directory })).toMatchObject({ status: 2, stderr: "miglint: miglint.config.json already exists here; edit it, or remove it first\n" });
	});

	it("rejects arguments it does not take, and describes itself with --help", async () => {
		expect(await miglint(["init", "batches"])).toMatchObject({ status: 2, stderr: "miglint: miglint init does not take batches (see miglint init --help)\n" });
		const help = await miglint(["init", "--help"]);
		expect(help.status).toBe(0);
		expect(help.stdout).toContain("--force  Overwrite an existing miglint.config.yaml");
	});
});
