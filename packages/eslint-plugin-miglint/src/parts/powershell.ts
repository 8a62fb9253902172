import { PowerShellLanguage } from "@miglint/language-powershell";
import { rules } from "@miglint/rules-powershell";
import { docsDirectoryOf, type LanguagePart, type MiglintRule } from "../part.js";

const part: LanguagePart = {
	language: new PowerShellLanguage(),
	rules: rules as Record<string, MiglintRule>,
	docsDirectory: docsDirectoryOf("@miglint/rules-powershell"),
};

export default part;
