import { SettingsLanguage } from "@miglint/language-settings";
import { rules } from "@miglint/rules-settings";
import { docsDirectoryOf, type LanguagePart, type MiglintRule } from "../part.js";

const part: LanguagePart = {
	language: new SettingsLanguage(),
	rules: rules as Record<string, MiglintRule>,
	docsDirectory: docsDirectoryOf("@miglint/rules-settings"),
};

export default part;
