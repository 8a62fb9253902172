import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { nodesOf, parseValid, textOf } from "./helpers.js";

/** Each command of `text`: its name and its elements as written, parameters marked with their kind. */
function commandsOf(text: string): [string, string[]][] {
	return nodesOf(parseValid(text).ast, "Command").map((command) => [
		textOf(text, command.name),
		command.elements.map((element) => (element.type === "CommandParameter" ? `param ${element.name}` : textOf(text, element))),
	]);
}

/**
 * Constructs PowerShell 7.6's parser accepts (each checked with pwsh's
 * `Parser::ParseInput`, as the differential tests do where pwsh is installed),
 * read into the same commands.
 */
describe("read as PowerShell's parser reads them", () => {
	it("a backtick before blanks in the middle of a line is a blank", () => {
		expect(commandsOf("Write-Output a ` b")).toEqual([["Write-Output", ["a", "b"]]]);
		expect(commandsOf('$text = "{0}" -f `  $RetentionYears\nGet-Item `\t-Path x')).toEqual([["Get-Item", ["param Path", "x"]]]);
		expect(commandsOf("$a ` ")).toEqual([]);
	});

	it("a `$` that starts no variable name is a command name", () => {
		expect(commandsOf("$ = Get-VMGuest -VM $vm")).toEqual([["$", ["=", "Get-VMGuest", "param VM", "$vm"]]]);
		expect(commandsOf("$ListTeams | $ {$_.Id}")).toEqual([["$", ["{$_.Id}"]]]);
		expect(commandsOf('Write-Host "$($.Exception.Message)"')).toEqual([
			["Write-Host", ['"$($.Exception.Message)"']],
			["$.Exception.Message", []],
		]);
		expect(commandsOf("if($[System.String]::IsNullOrWhiteSpace($x)) { 1 }")).toEqual([["$[System.String]::IsNullOrWhiteSpace", ["($x)"]]]);
	});

	it("`$$`, `$^` and `$?` expand in strings, and the text after them stays text", () => {
		const result = parseValid('"$$(Get-Date) $?"');
		expect(nodesOf(result.ast, "Variable").map((variable) => variable.name)).toEqual(["$", "?"]);
		expect(nodesOf(result.ast, "Command")).toEqual([]);
	});

	it("a `.` or `::` after an argument and before a blank or a line break starts the next argument", () => {
		expect(commandsOf("if ($u) {\n\tWrite-Host No license for $Identity.\n}")).toEqual([["Write-Host", ["No", "license", "for", "$Identity", "."]]]);
		expect(commandsOf("Write-Host $x. b $(1).\tc $x.a. d")).toEqual([["Write-Host", ["$x", ".", "b", "$(1)", ".", "c", "$x.a", ".", "d"]]]);
		expect(commandsOf("Write-Host $x::")).toEqual([["Write-Host", ["$x", "::"]]]);
		expect(commandsOf("Write-Host $x.Name $x.'a b' $x::Now $env:TEMP::a")).toEqual([["Write-Host", ["$x.Name", "$x.'a b'", "$x::Now", "$env:TEMP::a"]]]);
		expect(parse("Write-Host $x.;").errors).toHaveLength(1);
	});

	it("`=` after a variable's name starts the next argument, unless the name is braced", () => {
		expect(commandsOf("Write-Host $a=b $a= ${a}=b")).toEqual([["Write-Host", ["$a", "=b", "$a", "=", "${a}=b"]]]);
	});

	it("`$$`, `$?` and `$^` followed by anything but a blank or an operator are part of a bareword", () => {
		const result = parseValid("Write-Host $?.x $$.Length $?[0] $$=1 $^.x $? $$");
		expect(nodesOf(result.ast, "Command")[0]!.elements.map((element) => element.type)).toEqual([
			"ExpandableString",
			"ExpandableString",
			"ExpandableString",
			"ExpandableString",
			"ExpandableString",
			"Variable",
			"Variable",
		]);
	});

	it("a keyword where a pipeline belongs (in parentheses, a condition, a foreach collection, a for part) is a command name", () => {
		expect(commandsOf("$x = (if ($a) { 1 } else { 2 })")).toEqual([["if", ["($a)", "{ 1 }", "else", "{ 2 }"]]]);
		expect(commandsOf("if (throw 'x') {}\nforeach ($i in try { 1 } finally {}) {}")).toEqual([
			["throw", ["'x'"]],
			["try", ["{ 1 }", "finally", "{}"]],
		]);
		expect(commandsOf("for (if ($a) {1}; $i; $i++) {}\nwhile (return) {}")).toEqual([
			["if", ["($a)", "{1}"]],
			["return", []],
		]);
		// An assignment and a hashtable value take a statement.
		expect(commandsOf("$x = if ($a) { 1 }\n$h = @{ a = foreach ($i in 1) { $i } }")).toEqual([]);
		expect(parse("(foreach ($i in 1..2) { $i })").errors.length).toBeGreaterThan(0);
	});

	it("a switch needs a clause, as PowerShell's parser says (MissingSwitchConditionExpression)", () => {
		expect(parse("switch ($a) {}").errors).toMatchObject([{ range: [13, 13] }]);
		expect(parse("switch ($a) { # none\n}").errors).toMatchObject([{ range: [13, 13] }]);
		expect(parse("switch ($a) { default { 1 } }").errors).toEqual([]);
	});

	it("a second param(...) block and `param {` are calls of a command named param", () => {
		expect(commandsOf("param($a)\nparam($b)")).toEqual([["param", ["($b)"]]]);
		expect(commandsOf("param { 1 }")).toEqual([["param", ["{ 1 }"]]]);
		expect(commandsOf("function f {\n\tparam\n\t{}\n}")).toEqual([["param", []]]);
		expect(parseValid("param\n($a) $a").ast.paramBlock?.parameters).toHaveLength(1);
	});

	it("an assignment operator at the start of a pipeline is a command name", () => {
		expect(commandsOf('$path = += "$PSScriptRoot/test"')).toEqual([["+=", ['"$PSScriptRoot/test"']]]);
		expect(commandsOf("$a = -= 1")).toEqual([["-=", ["1"]]]);
		expect(commandsOf("$a -= 1")).toEqual([]);
	});

	it("`--` ends the parameters, and `++`/`--` after a blank do not apply to the argument before them", () => {
		expect(commandsOf("dotnet run -- -c Release")).toEqual([["dotnet", ["run", "param -", "-c", "Release"]]]);
		expect(commandsOf("gh pr view $PR --repo x")).toEqual([["gh", ["pr", "view", "$PR", "--repo", "x"]]]);
		expect(commandsOf("& $libFuzzer --target_path=x")).toEqual([["$libFuzzer", ["--target_path=x"]]]);
		expect(commandsOf("foo $a-- x")).toEqual([["foo", ["$a--", "x"]]]);
		expect(parseValid("$a --").ast.statements).toHaveLength(1);
	});

	it("unwraps the quoted parts of a bare word in its value", () => {
		const values = nodesOf(parseValid("git log --format='%H||%P' a\"b c\"d Compliance'Def''x' a`tb").ast, "StringConstant").map((node) => node.value);
		expect(values).toEqual(["git", "log", "--format=%H||%P", "ab cd", "ComplianceDef'x", "a\tb"]);
	});

	it("reports an expression after `|`, as PowerShell does", () => {
		expect(parse("Get-Item | $x").errors.map((error) => error.message)).toEqual(["Expressions are only allowed as the first element of a pipeline."]);
		expect(parse("$x | % { $_ }").errors).toEqual([]);
	});
});
