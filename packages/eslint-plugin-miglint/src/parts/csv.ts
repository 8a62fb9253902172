import { CsvLanguage } from "@miglint/language-csv";
import { rules } from "@miglint/rules-csv";
import { docsDirectoryOf, type LanguagePart, type MiglintRule } from "../part.js";

const part: LanguagePart = { language: new CsvLanguage(), rules: rules as Record<string, MiglintRule>, docsDirectory: docsDirectoryOf("@miglint/rules-csv") };

export default part;
