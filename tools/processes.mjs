// Running commands as a new user would: shared by the install tests (test/helpers/repository-copy.ts) and
// tools/measure-hook-install.mjs.
import { spawnSync } from "node:child_process";
import path from "node:path";

/** Runs a command to its end; its standard output, or an error with everything it printed when it fails. */
export function mustRun(command, args, options) {
	const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}:\n${result.stdout}${result.stderr}`);
	}
	return result.stdout;
}

/** Git and npm without the settings of the user or of the pnpm run that started this process. */
export function cleanEnvironment(home) {
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm|pnpm)_/iu.test(name)));
	return {
		...env,
		HOME: home,
		PRE_COMMIT_HOME: path.join(home, "pre-commit"),
		GIT_CONFIG_GLOBAL: path.join(home, "gitconfig"),
		GIT_CONFIG_NOSYSTEM: "1",
		GIT_AUTHOR_NAME: "Migration Admin",
		GIT_AUTHOR_EMAIL: "admin@contoso.com",
		GIT_COMMITTER_NAME: "Migration Admin",
		GIT_COMMITTER_EMAIL: "admin@contoso.com",
		// npm's download cache stays shared unless the caller gives its own: most runs are about installing, not downloading.
		npm_config_cache: path.join(process.env.HOME ?? home, ".npm"),
		NO_COLOR: "1",
	};
}
