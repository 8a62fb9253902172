// miglint's exit status as the measuring tools read it.

/**
 * Whether a run linted what it was given: 0 no problems, 1 problems, or 2 with
 * a report, where a file was refused for a limit (over 50 MB, nested too deep)
 * and reported as its parse error. A 2 without a report is a usage error.
 */
export function linted(run) {
	return run.status === 0 || run.status === 1 || (run.status === 2 && run.stdout !== "");
}
