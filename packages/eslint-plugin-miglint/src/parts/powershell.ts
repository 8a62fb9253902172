import { PowerShellLanguage } from "@miglint/language-powershell";
import { rules } from "@miglint/rules-powershell";
import type { LanguagePart, MiglintRule } from "../part.js";

const part: LanguagePart = { language: new PowerShellLanguage(), rules: rules as Record<string, MiglintRule> };

export default part;
