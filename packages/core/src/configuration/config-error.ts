/** A problem with a miglint configuration file, located at the offending key or value. */
export class ConfigError extends Error {
	readonly file: string;
	readonly line: number;
	readonly column: number;

	constructor(file: string, line: number, column: number, message: string) {
		super(message);
		this.name = "ConfigError";
		this.file = file;
		this.line = line;
		this.column = column;
	}

	/** `file:line:col: message`, the form editors and terminals turn into links. */
	override toString(): string {
		return `${this.file}:${this.line}:${this.column}: ${this.message}`;
	}
}
