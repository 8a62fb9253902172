import { PowerShellLanguage } from "../src/languages/powershell-language.js";
import type { PowerShellSourceCode } from "../src/languages/powershell-source-code.js";

const language = new PowerShellLanguage();

/** The source code the language makes of a script text (which must parse). */
export function sourceCodeOf(text: string): PowerShellSourceCode {
	const file = { path: "script.ps1", physicalPath: "<text>", bom: false, body: text };
	const result = language.parse(file);
	if (!result.ok) throw new Error(result.errors[0]!.message);
	const sourceCode = language.createSourceCode(file, result);
	if (sourceCode.syntaxError) throw new Error(sourceCode.syntaxError.message);
	return sourceCode;
}
