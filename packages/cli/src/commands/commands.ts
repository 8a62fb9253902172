type Command = (argv: string[], cwd: string) => Promise<number>;

/** The subcommands, each loaded only when run: `miglint <command> [options]`. */
export const COMMANDS = new Map<string, () => Promise<Command>>([
	["init", async () => (await import("./init.js")).init],
	["rules", async () => (await import("./rules.js")).rules],
]);
