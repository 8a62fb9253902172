import { writeFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { defineRule, MAX_FILE_BYTES, MAX_SCRIPT_TREE_DEPTH } from "@miglint/core";
import { PowerShellLanguage } from "../src/languages/powershell-language.js";
import type { PowerShellRuleDefinition } from "../src/rule-types.js";
import type { Node } from "@miglint/powershell-parser";
import { sourceCodeOf } from "./source-code.js";
import { temporaryFolder } from "../../../test/helpers/temporary-folder.js";

const directory = temporaryFolder("powershell");

function file(name: string, bytes: Buffer | string): string {
	const target = path.join(directory, name);
	writeFileSync(target, bytes);
	return target;
}

/** Reports, on each command, its name and the encoding facts the language recorded (a rule that reads the tree, as miglint's rules are defined). */
const probe: PowerShellRuleDefinition = defineRule({
	meta: { type: "problem", messages: { facts: "{{facts}}" }, schema: [] },
	create(context) {
		const { sourceCode } = context;
		return {
			Command(node) {
				const { encoding, bom, faithful, unicode } = sourceCode.encoding;
				const facts = { name: sourceCode.commandOf(node)!.name, encoding, bom, faithful, unicode };
				context.report({ node, messageId: "facts", data: { facts: JSON.stringify(facts) } });
			},
		};
	},
});

/** Reports each comment: a rule that reads only the text, and so also runs on a script with a syntax error. */
const commentProbe: PowerShellRuleDefinition = defineRule(
	{
		meta: { type: "problem", messages: { comment: "{{value}}" }, schema: [] },
		create(context) {
			return {
				Program() {
					for (const comment of context.sourceCode.comments) context.report({ loc: comment.loc, messageId: "comment", data: { value: comment.value.trim() } });
				},
			};
		},
	},
	{ runsOnSyntaxErrors: true },
);

async function lint(target: string, rules: Record<string, "warn" | "error"> = { "test/probe": "error" }): Promise<ESLint.LintResult> {
	const eslint = new ESLint({
		cwd: directory,
		overrideConfigFile: true,
		overrideConfig: [
			{
				files: ["**/*.ps1", "**/*.psm1", "**/*.psd1"],
				plugins: { test: { languages: { powershell: new PowerShellLanguage() }, rules: { probe, commentProbe } } },
				language: "test/powershell",
				rules,
			},
		],
	});
	const [result] = await eslint.lintFiles([target]);
	return result!;
}

const BOTH_PROBES = { "test/probe": "error", "test/commentProbe": "warn" } as const;

function facts(result: ESLint.LintResult): Record<string, unknown> {
	return JSON.parse(result.messages[0]!.message) as Record<string, unknown>;
}

describe("PowerShellLanguage through ESLint", () => {
	it("reads UTF-8 with a BOM, as Windows PowerShell 5.1 needs for non-ASCII scripts", async () => {
		const result = await lint(file("bom.ps1", "\ufeffWrite-Host 'Zoë'\r\n"));
		expect(facts(result)).toEqual({ name: "Write-Host", encoding: "utf-8", bom: "utf-8", faithful: true, unicode: true });
		expect(result.messages[0]).toMatchObject({ line: 1, column: 1, endLine: 1, endColumn: 17 });
	});

	it("decodes UTF-16 LE with a BOM, which ESLint itself reads as garbage", async () => {
		const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("# Zoë\nConnect-ExchangeOnline -UserPrincipalName admin@contoso.com\n", "utf16le")]);
		const result = await lint(file("utf16.ps1", bytes));
		expect(facts(result)).toEqual({ name: "Connect-ExchangeOnline", encoding: "utf-16le", bom: "utf-16le", faithful: false, unicode: true });
		expect(result.messages[0]).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 60 });
	});

	it("records ANSI bytes as such (what 5.1 reads in the legacy code page)", async () => {
		const result = await lint(file("ansi.psm1", Buffer.from("Write-Host 'Ren\u00e9'\n", "latin1")));
		expect(facts(result)).toEqual({ name: "Write-Host", encoding: "windows-1252", bom: null, faithful: false, unicode: false });
	});

	it.each([
		["empty.ps1", ""],
		["comments.ps1", "#Requires -Version 5.1\n<# .SYNOPSIS nothing yet #>\n"],
	])("lints %s without problems", async (name, text) => {
		expect((await lint(file(name, text))).messages).toEqual([]);
	});

	it("lints module data files", async () => {
		expect((await lint(file("manifest.psd1", "@{ ModuleVersion = '1.0' }\n"))).messages).toEqual([]);
	});

	it("reports the first syntax error as a parse error at its exact position, and runs only the rules that read bytes and text", async () => {
		const result = await lint(file("broken.ps1", "Connect-ExchangeOnline # connect\nif ($batch {\n  Start-MigrationBatch -Identity $batch\n}\n"), BOTH_PROBES);
		expect(result.messages).toEqual([
			expect.objectContaining({ ruleId: "test/commentProbe", message: "connect", line: 1, column: 24 }),
			{
				ruleId: null,
				fatal: true,
				severity: 2,
				message: "Parsing error: Missing closing ')' after the 'if' condition.",
				line: 2,
				column: 12,
				endLine: 2,
				endColumn: 12,
			},
		]);
		expect(result).toMatchObject({ errorCount: 1, fatalErrorCount: 1, warningCount: 1 });
	});

	it("lets no disable directive hide a syntax error, and reports none unused", async () => {
		const result = await lint(
			file("disabled.ps1", "# eslint-disable\n# eslint-disable-next-line test/probe\nConnect-ExchangeOnline\nif ($batch {\n}\n"),
			BOTH_PROBES,
		);
		expect(result.messages.map((message) => message.ruleId ?? message.message)).toEqual([
			"test/commentProbe",
			"test/commentProbe",
			"Parsing error: Missing closing ')' after the 'if' condition.",
		]);
		expect(result.suppressedMessages).toEqual([]);
	});

	it.each([
		["an Excel workbook", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), /^Parsing error: This is a ZIP archive, not a PowerShell script\.$/u],
		[
			"binary bytes",
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x7f, 0]),
			/^Parsing error: This file contains NUL bytes \(the first at byte 4\)/u,
		],
	])("reports %s as one fatal parse error", async (_what, content, message) => {
		const result = await lint(file(`fatal-${Math.random().toString(36).slice(2)}.ps1`, content));
		expect(result.messages).toEqual([expect.objectContaining({ fatal: true, line: 1, column: 1, message: expect.stringMatching(message) })]);
	});

	it("refuses text larger than the limit", () => {
		const result = new PowerShellLanguage().parse({ path: "<text>", physicalPath: "<text>", bom: false, body: "#".repeat(MAX_FILE_BYTES + 1) });
		expect(result).toMatchObject({
			ok: false,
			errors: [{ message: expect.stringMatching(/^This file has 50\.0 MB; miglint does not read files over 50 MB/u), line: 1, column: 1 }],
		});
	});

	it.each([
		["-and", (n: number) => `$x = 1\n$y = $x${" -and $x".repeat(n)}\n`, { line: 2, column: 6 }],
		["method calls", (n: number) => `$a = 1\nif ($a) {\n  $a${".b()".repeat(n)}\n}\n`, { line: 3, column: 3 }],
		["&&", (n: number) => `Get-Date${" && Get-Date".repeat(n)}\n`, { line: 1, column: 1 }],
	])("refuses a chain of %s deeper than the limit, where it starts, and lints a shorter one", async (_what, script, where) => {
		const deep = await lint(file(`deep-${Math.random().toString(36).slice(2)}.ps1`, script(5 * MAX_SCRIPT_TREE_DEPTH)));
		expect(deep.messages).toEqual([
			expect.objectContaining({
				fatal: true,
				...where,
				message: expect.stringMatching(/^Parsing error: This script nests its code more than 1,000 levels deep from here .*: split the chain\.$/u),
			}),
		]);
		expect(new PowerShellLanguage().parse({ path: "<text>", physicalPath: "<text>", bom: false, body: script(MAX_SCRIPT_TREE_DEPTH - 10) }).ok).toBe(true);
	});

	it("makes the traversal as ESLint consumes it, entering and leaving each node once with its parent", () => {
		const sourceCode = sourceCodeOf("Write-Host $a\n");
		const steps = sourceCode.traverse();
		// Not an array kept for the whole lint: two steps a node were as many objects as the tree.
		expect(Array.isArray(steps)).toBe(false);
		expect(
			[...steps].map((step) => {
				const { phase, args } = step as unknown as { phase: number; args: [Node, Node | null] };
				return `${phase === 1 ? "enter" : "exit"} ${args[0].type} in ${args[1]?.type ?? "-"}`;
			}),
		).toEqual([
			"enter Program in -",
			"enter Pipeline in Program",
			"enter Command in Pipeline",
			"enter StringConstant in Command",
			"exit StringConstant in Command",
			"enter Variable in Command",
			"exit Variable in Command",
			"exit Command in Pipeline",
			"exit Pipeline in Program",
			"exit Program in -",
		]);
	});

	it("has no language options", () => {
		expect(() => {
			new PowerShellLanguage().validateLanguageOptions({ version: 5 } as never);
		}).toThrow('Unknown PowerShell language option "version"');
		expect(() => {
			new PowerShellLanguage().validateLanguageOptions({});
		}).not.toThrow();
	});
});
