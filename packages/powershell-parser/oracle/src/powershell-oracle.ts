import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { CommandView, ScriptView } from "./script-view.js";

/** The version the project's machines install (`.ci/run`); the oracle's answers are those of this parser. */
export const oracleVersion = "7.6.10";

const oracleScript = fileURLToPath(new URL("../parse-oracle.ps1", import.meta.url));

/**
 * The pwsh executable: `MIGLINT_PWSH`, else `pwsh` on the PATH, else the
 * dotnet global tool folder; null when there is none.
 */
export function findPowerShell(): string | null {
	const fromEnv = process.env.MIGLINT_PWSH;
	if (fromEnv !== undefined && fromEnv !== "") return existsSync(fromEnv) ? fromEnv : null;
	const names = process.platform === "win32" ? ["pwsh.exe"] : ["pwsh"];
	const folders = [...(process.env.PATH ?? "").split(delimiter), join(homedir(), ".dotnet", "tools")];
	for (const folder of folders) {
		for (const name of names) {
			const candidate = join(folder, name);
			if (folder !== "" && existsSync(candidate)) return candidate;
		}
	}
	return null;
}

/** The reason tests that need the oracle give when they skip. */
export const noPowerShellReason = `PowerShell ${oracleVersion} (pwsh) is not installed: install it with 'dotnet tool install --global PowerShell --version ${oracleVersion}' or set MIGLINT_PWSH`;

interface OracleLine {
	id: number;
	errors?: { id: string; offset: number }[];
	commands?: (CommandView & { statement: string | null })[];
	failure?: string;
}

/** One pwsh process answering what PowerShell's parser sees, for as many scripts as it is given. */
export class PowerShellOracle {
	private readonly child: ChildProcessWithoutNullStreams;
	private readonly waiting = new Map<number, { resolve: (line: OracleLine) => void; reject: (error: Error) => void }>();
	private nextId = 0;
	private exited: Error | null = null;

	constructor(pwsh: string) {
		this.child = spawn(pwsh, ["-NoLogo", "-NoProfile", "-NonInteractive", "-File", oracleScript], { stdio: ["pipe", "pipe", "pipe"] });
		let stderr = "";
		this.child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
		createInterface({ input: this.child.stdout }).on("line", (text) => {
			const line = JSON.parse(text) as OracleLine;
			const waiter = this.waiting.get(line.id);
			this.waiting.delete(line.id);
			waiter?.resolve(line);
		});
		const fail = (error: Error) => {
			this.exited = error;
			for (const waiter of this.waiting.values()) waiter.reject(error);
			this.waiting.clear();
		};
		this.child.on("error", fail);
		this.child.on("exit", (code) => {
			fail(new Error(`pwsh exited (${code ?? "signal"}): ${stderr.trim()}`));
		});
	}

	/** What PowerShell's parser sees in `text`. */
	async view(text: string): Promise<ScriptView & { commands: (CommandView & { statement: string | null })[] }> {
		if (this.exited !== null) throw this.exited;
		const id = this.nextId++;
		const line = await new Promise<OracleLine>((resolve, reject) => {
			this.waiting.set(id, { resolve, reject });
			this.child.stdin.write(JSON.stringify({ id, text }) + "\n");
		});
		if (line.failure !== undefined) throw new Error(`the oracle could not read the script: ${line.failure}`);
		return { errors: line.errors ?? [], commands: line.commands ?? [] };
	}

	/** Ends the pwsh process: an empty line ends its loop, or, with answers still pending, a kill. */
	async close(): Promise<void> {
		if (this.exited !== null) return;
		const exited = new Promise<void>((resolve) => {
			this.child.once("exit", () => {
				resolve();
			});
		});
		if (this.waiting.size > 0) this.child.kill();
		else this.child.stdin.end("\n");
		await exited;
	}
}
