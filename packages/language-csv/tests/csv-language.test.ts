import { writeFileSync } from "node:fs";
import path from "node:path";
import type { RuleContext } from "@eslint/core";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { defineRule, MAX_FILE_BYTES } from "@miglint/core";
import { CsvLanguage } from "../src/languages/csv-language.js";
import type { CsvSourceCode } from "../src/languages/csv-source-code.js";
import { temporaryFolder } from "../../../test/helpers/temporary-folder.js";

const directory = temporaryFolder("language");

function file(name: string, bytes: Buffer | string): string {
	const target = path.join(directory, name);
	writeFileSync(target, bytes);
	return target;
}

/** Reports what the language gave the rules, so that tests can see it through ESLint. */
const probe = defineRule({
	meta: { type: "problem", fixable: "code", messages: { facts: "{{facts}}" }, schema: [] },
	create(context: RuleContext) {
		const sourceCode = context.sourceCode as unknown as CsvSourceCode;
		return {
			Header(header: { cells: { name: string }[]; range: [number, number] }) {
				context.report({
					loc: { line: 1, column: 1 },
					messageId: "facts",
					data: {
						facts: JSON.stringify({
							names: header.cells.map((cell) => cell.name),
							encoding: sourceCode.encoding.encoding,
							faithful: sourceCode.encoding.faithful,
							csvType: sourceCode.csvType && { name: sourceCode.csvType.declaration.name, origin: sourceCode.csvType.origin },
						}),
					},
					// A harmless edit, to see whether fixes reach ESLint.
					fix: (fixer: { insertTextAfterRange(range: [number, number], text: string): unknown }) => fixer.insertTextAfterRange(header.range, ""),
				} as never);
			},
		};
	},
} as never);

const NODE_TYPES = ["Document", "TypeInformation", "Header", "HeaderCell", "Row", "Cell", "BlankLine"];

/** Reports every node it is called for, in order: the traversal as rules see it. */
const visits = defineRule({
	meta: { type: "problem", messages: { visit: "{{visit}}" }, schema: [] },
	create(context: RuleContext) {
		const report = (visit: string, node: { rowNumber?: number }) => {
			context.report({ loc: { line: 1, column: 1 }, messageId: "visit", data: { visit: node.rowNumber === undefined ? visit : `${visit} ${node.rowNumber}` } });
		};
		return Object.fromEntries(
			NODE_TYPES.flatMap((type) => [
				[
					type,
					(node: { rowNumber?: number }) => {
						report(type, node);
					},
				],
				[
					`${type}:exit`,
					(node: { rowNumber?: number }) => {
						report(`${type}:exit`, node);
					},
				],
			]),
		);
	},
} as never);

async function lint(
	target: string,
	languageOptions: Record<string, unknown> = {},
	fix = false,
	rule: "probe" | "visits" = "probe",
): Promise<ESLint.LintResult> {
	const eslint = new ESLint({
		cwd: directory,
		fix,
		overrideConfigFile: true,
		overrideConfig: [
			{
				files: ["**/*.csv"],
				plugins: { test: { languages: { csv: new CsvLanguage() }, rules: { probe, visits } } },
				language: "test/csv",
				languageOptions,
				rules: { [`test/${rule}`]: "error" },
			},
		],
	});
	const [result] = await eslint.lintFiles([target]);
	return result!;
}

function facts(result: ESLint.LintResult): Record<string, unknown> {
	return JSON.parse(result.messages[0]!.message) as Record<string, unknown>;
}

describe("CsvLanguage through ESLint", () => {
	it("reads the file's bytes: a UTF-8 BOM never leaks into the first header name", async () => {
		expect(facts(await lint(file("bom.csv", "\ufeffEmailAddress,Password\r\na@contoso.com,x\r\n")))).toEqual({
			names: ["EmailAddress", "Password"],
			encoding: "utf-8",
			faithful: true,
			csvType: { name: "staged", origin: "header" },
		});
	});

	it("decodes UTF-16 with a BOM, which ESLint itself reads as garbage", async () => {
		const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("EmailAddress\r\na@contoso.com\r\n", "utf16le")]);
		expect(facts(await lint(file("utf16.csv", bytes)))).toMatchObject({ names: ["EmailAddress"], encoding: "utf-16le", faithful: false });
	});

	it("takes the CSV type from languageOptions before the header", async () => {
		expect(facts(await lint(file("typed.csv", "Mail\nx\n"), { csvType: "staged" }))).toMatchObject({
			csvType: { name: "staged", origin: "configuration" },
		});
	});

	it("offers fixes on faithful text only", async () => {
		expect((await lint(file("fixable.csv", "EmailAddress\na@contoso.com\n"), {}, true)).output).toBeDefined();
		const ansi = file("ansi.csv", Buffer.from("EmailAddress\nRen\u00e9@contoso.com\n", "latin1"));
		const result = await lint(ansi, {}, true);
		expect(result.output).toBeUndefined();
		expect(facts(result)).toMatchObject({ encoding: "windows-1252", faithful: false });
	});

	it.each([
		["an Excel workbook", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), /^Parsing error: This is a ZIP archive, most likely an Excel workbook/u],
		[
			"binary bytes",
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x7f, 0]),
			/^Parsing error: This file contains NUL bytes \(the first at byte 4\)/u,
		],
		["an unclosed quote", 'EmailAddress\n"a@contoso.com\n', /^Parsing error: Unclosed quote/u],
	])("reports %s as one fatal parse error in a file declared a batch", async (_what, content, message) => {
		const result = await lint(file(`fatal-${Math.random().toString(36).slice(2)}.csv`, content), { csvType: "staged" });
		expect(result.messages).toHaveLength(1);
		expect(result.messages[0]).toMatchObject({ fatal: true, severity: 2, ruleId: null, line: expect.any(Number), column: expect.any(Number) });
		expect(result.messages[0]!.message).toMatch(message);
	});

	it.each([
		["an Excel workbook", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])],
		["a gzip archive", Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03])],
	])("leaves %s under a .csv name alone when nothing says it is a batch", async (_what, content) => {
		expect((await lint(file(`data-${Math.random().toString(36).slice(2)}.csv`, content))).messages).toEqual([]);
	});

	it("visits the document, the #TYPE line, the header and its cells, and blank lines in file order; not rows or their cells", async () => {
		const result = await lint(
			file("visits.csv", "#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox\nEmailAddress,Password\n\na@contoso.com,x\n\nb@contoso.com,y\n"),
			{},
			false,
			"visits",
		);
		expect(result.messages.map((message) => message.message)).toEqual([
			"Document",
			"TypeInformation",
			"TypeInformation:exit",
			"Header 2",
			"HeaderCell",
			"HeaderCell:exit",
			"HeaderCell",
			"HeaderCell:exit",
			"Header:exit 2",
			"BlankLine 3",
			"BlankLine:exit 3",
			"BlankLine 5",
			"BlankLine:exit 5",
			"Document:exit",
		]);
	});

	it("refuses text larger than the limit", () => {
		const result = new CsvLanguage().parse(
			{ path: "<text>", physicalPath: "<text>", bom: false, body: "a".repeat(MAX_FILE_BYTES + 1) },
			{ languageOptions: {} },
		);
		expect(result).toMatchObject({
			ok: false,
			errors: [{ message: expect.stringMatching(/^This file has 50\.0 MB; miglint does not read files over 50 MB/u), line: 1, column: 1 }],
		});
	});

	it.each([
		[{ csvType: "cutover" }, /^Unknown migration CSV type "cutover"/u],
		[{ legacyEncoding: "latin-9000" }, /^Unsupported encoding "latin-9000"/u],
		[{ delimiter: ";" }, /^Unknown CSV language option "delimiter"/u],
	])("rejects the language options %j", (options, message) => {
		expect(() => {
			new CsvLanguage().validateLanguageOptions(options as never);
		}).toThrow(message);
	});
});
