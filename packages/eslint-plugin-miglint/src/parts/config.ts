import { ConfigLanguage } from "@miglint/language-config";
import { rules } from "@miglint/rules-config";
import type { LanguagePart, MiglintRule } from "../part.js";

const part: LanguagePart = { language: new ConfigLanguage(), rules: rules as Record<string, MiglintRule> };

export default part;
