import yargsParser from "yargs-parser";
import { UsageError } from "../usage-error.js";

export interface CommandOption {
	type: "boolean" | "string";
	choices?: readonly string[];
	default?: string | boolean;
	describe: string;
}

export interface CommandDefinition<Options extends Record<string, CommandOption>> {
	name: string;
	describe: string;
	options: Options;
}

type Values<Options extends Record<string, CommandOption>> = {
	[Name in keyof Options]: Options[Name]["type"] extends "boolean" ? boolean : string;
};

function usage(command: CommandDefinition<Record<string, CommandOption>>): string {
	const rows = Object.entries(command.options).map(([name, option]) => {
		const flag = `--${name}${option.choices ? ` ${option.choices.join("|")}` : ""}`;
		return [flag, `${option.describe}${option.default !== undefined && option.type === "string" ? ` (default: ${option.default})` : ""}`] as const;
	});
	const width = Math.max(...rows.map(([flag]) => flag.length));
	return [`miglint ${command.name}`, "", command.describe, "", "Options:", ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`), ""].join("\n");
}

/**
 * Reads a subcommand's options, strictly: no paths, no unknown option, values
 * among the choices. Resolves to null after printing the help for --help.
 */
export function parseCommandOptions<Options extends Record<string, CommandOption>>(
	command: CommandDefinition<Options>,
	argv: string[],
): Values<Options> | null {
	const names = Object.keys(command.options);
	const { argv: parsed, error } = yargsParser.detailed(argv, {
		boolean: ["help", ...names.filter((name) => command.options[name]!.type === "boolean")],
		string: names.filter((name) => command.options[name]!.type === "string"),
		alias: { help: "h" },
		default: Object.fromEntries(names.flatMap((name) => (command.options[name]!.default === undefined ? [] : [[name, command.options[name]!.default]]))),
		configuration: { "camel-case-expansion": false },
	});
	const see = `(see miglint ${command.name} --help)`;
	if (error) {
		throw new UsageError(`${error.message} ${see}`);
	}
	if (parsed["help"]) {
		process.stdout.write(usage(command));
		return null;
	}
	const unknown = Object.keys(parsed).filter((key) => !["_", "$0", "help", "h", ...names].includes(key));
	if (unknown.length || parsed._.length) {
		throw new UsageError(`miglint ${command.name} does not take ${[...parsed._.map(String), ...unknown.map((key) => `--${key}`)].join(", ")} ${see}`);
	}
	for (const [name, option] of Object.entries(command.options)) {
		const value: unknown = parsed[name];
		if (option.choices && !option.choices.includes(value as string)) {
			throw new UsageError(
				`Invalid value for --${name}: ${JSON.stringify(value)}; choose ${option.choices.map((choice) => JSON.stringify(choice)).join(" or ")} ${see}`,
			);
		}
	}
	return Object.fromEntries(names.map((name) => [name, parsed[name]])) as Values<Options>;
}
