import { CsvLanguage } from "@miglint/language-csv";
import { rules } from "@miglint/rules-csv";
import type { LanguagePart, MiglintRule } from "../part.js";

const part: LanguagePart = { language: new CsvLanguage(), rules: rules as Record<string, MiglintRule> };

export default part;
