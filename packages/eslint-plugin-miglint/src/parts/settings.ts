import { SettingsLanguage } from "@miglint/language-settings";
import { rules } from "@miglint/rules-settings";
import type { LanguagePart, MiglintRule } from "../part.js";

const part: LanguagePart = { language: new SettingsLanguage(), rules: rules as Record<string, MiglintRule> };

export default part;
