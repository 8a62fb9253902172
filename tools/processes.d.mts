/** Runs a command to its end; its standard output, or an error with everything it printed when it fails. */
export function mustRun(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): string;
/** Git and npm without the settings of the user or of the pnpm run that started this process. */
export function cleanEnvironment(home: string): NodeJS.ProcessEnv;
