import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { rootCertificates } from "node:tls";
import { cleanEnvironment, mustRun, repositoryCopy } from "./repository-copy.js";
import { REPOSITORY_ROOT } from "./run-miglint.js";

/** The public repository the documents name. */
export const PUBLIC_REPOSITORY = "https://github.com/miglint/miglint";

export const VERSION = (JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, "packages/cli/package.json"), "utf8")) as { version: string }).version;
export const TAG = `v${VERSION}`;

/** A stand-in for github.com needs openssl (its certificate) besides git; a machine without them skips those tests, saying why. */
export const WITHOUT_STAND_IN = ["git", "openssl"]
	.filter((command) => spawnSync(command, ["version"]).error !== undefined)
	.map((command) => ` (skipped: ${command} is not on PATH)`)
	.join("");

export interface Release {
	/** A clean environment: an empty npm cache and global prefix (whose bin directory is first on PATH), git and npm reaching the stand-ins. */
	env: NodeJS.ProcessEnv;
	home: string;
	/** The release package, as tools/pack-release.mjs makes it of this working tree. */
	tarball: string;
	stop(): void;
}

/**
 * `https://github.com/miglint/miglint` for git in `env` (git's `insteadOf`, which pre-commit passes on too):
 * a bare copy of the working tree in `home`, tagged with the release tag. Returns the working copy it was
 * made from, for the caller to remove.
 */
export function standInRepository(home: string, env: NodeJS.ProcessEnv): string {
	const { directory } = repositoryCopy(env);
	mustRun("git", ["tag", TAG], { cwd: directory, env });
	const bare = path.join(home, "github", "miglint.git");
	mustRun("git", ["clone", "-q", "--bare", directory, bare], { cwd: home, env });
	Object.assign(env, { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: `url.file://${bare.replace(/\.git$/u, "")}.insteadOf`, GIT_CONFIG_VALUE_0: PUBLIC_REPOSITORY });
	return directory;
}

/**
 * This repository as a new user reaches it, without the network: `https://github.com/miglint/miglint`
 * is a bare copy of the working tree tagged with the release tag (git's `insteadOf`), and the
 * release's download URL serves the package tools/pack-release.mjs makes, through an HTTPS proxy
 * (helpers/github-stand-in.mjs) that passes every other host through, the npm registry included.
 */
export async function standInRelease(): Promise<Release> {
	const home = realpathSync(mkdtempSync(path.join(tmpdir(), "miglint-release-home-")));
	const prefix = path.join(home, "global");
	const base = cleanEnvironment(home);
	const env: NodeJS.ProcessEnv = {
		...base,
		npm_config_cache: path.join(home, "npm-cache"),
		npm_config_prefix: prefix,
		npm_config_update_notifier: "false",
		PATH: `${path.join(prefix, "bin")}${path.delimiter}${base.PATH}`,
	};
	let proxy: ReturnType<typeof spawn> | undefined;
	let copy: string | undefined;
	const stop = () => {
		proxy?.kill();
		rmSync(home, { recursive: true, force: true });
		if (copy) {
			rmSync(copy, { recursive: true, force: true });
		}
	};
	try {
		copy = standInRepository(home, env);

		const tarball = mustRun("node", [path.join(REPOSITORY_ROOT, "tools/pack-release.mjs"), path.join(home, "release")], { cwd: home, env }).trim();
		const certificate = path.join(home, "github.pem");
		const key = path.join(home, "github-key.pem");
		mustRun(
			"openssl",
			[
				"req",
				"-x509",
				"-newkey",
				"rsa:2048",
				"-nodes",
				"-days",
				"1",
				"-subj",
				"/CN=github.com",
				"-addext",
				"subjectAltName=DNS:github.com",
				"-keyout",
				key,
				"-out",
				certificate,
			],
			{ cwd: home, env },
		);
		const assets = path.join(home, "assets.json");
		const url = new URL(`${PUBLIC_REPOSITORY}/releases/download/${TAG}/${path.basename(tarball)}`);
		writeFileSync(assets, JSON.stringify({ [url.pathname]: tarball }));
		proxy = spawn(process.execPath, [path.join(REPOSITORY_ROOT, "test/helpers/github-stand-in.mjs"), certificate, key, assets], {
			stdio: ["ignore", "pipe", "inherit"],
		});
		const lines = createInterface({ input: proxy.stdout! })[Symbol.asyncIterator]();
		const port = (await lines.next()).value as string;
		mkdirSync(prefix, { recursive: true });
		const proxyUrl = `http://127.0.0.1:${port}`;
		// npm trusts only its cafile when one is set: the stand-in's certificate joins the authorities Node.js and the machine trust.
		const authorities = path.join(home, "authorities.pem");
		const machine =
			process.env.NODE_EXTRA_CA_CERTS && existsSync(process.env.NODE_EXTRA_CA_CERTS) ? [readFileSync(process.env.NODE_EXTRA_CA_CERTS, "utf8")] : [];
		writeFileSync(authorities, [...rootCertificates, ...machine, readFileSync(certificate, "utf8")].join("\n"));
		Object.assign(env, {
			HTTPS_PROXY: proxyUrl,
			https_proxy: proxyUrl,
			NO_PROXY: "",
			no_proxy: "",
			NODE_EXTRA_CA_CERTS: authorities,
			npm_config_cafile: authorities,
		});
		return { env, home, tarball, stop };
	} catch (error) {
		stop();
		throw error;
	}
}
