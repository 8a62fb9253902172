import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readConfigFile, resolveConfig } from "@miglint/core";
import { rules } from "eslint-plugin-miglint";
import { describe, expect, it } from "vitest";
import { copyFixture, miglint } from "./helpers/run-miglint.js";
import { temporaryFolder } from "./helpers/temporary-folder.js";

const CONFIG = "miglint.config.yaml";

/** The written file's comments as running text: they wrap at 100 columns. */
function unwrapped(text: string): string {
	return text.replace(/\n *# /gu, " ");
}

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
			"Wrote miglint.config.yaml with single sign-on on, 3 domains, 1 CSV file of unknown type (see csv.types): check it, then run miglint.\nAdded .miglintcache* (miglint's cache) to .gitignore.\n",
		);
		expect(readFileSync(path.join(directory, ".gitignore"), "utf8")).toBe("exports/\n.miglintcache*\n");
		const config = loadWritten(directory);
		// The cross-tenant batch, undeclared in the fresh file, is only assumed staged: its addresses, in another tenant's domains, are left out.
		// Settings files set SharedSipAddressSpace both ways: the move may not be final, so skypeHybrid stays a comment.
		expect(config.migration).toEqual({
			sso: true,
			domains: { onPremises: ["contoso.com", "fabrikam.com"], cloud: ["contoso.mail.onmicrosoft.com"] },
		});
		expect(config.csvTypes).toEqual({});
		const text = readFileSync(path.join(directory, CONFIG), "utf8");
		expect(text).toContain("# True when AD FS or other federated single sign-on is deployed");
		expect(text).toContain("settings/domains.json:5:27 says contoso.com is Federated.");
		expect(text).toMatch(/# Its header fits no documented migration CSV type\.\n +# "reports\/mailbox-sizes\.csv": staged\n/u);
		expect(unwrapped(text)).toContain(
			"scripts/broken/ps-shared-sip-address-space.ps1:27:9, settings/broken/config-shared-sip-address-space.json:9:28 set SharedSipAddressSpace to false, and settings/broken/config-autodiscover-cname.runbook.yaml:11:28, settings/broken/config-schema.json:4:28 and 1 more to true: set this to true only if every user has moved online and the move is final; otherwise keep SharedSipAddressSpace true. final: true\n",
		);
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
		expect(text).toContain("# overrides: [{ files: [batches/pilot.csv], rules: { csv-force-change-password: off } }]");
		// No schema reference: node_modules/miglint/schema exists in a local install only, not in a global or a git one.
		expect(text).not.toContain("$schema");
		expect(existsSync(path.join(directory, ".gitignore"))).toBe(false);
	});

	it("ignores the cache files in the .gitignore of a git work tree, once", async () => {
		const directory = temporaryFolder("init");
		mkdirSync(path.join(directory, ".git"));
		expect((await miglint(["init"], { cwd: directory })).stdout).toBe(
			"Wrote miglint.config.yaml: check it, then run miglint.\nAdded .miglintcache* (miglint's cache) to .gitignore.\n",
		);
		expect((await miglint(["init", "--force"], { cwd: directory })).stdout).toBe("Wrote miglint.config.yaml: check it, then run miglint.\n");
		expect(readFileSync(path.join(directory, ".gitignore"), "utf8")).toBe(".miglintcache*\n");
	});

	it("writes migration.skypeHybrid and csv.legacyEncoding from the settings and batches it sees", async () => {
		const directory = temporaryFolder("init");
		writeFileSync(path.join(directory, "federation.json"), '{\n  "Identity": "Global",\n  "SharedSipAddressSpace": true,\n  "AllowFederatedUsers": true\n}\n');
		const rows = Array.from({ length: 40 }, (_row, index) => `user${index}@contoso.com,Été-Fenêtre-${index},False`);
		writeFileSync(path.join(directory, "wave1.csv"), Buffer.from(`EmailAddress,Password,ForceChangePassword\r\n${rows.join("\r\n")}\r\n`, "latin1"));
		expect((await miglint(["init"], { cwd: directory })).status).toBe(0);
		const config = loadWritten(directory);
		expect(config.migration.skypeHybrid).toEqual({ final: false });
		expect(config.csvLegacyEncoding).toBe("windows-1252");
		const text = readFileSync(path.join(directory, CONFIG), "utf8");
		expect(unwrapped(text)).toContain(
			"skypeHybrid: True once every user has moved online and the hybrid configuration is being dismantled; until then SharedSipAddressSpace must stay true. Found: federation.json:3:28 keeps SharedSipAddressSpace true.\n    final: false\n",
		);
		expect(unwrapped(text)).toMatch(
			/Found: wave1\.csv is not UTF-8 and reads as Windows-1252 \(ANSI, Western European\) \(\d+% sure\)\..*\n {2}legacyEncoding: windows-1252\n/u,
		);
		// No cell of the batch is quoted.
		expect(text).not.toContain("Fen");
	});

	it("leaves migration.skypeHybrid.final commented when a script turns SharedSipAddressSpace off", async () => {
		const directory = temporaryFolder("init");
		writeFileSync(
			path.join(directory, "finish.ps1"),
			"Connect-MicrosoftTeams\nSet-CsTenantFederationConfiguration -SharedSipAddressSpace $false\nDisconnect-MicrosoftTeams\n",
		);
		expect((await miglint(["init"], { cwd: directory })).status).toBe(0);
		expect(loadWritten(directory).migration.skypeHybrid).toBeUndefined();
		const text = readFileSync(path.join(directory, CONFIG), "utf8");
		expect(unwrapped(text)).toContain(
			" finish.ps1:2:37 set SharedSipAddressSpace to false: set this to true only if every user has moved online and the move is final; otherwise keep SharedSipAddressSpace true. final: true\n",
		);
	});

	it("takes no SharedSipAddressSpace from a script with a syntax error", async () => {
		const directory = temporaryFolder("init");
		writeFileSync(path.join(directory, "finish.ps1"), "if ($done {\n  Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false\n}\n");
		expect((await miglint(["init"], { cwd: directory })).status).toBe(0);
		expect(readFileSync(path.join(directory, CONFIG), "utf8")).not.toContain("finish.ps1");
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
		expect(await miglint(["init", "--force"], { cwd: directory })).toMatchObject({
			status: 2,
			stderr: "miglint: miglint.config.json already exists here; edit it, or remove it first\n",
		});
	});

	it("rejects arguments it does not take, and describes itself with --help", async () => {
		expect(await miglint(["init", "batches"])).toMatchObject({ status: 2, stderr: "miglint: miglint init does not take batches (see miglint init --help)\n" });
		const help = await miglint(["init", "--help"]);
		expect(help.status).toBe(0);
		expect(help.stdout).toContain("--force  Overwrite an existing miglint.config.yaml");
	});
});
