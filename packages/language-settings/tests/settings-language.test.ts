import { writeFileSync } from "node:fs";
import path from "node:path";
import type { RuleContext } from "@eslint/core";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import type { SettingsNode, KeyNode } from "../src/ast.js";
import { SettingsLanguage } from "../src/languages/settings-language.js";
import type { SettingsSourceCode } from "../src/languages/settings-source-code.js";
import { temporaryFolder } from "../../../test/helpers/temporary-folder.js";

const directory = temporaryFolder("settings-language");

function file(name: string, bytes: Buffer | string): string {
	const target = path.join(directory, name);
	writeFileSync(target, bytes);
	return target;
}

/** Reports every key with what the language gave the rules about it. */
const probe = {
	meta: { type: "problem" as const, messages: { key: "{{facts}}" }, schema: [] },
	create(context: RuleContext) {
		const sourceCode = context.sourceCode as unknown as SettingsSourceCode;
		return {
			Key(node: KeyNode) {
				const facts = {
					key: node.value,
					ancestors: sourceCode.getAncestors(node as SettingsNode).map((ancestor) => (ancestor as SettingsNode).type),
					encoding: sourceCode.encoding.encoding,
					settings: sourceCode.settings?.sections.map((section) => section.kind).join(",") ?? null,
				};
				context.report({ node: node, messageId: "key", data: { facts: JSON.stringify(facts) } });
			},
		};
	},
};

async function lint(target: string): Promise<ESLint.LintResult> {
	const eslint = new ESLint({
		cwd: directory,
		overrideConfigFile: true,
		overrideConfig: [
			{
				files: ["**/*.json", "**/*.yaml"],
				plugins: { test: { languages: { settings: new SettingsLanguage() }, rules: { probe } } },
				language: "test/settings",
				rules: { "test/probe": "error" },
			},
		],
	});
	const [result] = await eslint.lintFiles([target]);
	return result!;
}

function facts(result: ESLint.LintResult): { key: string; ancestors: string[]; encoding: string; settings: string | null; at: string }[] {
	return result.messages.map((message) => ({
		...JSON.parse(message.message),
		at: `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`,
	}));
}

describe("the settings language through ESLint", () => {
	it("reports at keys with 1-based columns, and gives parents and the recognised settings", async () => {
		const result = await lint(file("federation.json", '{\n  "Identity": "Global",\n  "SharedSipAddressSpace": true\n}\n'));
		expect(facts(result)).toEqual([
			{ key: "Identity", ancestors: ["Document", "Object", "Member"], encoding: "utf-8", settings: "tenant-federation", at: "2:3-2:13" },
			{ key: "SharedSipAddressSpace", ancestors: ["Document", "Object", "Member"], encoding: "utf-8", settings: "tenant-federation", at: "3:3-3:26" },
		]);
	});

	it("reads a UTF-8 file with a byte order mark, positions unchanged", async () => {
		const result = await lint(file("bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{ "a": 1 }')])));
		expect(facts(result).map(({ key, at }) => [key, at])).toEqual([["a", "1:3-1:6"]]);
	});

	it("reads the UTF-16 Windows PowerShell's Out-File writes", async () => {
		const text = '{\r\n    "Id":  "contoso.com",\r\n    "AuthenticationType":  "Federated"\r\n}';
		const result = await lint(file("domains.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])));
		expect(facts(result).map(({ key, encoding, settings, at }) => [key, encoding, settings, at])).toEqual([
			["Id", "utf-16le", "domains", "2:5-2:9"],
			["AuthenticationType", "utf-16le", "domains", "3:5-3:25"],
		]);
	});

	it("makes a syntax error a fatal parse error at its place", async () => {
		const result = await lint(file("broken.json", '{\n  "a": 1,\n  "b": [1, 2,]\n}\n'));
		expect(result.messages).toEqual([
			expect.objectContaining({ fatal: true, line: 3, column: 13, message: "Parsing error: Trailing comma: JSON does not allow a comma before ']'" }),
		]);
		const yaml = await lint(file("broken.yaml", "a: 1\nb: [2\n"));
		expect(yaml.messages).toEqual([expect.objectContaining({ fatal: true, line: 3, column: 1 })]);
	});

	it("does not read a binary file as settings", async () => {
		const result = await lint(file("archive.json", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])));
		expect(result.messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining("This is a ZIP archive") })]);
	});

	it("honours eslint-disable comments in YAML", async () => {
		const result = await lint(
			file("directives.yaml", "# eslint-disable-next-line test/probe\na: 1\nb: 2 # eslint-disable-line test/probe\nc: 3\n# eslint-disable test/probe\nd: 4\n"),
		);
		expect(facts(result).map(({ key, at }) => [key, at])).toEqual([["c", "4:1-4:2"]]);
	});

	it("applies rule configuration comments in YAML", async () => {
		const result = await lint(file("inline.yaml", '# eslint test/probe: "off"\na: 1\n'));
		expect(result.messages).toEqual([]);
	});

	it("rejects language options", () => {
		expect(() => {
			new SettingsLanguage().validateLanguageOptions({ strict: true } as never);
		}).toThrow('Unknown settings language option "strict"');
	});
});
