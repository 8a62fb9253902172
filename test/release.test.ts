import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rules } from "eslint-plugin-miglint";
import { parse } from "yaml";
import { releaseNotes } from "../tools/release-notes.mjs";
import { cleanEnvironment, INSTALL_TIMEOUT, mustRun } from "./helpers/repository-copy.js";
import { REPOSITORY_ROOT } from "./helpers/run-miglint.js";
import { VERSION } from "./helpers/release-stand-in.js";

type Manifest = Record<string, unknown> & { name: string; version: string; private?: boolean };

interface DryRun {
	name: string;
	version: string;
	files: { path: string }[];
}

const read = (file: string) => readFileSync(path.join(REPOSITORY_ROOT, file), "utf8");

/** The workspace packages by name, with their directory and manifest. */
const WORKSPACE = new Map(
	["packages", "rules"].flatMap((parent) =>
		readdirSync(path.join(REPOSITORY_ROOT, parent)).map((entry) => {
			const directory = `${parent}/${entry}`;
			const manifest = JSON.parse(read(`${directory}/package.json`)) as Manifest;
			return [manifest.name, { directory, manifest }] as const;
		}),
	),
);

/** The targets of an `exports` map, however nested. */
function exportTargets(exports: unknown): string[] {
	if (typeof exports === "string") {
		return [exports];
	}
	return exports !== null && typeof exports === "object" ? Object.values(exports).flatMap(exportTargets) : [];
}

/**
 * What npm would publish of every public workspace package (`npm publish --dry-run`
 * of each folder), and the checks publint makes of a manifest: each file the
 * manifest points at is published, `types` comes before `default`, the command
 * has its shebang, and the metadata npm's page shows is there.
 */
describe("npm publish of the workspace packages", () => {
	const env = cleanEnvironment(realpathSync(tmpdir()));
	let published: Map<string, DryRun>;
	const manifests = WORKSPACE;

	beforeAll(() => {
		// Built before the tests, as the release workflow builds before publishing: no prepare script runs here. One run per package folder,
		// as `pnpm publish -r` publishes them: the root package.json lists no workspaces for npm (pre-commit's npm install would build them).
		published = new Map(
			[...manifests.values()].map(({ directory }) => {
				const dryRun = JSON.parse(
					mustRun("npm", ["publish", "--dry-run", "--ignore-scripts", "--json", `./${directory}`], { cwd: REPOSITORY_ROOT, env }),
				) as Record<string, DryRun>;
				const [run] = Object.values(dryRun);
				return [run!.name, run!];
			}),
		);
	}, INSTALL_TIMEOUT);

	it("publishes every workspace package, at the version of the release", () => {
		expect([...published.keys()].sort()).toEqual([...manifests.keys()].sort());
		expect(new Set([...published.values()].map((run) => run.version))).toEqual(new Set([VERSION]));
	});

	it("publishes each file a manifest points at: exports, main, types, bin", () => {
		for (const [name, { manifest }] of manifests) {
			const files = new Set(published.get(name)!.files.map((file) => file.path));
			const targets = [...exportTargets(manifest.exports), manifest.main, manifest.types, ...Object.values((manifest.bin ?? {}) as Record<string, string>)];
			for (const target of targets.filter((entry): entry is string => typeof entry === "string")) {
				expect(files, `${name}: ${target}`).toContain(path.posix.normalize(target));
			}
		}
	});

	it("lists types before default in each export, as TypeScript needs", () => {
		for (const [name, { manifest }] of manifests) {
			for (const [subpath, target] of Object.entries(manifest.exports as Record<string, unknown>)) {
				if (typeof target === "object" && target !== null) {
					expect(Object.keys(target), `${name} ${subpath}`).toEqual(["types", "default"]);
				}
			}
		}
	});

	it("gives the command a shebang", () => {
		const { directory, manifest } = manifests.get("miglint")!;
		for (const bin of Object.values(manifest.bin as Record<string, string>)) {
			expect(read(`${directory}/${bin}`)).toMatch(/^#!\/usr\/bin\/env node\n/u);
		}
	});

	it("has the metadata of a public package: description, license, repository, engines, ESM", () => {
		for (const [name, { directory, manifest }] of manifests) {
			expect(manifest.private, name).toBeUndefined();
			expect(manifest, name).toMatchObject({
				description: expect.stringMatching(/\w/u),
				license: "MIT",
				type: "module",
				repository: { type: "git", url: "git+https://github.com/miglint/miglint.git", directory },
				homepage: "https://github.com/miglint/miglint#readme",
				bugs: "https://github.com/miglint/miglint/issues",
				engines: { node: ">=20.19.0" },
			});
		}
	});
});

describe("the release package (tools/pack-release.mjs)", () => {
	let destination: string;
	let tarball: string;
	const tarFile = (file: string) => mustRun("tar", ["-xzOf", tarball, `package/${file}`], { cwd: destination, env: process.env });

	beforeAll(() => {
		destination = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-pack-release-")));
		tarball = mustRun("node", ["tools/pack-release.mjs", destination], { cwd: REPOSITORY_ROOT, env: process.env }).trim();
	}, INSTALL_TIMEOUT);
	afterAll(() => {
		rmSync(destination, { recursive: true, force: true });
	});

	it("is the CLI at the release version, building nothing when installed", () => {
		expect(path.basename(tarball)).toBe(`miglint-${VERSION}.tgz`);
		const manifest = JSON.parse(tarFile("package.json")) as Manifest;
		expect(manifest).toMatchObject({ name: "miglint", version: VERSION, bin: { miglint: "bin/miglint.js" } });
		expect(manifest.scripts).toBeUndefined();
		expect(manifest.devDependencies).toBeUndefined();
	});

	it("carries the licence text its manifest names", () => {
		expect(JSON.parse(tarFile("package.json"))).toMatchObject({ license: "MIT" });
		expect(tarFile("LICENSE")).toMatch(/^MIT License\n/u);
	});

	it("bundles every workspace package the CLI needs, and declares their registry dependencies itself", () => {
		const manifest = JSON.parse(tarFile("package.json")) as Manifest & { bundleDependencies: string[]; dependencies: Record<string, string> };
		expect(manifest.bundleDependencies).toEqual(
			expect.arrayContaining(["@miglint/core", "@miglint/powershell-parser", "@miglint/rules-csv", "eslint-plugin-miglint"]),
		);
		for (const name of manifest.bundleDependencies) {
			const bundled = JSON.parse(tarFile(`node_modules/${name}/package.json`)) as Manifest;
			expect(bundled.dependencies, name).toBeUndefined();
			expect(tarFile(`node_modules/${name}/dist/index.js`).length, name).toBeGreaterThan(0);
			const source = WORKSPACE.get(name)!.manifest as Manifest & { dependencies?: Record<string, string> };
			for (const [dependency, range] of Object.entries(source.dependencies ?? {})) {
				expect(manifest.dependencies[dependency], `${name} → ${dependency}`).toBe(range);
			}
		}
	});

	it("ships every rule's documentation page with its rules package, where `miglint rules` shows it", () => {
		const listed = new Set(mustRun("tar", ["-tzf", tarball], { cwd: destination, env: process.env }).split("\n"));
		for (const [id, { meta }] of Object.entries(rules)) {
			const language = meta.languages![0]!.replace("miglint/", "");
			expect(listed, id).toContain(`package/node_modules/@miglint/rules-${language}/docs/rules/${id}.md`);
		}
	});
});

describe("the release workflow and its notes", () => {
	const workflow = parse(read(".github/workflows/release.yml")) as {
		on: { push: { tags: string[] } };
		permissions: Record<string, string>;
		jobs: { release: { steps: { name?: string; run?: string; if?: string }[] } };
	};
	const steps = workflow.jobs.release.steps;
	const run = (text: string) => steps.find((step) => step.run?.includes(text));

	it("runs on a version tag, tests, packs the release package and attaches it to the tag's release", () => {
		expect(workflow.on.push.tags).toEqual(["v*.*.*"]);
		expect(steps.indexOf(run("pnpm test:ci")!)).toBeLessThan(steps.indexOf(run("tools/pack-release.mjs")!));
		expect(run("gh release create")!.run).toContain('"$TARBALL"');
	});

	it("publishes the packages with provenance only when an npm token is configured", () => {
		const publish = run("publish")!;
		expect(publish.run).toMatch(/^pnpm publish -r .*--provenance/u);
		expect(publish.if).toBe("${{ env.NPM_TOKEN != '' }}");
		expect(workflow.permissions["id-token"]).toBe("write");
	});

	it("takes the notes of the release from CHANGELOG.md, which has a section for this version", () => {
		expect(run("tools/release-notes.mjs")).toBeDefined();
		expect(releaseNotes(read("CHANGELOG.md"), VERSION)).toContain(`v${VERSION}`);
		expect(() => releaseNotes(read("CHANGELOG.md"), "99.0.0")).toThrow(/no "## \[99\.0\.0\]" section/u);
	});
});
