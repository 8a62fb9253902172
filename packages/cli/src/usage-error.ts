/** A problem with how miglint was called (arguments, paths, configuration): exit code 2, one clear line. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "UsageError";
	}
}
