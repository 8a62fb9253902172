import { relativePath } from "../paths.js";
import { levelOf, ruleIdOf, type Formatter } from "./problems.js";
import { xmlText, XML_DECLARATION } from "./xml.js";

/** ESLint's classic checkstyle XML (the formatter ESLint 9 moved out of core), with relative paths. */
export const format: Formatter = (results, { cwd }) => {
	const files = results.map((result) => {
		const errors = result.messages.map((message) => {
			const ruleId = ruleIdOf(message);
			return [
				`<error line="${message.line || 0}"`,
				`column="${message.column || 0}"`,
				`severity="${levelOf(message)}"`,
				`message="${xmlText(`${message.message} (${ruleId})`)}"`,
				`source="${xmlText(`eslint.rules.${ruleId}`)}" />`,
			].join(" ");
		});
		return `<file name="${xmlText(relativePath(cwd, result.filePath))}">${errors.join("")}</file>`;
	});
	return `${XML_DECLARATION}<checkstyle version="4.3">${files.join("")}</checkstyle>`;
};
