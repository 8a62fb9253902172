import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const FIXTURES = path.join(REPOSITORY_ROOT, "fixtures");
const BINARY = path.join(REPOSITORY_ROOT, "packages/cli/bin/miglint.js");

export interface MiglintRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the built `miglint` binary the way a shell, a hook or CI does. */
export function runMiglint(
	args: readonly string[],
	options: { cwd?: string; env?: Record<string, string | undefined>; withoutPrivileges?: boolean; input?: string } = {},
): MiglintRun {
	if (!existsSync(path.join(REPOSITORY_ROOT, "packages/cli/dist/main.js"))) {
		throw new Error("miglint is not built: run `pnpm build` before these tests (`pnpm test` does)");
	}
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries<string | undefined>({ ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env })) {
		if (value !== undefined) {
			env[name] = value;
		}
	}
	// Root reads any file: without its capabilities (util-linux setpriv), permissions apply to it too.
	const command = options.withoutPrivileges && process.getuid?.() === 0 ? ["setpriv", "--inh-caps=-all", "--bounding-set=-all", process.execPath] : [process.execPath];
	const result = spawnSync(command[0]!, [...command.slice(1), BINARY, ...args], {
		cwd: options.cwd ?? REPOSITORY_ROOT,
		env,
		encoding: "utf8",
		maxBuffer: 64 * 1024 * 1024,
		...(options.input === undefined ? {} : { input: options.input }),
	});
	if (result.error) {
		throw result.error;
	}
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Standard output and standard error of miglint run under a pseudo-terminal (util-linux `script`), as one stream. */
export function runOnTerminal(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): string {
	const command = [process.execPath, BINARY, ...args].map((part) => `'${part}'`).join(" ");
	const result = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: options.cwd ?? REPOSITORY_ROOT, env: { ...process.env, ...options.env }, encoding: "utf8" });
	if (result.error) {
		throw result.error;
	}
	return result.stdout;
}

/** A private copy of a fixture directory, for runs that write or need extra files. */
export function copyFixture(name: string): string {
	const directory = realpathSync(mkdtempSync(path.join(tmpdir(), `miglint-${name}-`)));
	cpSync(path.join(FIXTURES, name), directory, { recursive: true });
	return directory;
}

export interface JsonMessage {
	ruleId: string | null;
	severity: number;
	message: string;
	line: number;
	column: number;
	endLine?: number;
	endColumn?: number;
	fatal?: boolean;
}

export interface JsonResult {
	filePath: string;
	messages: JsonMessage[];
	errorCount: number;
	warningCount: number;
	[key: string]: unknown;
}

/** The JSON report of a run, with file paths relative to `base`. */
export function jsonResults(run: MiglintRun, base: string): JsonResult[] {
	return (JSON.parse(run.stdout) as JsonResult[]).map((result) => ({ ...result, filePath: path.relative(base, result.filePath).split(path.sep).join("/") }));
}
