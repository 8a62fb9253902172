import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import type { CommandParameter } from "@miglint/powershell-parser";
import { PowerShellLanguage } from "../src/languages/powershell-language.js";
import type { PowerShellRuleDefinition } from "../src/rule-types.js";

/** A rule reporting every call of one cmdlet, however it is written. */
function commandRule(cmdlet: string): PowerShellRuleDefinition {
	return {
		meta: { type: "problem", messages: { found: `${cmdlet} is called.` }, schema: [] },
		create(context) {
			return {
				Program() {
					for (const command of context.sourceCode.commandsNamed(cmdlet)) {
						context.report({ node: command.node, messageId: "found" });
					}
				},
			};
		},
	};
}

const plugin = {
	languages: { powershell: new PowerShellLanguage() },
	rules: { "no-write-host": commandRule("Write-Host"), "no-invoke-expression": commandRule("Invoke-Expression") },
};

function lint(text: string, reportUnusedDisableDirectives: "off" | "error" = "off") {
	const linter = new Linter({ configType: "flat" });
	const messages = linter.verify(
		text,
		[
			{
				files: ["**/*.ps1"],
				plugins: { miglint: plugin },
				language: "miglint/powershell",
				linterOptions: { reportUnusedDisableDirectives },
				rules: { "miglint/no-write-host": "error", "miglint/no-invoke-expression": "error" },
			},
		],
		"script.ps1",
	);
	return messages.map(({ ruleId, message, line, column, endLine, endColumn }) => ({ ruleId, message, line, column, endLine, endColumn }));
}

const at = (ruleId: string | null, line: number, column: number) => expect.objectContaining({ ruleId, line, column });

describe("rules", () => {
	it("select parser node types with ESLint selectors, and see their ancestors", () => {
		const autoStart: PowerShellRuleDefinition = {
			meta: { type: "problem", messages: { found: "-AutoStart inside {{ancestors}}." }, schema: [] },
			create(context) {
				return {
					"Command > CommandParameter[name=/^AutoStart$/i]"(node: CommandParameter) {
						const ancestors = context.sourceCode.getAncestors(node).map((ancestor) => ancestor.type);
						context.report({ node, messageId: "found", data: { ancestors: ancestors.join(" > ") } });
					},
				};
			},
		};
		const linter = new Linter({ configType: "flat" });
		const messages = linter.verify(
			"if ($go) { New-MigrationBatch -Name b -autostart }\n'-AutoStart'",
			[
				{
					files: ["**/*.ps1"],
					plugins: { miglint: { ...plugin, rules: { "auto-start": autoStart } } },
					language: "miglint/powershell",
					rules: { "miglint/auto-start": "error" },
				},
			],
			"script.ps1",
		);
		expect(messages).toEqual([
			expect.objectContaining({
				message: "-AutoStart inside Program > IfStatement > IfClause > StatementBlock > Pipeline > Command.",
				line: 1,
				column: 39,
				endColumn: 49,
			}),
		]);
	});
});

describe("disable directives in comments", () => {
	it("reports without directives, at the command's exact location", () => {
		expect(lint("Write-Host 'a'\n  iex $code\n")).toEqual([
			{ ruleId: "miglint/no-write-host", message: "Write-Host is called.", line: 1, column: 1, endLine: 1, endColumn: 15 },
			{ ruleId: "miglint/no-invoke-expression", message: "Invoke-Expression is called.", line: 2, column: 3, endLine: 2, endColumn: 12 },
		]);
	});

	it("honours # eslint-disable-next-line with a reason", () => {
		expect(lint("# eslint-disable-next-line miglint/no-write-host -- progress output\nWrite-Host 'a'\nWrite-Host 'b'\n")).toEqual([
			at("miglint/no-write-host", 3, 1),
		]);
	});

	it("honours # eslint-disable-line for the named rule only", () => {
		expect(lint("Write-Host (iex $c) # eslint-disable-line miglint/no-write-host\n")).toEqual([at("miglint/no-invoke-expression", 1, 13)]);
	});

	it("honours # eslint-disable / # eslint-enable ranges", () => {
		const text = [
			"Write-Host 1",
			"# eslint-disable miglint/no-write-host",
			"Write-Host 2",
			"iex 'x'",
			"# eslint-enable miglint/no-write-host",
			"Write-Host 3",
		].join("\n");
		expect(lint(text)).toEqual([at("miglint/no-write-host", 1, 1), at("miglint/no-invoke-expression", 4, 1), at("miglint/no-write-host", 6, 1)]);
	});

	it("honours <# eslint-disable #> block comments, here without rule names", () => {
		expect(lint("<# eslint-disable #>\nWrite-Host 1\niex 'x'\n")).toEqual([]);
		expect(lint("<#\n  eslint-disable-next-line miglint/no-write-host\n#>\nWrite-Host 1\n")).toEqual([]);
	});

	it("refuses an eslint-disable-line block comment over several lines", () => {
		expect(lint("Write-Host 1 <# eslint-disable-line\n miglint/no-write-host #>\n")).toEqual([
			at("miglint/no-write-host", 1, 1),
			{ ruleId: null, message: "eslint-disable-line comment should not span multiple lines.", line: 1, column: 14, endLine: 2, endColumn: 26 },
		]);
	});

	it("does not take comment-based help or a here-string for a directive", () => {
		expect(lint("<#\n.SYNOPSIS\n  eslint-disable is mentioned here\n#>\nWrite-Host 1\n")).toEqual([at("miglint/no-write-host", 5, 1)]);
		expect(lint("$template = @'\n# eslint-disable\n'@\nWrite-Host 1\n")).toEqual([at("miglint/no-write-host", 4, 1)]);
	});

	it("reports unused directives when asked", () => {
		const text = [
			"# eslint-disable-next-line miglint/no-write-host",
			"Get-Date",
			"Write-Host 1 # eslint-disable-line miglint/no-write-host",
			"# eslint-enable miglint/no-invoke-expression",
		].join("\n");
		expect(lint(text, "error")).toEqual([
			{
				ruleId: null,
				message: "Unused eslint-disable directive (no problems were reported from 'miglint/no-write-host').",
				line: 1,
				column: 1,
				endLine: undefined,
				endColumn: undefined,
			},
			{
				ruleId: null,
				message: "Unused eslint-enable directive (no matching eslint-disable directives were found for 'miglint/no-invoke-expression').",
				line: 4,
				column: 1,
				endLine: undefined,
				endColumn: undefined,
			},
		]);
	});

	it("take rule ids with or without the miglint/ prefix, and the miglint-disable spelling", () => {
		expect(lint("# eslint-disable-next-line no-write-host -- progress output\nWrite-Host 'a'\n")).toEqual([]);
		expect(
			lint("# miglint-disable-next-line miglint/no-write-host\nWrite-Host 'a'\nWrite-Host (iex $c) # miglint-disable-line no-invoke-expression\n"),
		).toEqual([at("miglint/no-write-host", 3, 1)]);
		expect(lint(["# miglint-disable no-write-host", "Write-Host 1", "# miglint-enable no-write-host", "Write-Host 2"].join("\n"))).toEqual([
			at("miglint/no-write-host", 4, 1),
		]);
		expect(lint("# eslint no-write-host: off\nWrite-Host 1\n")).toEqual([]);
		expect(lint("# eslint-disable-next-line no-such-rule\nWrite-Host 1\n")).toEqual([
			expect.objectContaining({ ruleId: "miglint/no-such-rule", line: 1, message: "Definition for rule 'miglint/no-such-rule' was not found." }),
			at("miglint/no-write-host", 2, 1),
		]);
	});

	it("report a directive they cannot read instead of ignoring it, and leave ordinary comments alone", () => {
		expect(lint("# miglint-disable-nextline no-write-host\nWrite-Host 1\n")).toEqual([
			{
				ruleId: null,
				message:
					"'miglint-disable-nextline' is not a directive miglint reads, so it disables nothing; write eslint-disable, eslint-disable-line, eslint-disable-next-line or eslint-enable.",
				line: 1,
				column: 1,
				endLine: 1,
				endColumn: 41,
			},
			at("miglint/no-write-host", 2, 1),
		]);
		expect(lint("# ESLint-Disable-Next-Line no-write-host\nWrite-Host 1\n")).toEqual([at(null, 1, 1), at("miglint/no-write-host", 2, 1)]);
		expect(lint("# miglint checks this script\n# ESLint is not used here\nWrite-Host 1\n")).toEqual([at("miglint/no-write-host", 3, 1)]);
	});

	it("ask for the prefix on every rule of a list naming several, whose unused ids ESLint removes from the comment's text", () => {
		expect(lint("# eslint-disable-next-line no-write-host, miglint/no-invoke-expression\nWrite-Host (iex $c)\n")).toEqual([
			expect.objectContaining({
				ruleId: null,
				line: 1,
				message: "Write each rule of a directive that names several with its miglint/ prefix: miglint/no-write-host, miglint/no-invoke-expression.",
			}),
			at("miglint/no-write-host", 2, 1),
			at("miglint/no-invoke-expression", 2, 13),
		]);
	});

	it("applies # eslint rule configuration comments", () => {
		expect(lint("# eslint miglint/no-write-host: off\nWrite-Host 1\niex 'x'\n")).toEqual([at("miglint/no-invoke-expression", 3, 1)]);
		expect(lint("# eslint miglint/no-write-host: [\nWrite-Host 1\n")).toEqual([
			expect.objectContaining({ ruleId: null, line: 1, column: 1, message: expect.stringMatching(/^Failed to parse JSON/u) }),
			at("miglint/no-write-host", 2, 1),
		]);
	});
});

describe("PSScriptAnalyzer's SuppressMessageAttribute", () => {
	const migrate = (attribute: string) =>
		["function Invoke-Migration {", `    ${attribute}`, "    param([string] $Name)", "    Write-Host $Name", "}", "Write-Host 'after'"].join("\n");

	it.each([
		"[Diagnostics.CodeAnalysis.SuppressMessageAttribute('miglint/no-write-host', '')]",
		"[System.Diagnostics.CodeAnalysis.SuppressMessageAttribute('miglint/no-write-host', '')]",
		"[Diagnostics.CodeAnalysis.SuppressMessage('miglint/no-write-host', '')]",
		"[system.diagnostics.codeanalysis.suppressmessage('miglint/no-write-host', '', Justification = 'interactive')]",
	])("on a function's param block suppresses the rule inside the function only: %s", (attribute) => {
		expect(lint(migrate(attribute))).toEqual([at("miglint/no-write-host", 6, 1)]);
	});

	it("is not followed when Scope and Target point it at other functions", () => {
		const text = [
			"[Diagnostics.CodeAnalysis.SuppressMessageAttribute('miglint/no-write-host', '', Scope = 'Function', Target = 'Show-*')]",
			"param()",
			"function Show-Progress { Write-Host 1 }",
		].join("\n");
		expect(lint(text)).toEqual([at("miglint/no-write-host", 3, 26)]);
	});

	it("leaves other rules and PSScriptAnalyzer's own rule names alone", () => {
		const text = [
			"function Invoke-Migration {",
			"    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '')]",
			"    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('miglint/no-invoke-expression', '')]",
			"    param()",
			"    Write-Host 1",
			"}",
		].join("\n");
		expect(lint(text)).toEqual([at("miglint/no-write-host", 5, 5)]);
	});

	it("on the script's param block suppresses the rule in the whole script", () => {
		const text = [
			"[CmdletBinding()]",
			"[Diagnostics.CodeAnalysis.SuppressMessageAttribute('miglint/no-write-host', '')]",
			"param()",
			"Write-Host 1",
			"function f { Write-Host 2 }",
			"iex 'x'",
		].join("\n");
		expect(lint(text)).toEqual([at("miglint/no-invoke-expression", 6, 1)]);
	});

	it("on a nested function for the same rule keeps the outer suppression to its end", () => {
		const text = [
			"function Outer {",
			"    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('miglint/no-write-host', '')]",
			"    param()",
			"    function Inner {",
			"        [Diagnostics.CodeAnalysis.SuppressMessageAttribute('miglint/no-write-host', '')]",
			"        param()",
			"    }",
			"    Write-Host 1",
			"}",
			"Write-Host 2",
		].join("\n");
		expect(lint(text)).toEqual([at("miglint/no-write-host", 10, 1)]);
	});

	it("inside an eslint-disable comment range for the same rule does not end that range", () => {
		const text = [
			"# eslint-disable miglint/no-write-host",
			"function Invoke-Migration {",
			"    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('miglint/no-write-host', '')]",
			"    param()",
			"}",
			"Write-Host 1",
			"# eslint-enable miglint/no-write-host",
			"Write-Host 2",
		].join("\n");
		expect(lint(text)).toEqual([at("miglint/no-write-host", 8, 1)]);
	});

	it("is reported as an unused directive when nothing inside needs it", () => {
		const text = [
			"Write-Host 0",
			"function Get-Batch {",
			"    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('miglint/no-write-host', '')]",
			"    param()",
			"    Get-MigrationBatch",
			"}",
		].join("\n");
		expect(lint(text, "error")).toEqual([
			at("miglint/no-write-host", 1, 1),
			{
				ruleId: null,
				message: "Unused eslint-disable directive (no problems were reported from 'miglint/no-write-host').",
				line: 2,
				column: 1,
				endLine: undefined,
				endColumn: undefined,
			},
		]);
	});

	it("is removed by the fix of an unused directive", () => {
		const linter = new Linter({ configType: "flat" });
		const text = ["function Get-Batch {", "    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('miglint/no-write-host', '')]", "    param()", "}"].join(
			"\n",
		);
		const { output } = linter.verifyAndFix(
			text,
			[
				{
					files: ["**/*.ps1"],
					plugins: { miglint: plugin },
					language: "miglint/powershell",
					linterOptions: { reportUnusedDisableDirectives: "error" },
					rules: { "miglint/no-write-host": "error" },
				},
			],
			"script.ps1",
		);
		expect(output).toBe(["function Get-Batch {", "     ", "    param()", "}"].join("\n"));
	});
});
