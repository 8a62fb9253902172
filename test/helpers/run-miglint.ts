import { spawnSync } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { vi } from "vitest";
import { main } from "../../packages/cli/dist/main.js";
import { temporaryFolder } from "./temporary-folder.js";

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const FIXTURES = path.join(REPOSITORY_ROOT, "fixtures");
const BINARY = path.join(REPOSITORY_ROOT, "packages/cli/bin/miglint.js");

export interface MiglintRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** The environment of a run: the tests' own, without colour settings, with the given variables set or (undefined) removed. */
function environmentOf(changes: Record<string, string | undefined> = {}): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries<string | undefined>({ ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...changes })) {
		if (value !== undefined) {
			env[name] = value;
		}
	}
	return env;
}

/**
 * Runs miglint's `main()` in this process, as the binary runs it: the same
 * arguments, working directory, environment and standard input; standard
 * output and standard error captured. For everything but what only a process
 * shows (its exit status, a terminal, signals, a user without root's
 * privileges): ESLint, the languages and the rules load once per test file
 * instead of once per run, which is what keeps the suite fast.
 */
export async function miglint(
	args: readonly string[],
	options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {},
): Promise<MiglintRun> {
	const savedEnv = process.env;
	const captured = { stdout: "", stderr: "" };
	const capture = (stream: "stdout" | "stderr") =>
		vi.spyOn(process[stream], "write").mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
			captured[stream] += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
			(rest.find((argument) => typeof argument === "function") as (() => void) | undefined)?.();
			return true;
		});
	const writes = [capture("stdout"), capture("stderr")];
	const stdin = Object.getOwnPropertyDescriptor(process, "stdin")!;
	if (options.input !== undefined) {
		Object.defineProperty(process, "stdin", { configurable: true, enumerable: stdin.enumerable ?? true, value: Readable.from([options.input]) });
	}
	process.env = environmentOf(options.env);
	try {
		const status = await main([...args], options.cwd ?? REPOSITORY_ROOT);
		return { status, ...captured };
	} finally {
		process.env = savedEnv;
		Object.defineProperty(process, "stdin", stdin);
		for (const write of writes) {
			write.mockRestore();
		}
	}
}

/** Runs the built `miglint` binary the way a shell, a hook or CI does. */
export function runMiglint(
	args: readonly string[],
	options: { cwd?: string; env?: Record<string, string | undefined>; withoutPrivileges?: boolean; input?: string; timeoutMs?: number } = {},
): MiglintRun {
	if (!existsSync(path.join(REPOSITORY_ROOT, "packages/cli/dist/main.js"))) {
		throw new Error("miglint is not built: run `pnpm build` before these tests (`pnpm test` does)");
	}
	const env = environmentOf(options.env);
	// Root reads any file: without its capabilities (util-linux setpriv), permissions apply to it too.
	const command =
		options.withoutPrivileges && process.getuid?.() === 0 ? ["setpriv", "--inh-caps=-all", "--bounding-set=-all", process.execPath] : [process.execPath];
	const result = spawnSync(command[0]!, [...command.slice(1), BINARY, ...args], {
		cwd: options.cwd ?? REPOSITORY_ROOT,
		env,
		encoding: "utf8",
		maxBuffer: 64 * 1024 * 1024,
		...(options.input === undefined ? {} : { input: options.input }),
		// A run that would hang fails the test (ETIMEDOUT) instead of holding up the suite.
		...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs, killSignal: "SIGKILL" as const }),
	});
	if (result.error) {
		throw result.error;
	}
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Standard output and standard error of miglint run under a pseudo-terminal (util-linux `script`), as one stream. */
export function runOnTerminal(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): string {
	const command = [process.execPath, BINARY, ...args].map((part) => `'${part}'`).join(" ");
	const result = spawnSync("script", ["-qec", command, "/dev/null"], {
		cwd: options.cwd ?? REPOSITORY_ROOT,
		env: { ...process.env, ...options.env },
		encoding: "utf8",
	});
	if (result.error) {
		throw result.error;
	}
	return result.stdout;
}

/** A private copy of a fixture directory, for runs that write or need extra files; removed as temporaryFolder says. */
export function copyFixture(name: string): string {
	const directory = temporaryFolder(name);
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
