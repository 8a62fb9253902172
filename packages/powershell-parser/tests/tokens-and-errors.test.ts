import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { allNodes, nodesOf, parseBounded, parseValid, rebuild } from "./helpers.js";

const sample = [
	"\uFEFF#Requires -Version 5.1",
	"<#",
	".SYNOPSIS",
	"  Moves mailboxes.",
	"#>",
	"[CmdletBinding()]",
	"param([Parameter(Mandatory)] [string] $Csv)",
	"$batch = Import-Csv $Csv | ForEach-Object {",
	'    "$($_.Email)`t$env:USERNAME"  # trailing comment',
	"} ; Write-Host `",
	"    'done' 2>&1\r\n$x = @\"\r\nline $y\r\n\"@",
	"\u201Ctypographic\u201D \u2013eq $z",
].join("\n");

describe("tokens", () => {
	it("rebuild the text exactly, with trivia", () => {
		const result = parse(sample);
		expect(rebuild(result)).toBe(sample);
		expect(result.tokens.at(-1)?.type).toBe("EndOfInput");
	});

	it("carry exact locations, columns 0-based in UTF-16 code units", () => {
		const { tokens } = parse("a\r\n  $x = '\u{1F600}' + 1");
		const plus = tokens.find((t) => t.value === "+")!;
		expect(plus.range).toEqual([15, 16]);
		// The emoji counts as two UTF-16 code units.
		expect(plus.loc).toEqual({ start: { line: 2, column: 12 }, end: { line: 2, column: 13 } });
		const whitespace = tokens.find((t) => t.value === "$x")!.leadingTrivia[0]!;
		expect(whitespace).toMatchObject({ type: "Whitespace", value: "  ", range: [3, 5] });
	});

	it("classify tokens by mode", () => {
		const { tokens } = parse("Get-Item -Path C:\\x -Force:$false; $a -eq 1");
		expect(tokens.filter((t) => t.type !== "EndOfInput").map((t) => [t.type, t.value])).toEqual([
			["Generic", "Get-Item"],
			["Parameter", "-Path"],
			["Generic", "C:\\x"],
			["Parameter", "-Force:"],
			["Variable", "$false"],
			["Punctuator", ";"],
			["Variable", "$a"],
			["Operator", "-eq"],
			["Number", "1"],
		]);
	});

	it("collect comments, including block comments and #Requires", () => {
		const { comments } = parse(sample);
		expect(comments.map((c) => c.type)).toEqual(["Line", "Block", "Line"]);
		expect(comments[0]!.value).toBe("Requires -Version 5.1");
	});

	it("treat a backtick at the end of a line as a continuation", () => {
		const { ast, tokens, errors } = parse("Get-Item `\n  -Force");
		expect(errors).toEqual([]);
		expect(ast.statements).toHaveLength(1);
		expect(tokens.find((t) => t.value === "-Force")?.leadingTrivia.map((t) => t.type)).toEqual(["Whitespace", "LineContinuation", "Whitespace"]);
	});

	it("treat a backtick followed by blanks at the end of a line as a continuation too", () => {
		const { tokens, errors } = parse('$shell.Popup("Install?",`  \r\n0, "Setup", 4)');
		expect(errors).toEqual([]);
		expect(tokens.find((t) => t.value === "0")?.leadingTrivia.map((t) => [t.type, t.value])).toEqual([["LineContinuation", "`  \r\n"]]);
	});

	it("treat a backtick right after a parameter name at the end of a line as a continuation too (pwsh ends the command there: a known difference)", () => {
		const { ast, errors } = parse("Get-MgUser -All`\n  -Property Id");
		expect(errors).toEqual([]);
		expect(ast.statements).toHaveLength(1);
		expect(nodesOf(ast, "CommandParameter").map((parameter) => parameter.name)).toEqual(["All", "Property"]);
	});
});

describe("node locations", () => {
	it("nest within their parents and agree with their ranges", () => {
		const result = parse(sample);
		const lines = sample.split(/\r\n|\n/);
		const offsetOf = (line: number, column: number): number => {
			let offset = 0;
			for (let i = 0; i < line - 1; i++) offset += lines[i]!.length + (sample.startsWith("\r\n", offset + lines[i]!.length) ? 2 : 1);
			return offset + column;
		};
		for (const node of allNodes(result.ast)) {
			expect(node.range[0]).toBeLessThanOrEqual(node.range[1]);
			expect(offsetOf(node.loc.start.line, node.loc.start.column)).toBe(node.range[0]);
			expect(offsetOf(node.loc.end.line, node.loc.end.column)).toBe(node.range[1]);
		}
	});
});

describe("error recovery", () => {
	it("reports errors with positions and keeps parsing the following statements", () => {
		const text = "if ($a { 1 }\nGet-Item x\n$y = \nWrite-Host ok";
		const result = parse(text);
		expect(result.errors.length).toBeGreaterThan(0);
		expect(result.errors[0]!.loc.start.line).toBe(1);
		expect(rebuild(result)).toBe(text);
		const commands = allNodes(result.ast).filter((n) => n.type === "Command");
		expect(commands.some((c) => c.name.type === "StringConstant" && c.name.value === "Write-Host")).toBe(true);
	});

	it("reports an unterminated string at its start", () => {
		const result = parse("Write-Host 'oops\nnext");
		expect(result.errors).toMatchObject([{ message: "The string is missing its terminator.", range: [11, 21] }]);
	});

	it("reports a block comment with no terminator at the comment, as pwsh 7.6 does (MissingTerminatorMultiLineComment)", () => {
		expect(parse("Write-Host 1\n<# \u00e9").errors).toMatchObject([{ message: "The terminator '#>' is missing from the multiline comment.", range: [13, 17] }]);
		expect(parse("<#>").errors).toMatchObject([{ range: [0, 3] }]);
		expect(parse("Write-Host 1 <# x #> 2\n<##>").errors).toEqual([]);
	});

	it("reports a variable with a drive or scope and no name after its ':', in code and in strings, as pwsh 7.6 does (InvalidVariableReferenceWithDrive)", () => {
		for (const [text, range] of [
			['Write-Host "Failed for $Method $Path: $body"', [31, 37]],
			['"$server:"', [1, 9]],
			['"$env:"', [1, 6]],
			["Write-Host $a: b", [11, 14]],
			["Write-Host x$a: y", [12, 15]],
			["$x = $a:", [5, 8]],
			['"$a:`n"', [1, 4]],
		] as const) {
			expect(parse(text).errors, text).toMatchObject([{ range }]);
		}
		for (const text of ['"$env:TEMP $a::b $a:1 $a:? ${a}: b"', "'$a: b'", "Write-Host http://$server:8080/ $a:b"]) {
			expect(parse(text).errors, text).toEqual([]);
		}
	});

	it("reads `?` as part of a variable's name in a string, as PowerShell does", () => {
		expect(nodesOf(parseValid('"Remove $user? $b?c"').ast, "Variable").map((variable) => variable.name)).toEqual(["user?", "b?c"]);
	});

	it("reports a stray closing brace", () => {
		const result = parse("Get-Item\n}\nGet-Date");
		expect(result.errors).toMatchObject([{ message: "Unexpected token '}'.", loc: { start: { line: 2, column: 0 } } }]);
		expect(result.ast.statements).toHaveLength(2);
	});

	it("moves past a token no statement starts with (a stray '@' once looped forever)", () => {
		for (const [text, at] of [
			["}@", 1],
			["} @ 1", 2],
			["if ($ok) { Write-Host done }\n@\n", 29],
			["@", 0],
			["{ @ }", 2],
		] as const) {
			const result = parseBounded(text);
			expect(result.errors.map((e) => [e.message, e.range[0]])).toContainEqual(["Unexpected token '@'.", at]);
			expect(result.errors.some((e) => e.message.startsWith("Internal"))).toBe(false);
			expect(rebuild(result)).toBe(text);
		}
	});

	it("reports a missing closing brace at the end of the file", () => {
		const result = parse("function f {\n  Get-Item");
		expect(result.errors.map((e) => e.message)).toEqual(["Missing closing '}' of the script block."]);
		expect(result.errors[0]!.loc.start).toEqual({ line: 2, column: 10 });
	});

	it("reads a keyword out of place as a command name, as PowerShell does", () => {
		const result = parse("catch { }");
		expect(result.errors).toEqual([]);
		expect(result.ast.statements[0]).toMatchObject({ type: "Pipeline", elements: [{ type: "Command", name: { value: "catch" } }] });
	});

	it("reports a try without catch or finally", () => {
		expect(parse("try { }").errors.map((e) => e.message)).toEqual(["The try statement is missing its catch or finally block."]);
	});
});
