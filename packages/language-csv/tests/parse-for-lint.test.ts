import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { OkParseResult } from "@eslint/core";
import type { CsvDocument } from "../src/ast.js";
import { CsvLanguage } from "../src/languages/csv-language.js";
import { parseCsvForLint, takeParseForLint } from "../src/parser/parse-for-lint.js";
import { temporaryFolder } from "../../../test/helpers/temporary-folder.js";

const directory = temporaryFolder("parse-for-lint");
const BATCH = "#TYPE System.Management.Automation.PSCustomObject\r\nEmailAddress,Password,ForceChangePassword\r\nana@contoso.com,Tr0ub4dor&3x,False\r\n";

function parsedByLanguage(file: string, text: string): CsvDocument {
	const result = new CsvLanguage().parse({ path: file, physicalPath: file, body: text } as never, { languageOptions: {} });
	expect(result.ok).toBe(true);
	return (result as OkParseResult<CsvDocument>).ast;
}

describe("a parse kept for linting", () => {
	it("is the language's document for the same file and text, taken once", () => {
		const file = path.join(directory, "wave1.csv");
		writeFileSync(file, BATCH);
		const kept = parseCsvForLint(file, BATCH);
		const document = parsedByLanguage(file, BATCH);
		expect(kept.ok && kept.document).toBe(document);
		// Taken: the next parse of the file is a new one.
		expect(parsedByLanguage(file, BATCH)).not.toBe(document);
	});

	it("is taken for an equal text in another string (ESLint's copy of the file), whose values it then reads", () => {
		const file = path.join(directory, "wave2.csv");
		// The same content in another string: the facts' copy, read from the file.
		const factsText = Buffer.from(BATCH).toString("utf8");
		const kept = parseCsvForLint(file, factsText);
		const eslintText = BATCH.slice(0);
		const taken = takeParseForLint(file, eslintText);
		expect(taken).toBe(kept);
		const document = (taken as { document: CsvDocument }).document;
		expect(document.header!.names).toEqual(["EmailAddress", "Password", "ForceChangePassword"]);
		expect(document.typeInformation!.typeName).toBe("System.Management.Automation.PSCustomObject");
		expect(document.rows.at(0)!.value(1)).toBe("Tr0ub4dor&3x");
	});

	it("is not used for another text of the file (an edit between the facts and the lint)", () => {
		const file = path.join(directory, "wave3.csv");
		parseCsvForLint(file, BATCH);
		expect(takeParseForLint(file, BATCH.replace("ana", "ben"))).toBeUndefined();
		// Nor kept any longer.
		expect(takeParseForLint(file, BATCH)).toBeUndefined();
	});
});
