import { relativePath } from "../paths.js";
import { levelOf, ruleIdOf, type Formatter } from "./problems.js";

/** Escapes as the Actions toolkit's `escapeData` does (`@actions/core`, command.ts). */
function escapeData(value: string): string {
	return value.replace(/%/gu, "%25").replace(/\r/gu, "%0D").replace(/\n/gu, "%0A");
}

/** Escapes as the Actions toolkit's `escapeProperty` does. */
function escapeProperty(value: string): string {
	return escapeData(value).replace(/:/gu, "%3A").replace(/,/gu, "%2C");
}

/** GitHub Actions workflow commands: one `::error` or `::warning` annotation per problem. */
export const format: Formatter = (results, { cwd }) =>
	results
		.flatMap((result) =>
			result.messages.map((message) => {
				const properties: Array<[string, string | number | undefined]> = [
					["file", relativePath(cwd, result.filePath)],
					["line", message.line],
					["endLine", message.endLine],
					["col", message.column],
					["endColumn", message.endColumn],
					["title", ruleIdOf(message)],
				];
				const given = properties.flatMap(([name, value]) => (value === undefined ? [] : [`${name}=${escapeProperty(String(value))}`]));
				return `::${levelOf(message)} ${given.join(",")}::${escapeData(message.message)}`;
			}),
		)
		.join("\n");
