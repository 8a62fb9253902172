#!/usr/bin/env node
/**
 * Packs the miglint command as one self-contained tarball, the file a release
 * attaches: packages/cli with the workspace packages it needs bundled in its
 * node_modules, so `npm install --global ./miglint-<version>.tgz` (or the
 * release URL) needs the npm registry only for third-party dependencies and
 * builds nothing. A global install from git cannot do this: npm prepares a git
 * dependency with a nested global install that leaves no command
 * (npm/cli#4148).
 *
 * Usage, after `pnpm build`: node tools/pack-release.mjs [destination directory]
 * Prints the tarball's path.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CLI = path.join(ROOT, "packages/cli");

function npm(args, cwd) {
	// npm_config_* of a pnpm or npm run that started this script (workspace, dry-run) must not change what is packed.
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/iu.test(name)));
	const result = spawnSync("npm", args, { cwd, env, encoding: "utf8", shell: process.platform === "win32" });
	if (result.status !== 0) {
		throw new Error(`npm ${args.join(" ")} in ${cwd} exited with ${result.status}:\n${result.stdout}${result.stderr}`);
	}
	return result.stdout;
}

const readManifest = (directory) => JSON.parse(readFileSync(path.join(directory, "package.json"), "utf8"));

/** The workspace packages by name. */
const workspace = new Map(
	["packages", "rules"].flatMap((parent) =>
		readdirSync(path.join(ROOT, parent)).map((name) => {
			const directory = path.join(ROOT, parent, name);
			return [readManifest(directory).name, directory];
		}),
	),
);

/** The workspace packages the CLI needs at run time, directly or through another one. */
function bundledPackages(manifest) {
	const found = new Set();
	const visit = ({ dependencies = {} }) => {
		for (const name of Object.keys(dependencies)) {
			if (workspace.has(name) && !found.has(name)) {
				found.add(name);
				visit(readManifest(workspace.get(name)));
			}
		}
	};
	visit(manifest);
	return [...found].sort();
}

/** The files npm would publish of each workspace package (its `files`, package.json, README), by package name: one npm run for all. */
function publishedFiles() {
	// Folders, not --workspaces: the root package.json lists no workspaces (pnpm-workspace.yaml does), so that npm installs none there.
	const folders = [...workspace.values()].map((directory) => `./${path.relative(ROOT, directory).replaceAll(path.sep, "/")}`);
	const packs = JSON.parse(npm(["pack", "--dry-run", "--json", "--ignore-scripts", ...folders], ROOT));
	return new Map(packs.map(({ name, files }) => [name, files.map((file) => file.path)]));
}

function copyFiles(files, directory, destination) {
	for (const file of files) {
		mkdirSync(path.dirname(path.join(destination, file)), { recursive: true });
		cpSync(path.join(directory, file), path.join(destination, file));
	}
}

/** Adds dependencies to `into`, failing when two packages ask for different ranges of one. */
function mergeDependencies(into, dependencies, owner) {
	for (const [name, range] of Object.entries(dependencies ?? {})) {
		if (into[name] !== undefined && into[name] !== range) {
			throw new Error(`${owner} needs ${name}@${range}, another package ${name}@${into[name]}: align them before packing`);
		}
		into[name] = range;
	}
}

export function packRelease(destination) {
	if (!existsSync(path.join(CLI, "dist/main.js"))) {
		throw new Error("packages/cli/dist is missing: run pnpm build first");
	}
	const cli = readManifest(CLI);
	const bundled = bundledPackages(cli);
	const staging = mkdtempSync(path.join(tmpdir(), "miglint-release-"));
	try {
		const published = publishedFiles();
		copyFiles(published.get(cli.name), CLI, staging);
		const dependencies = {};
		mergeDependencies(dependencies, cli.dependencies, cli.name);
		for (const name of bundled) {
			const directory = workspace.get(name);
			const manifest = readManifest(directory);
			const bundle = path.join(staging, "node_modules", name);
			copyFiles(published.get(name), directory, bundle);
			mergeDependencies(dependencies, manifest.dependencies, name);
			for (const peer of Object.keys(manifest.peerDependencies ?? {})) {
				if (!cli.dependencies[peer]) {
					throw new Error(`${name} needs ${peer} as a peer, which ${cli.name} does not depend on`);
				}
			}
			// npm takes the dependencies of a bundled package for part of the bundle and installs none of them (an empty
			// eslint folder). The CLI declares them instead: npm installs them in its node_modules, where Node.js finds them
			// from the bundled packages too.
			const { dependencies: _dependencies, peerDependencies: _peers, devDependencies: _devDependencies, scripts: _scripts, ...bundledManifest } = manifest;
			writeFileSync(path.join(bundle, "package.json"), `${JSON.stringify(bundledManifest, null, 2)}\n`);
		}
		// Building happened before packing (prepare would run tsc in the staging copy); tools of the workspace stay out.
		const { scripts: _scripts, devDependencies: _devDependencies, ...manifest } = cli;
		const sortedDependencies = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
		writeFileSync(
			path.join(staging, "package.json"),
			`${JSON.stringify({ ...manifest, dependencies: sortedDependencies, bundleDependencies: bundled }, null, 2)}\n`,
		);
		// The users' README, not packages/cli's (which describes its code): it is what npm shows of the package.
		cpSync(path.join(ROOT, "README.md"), path.join(staging, "README.md"));
		cpSync(path.join(ROOT, "LICENSE"), path.join(staging, "LICENSE"));
		mkdirSync(destination, { recursive: true });
		const [{ filename }] = JSON.parse(npm(["pack", "--json", "--ignore-scripts", "--pack-destination", path.resolve(destination)], staging));
		return path.join(path.resolve(destination), filename);
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	console.log(packRelease(process.argv[2] ?? "."));
}
