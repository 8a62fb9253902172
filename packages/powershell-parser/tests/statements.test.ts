import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { firstOf, nodesOf, parseValid, textOf } from "./helpers.js";

describe("script blocks", () => {
	it("reads attributes and a param block, then the statements after it on the same line", () => {
		const text = "[CmdletBinding()]\nparam([Parameter(Mandatory)][string]$Name = 'x', [int]$Count) $Name * $Count";
		const { ast } = parseValid(text);
		expect(ast.paramBlock?.attributes.map((a) => a.type)).toEqual(["Attribute"]);
		const [name, count] = ast.paramBlock!.parameters;
		expect(name!.name.name).toBe("Name");
		expect(name!.attributes.map((a) => [a.type, a.typeName])).toEqual([
			["Attribute", "Parameter"],
			["TypeConstraint", "string"],
		]);
		expect(name!.defaultValue).toMatchObject({ type: "StringConstant", value: "x" });
		expect(count!.defaultValue).toBeNull();
		expect(ast.statements).toHaveLength(1);
		expect(textOf(text, ast.statements[0]!)).toBe("$Name * $Count");
	});

	it("reads named blocks", () => {
		const { ast } = parseValid("begin { 1 }\nprocess { $_ }\nend { 2 }\nclean { 3 }");
		expect(ast.blocks.map((b) => b.blockKind)).toEqual(["begin", "process", "end", "clean"]);
		expect(ast.statements).toEqual([]);
	});

	it("reads dynamicparam in a function body", () => {
		const { ast } = parseValid("function f { param() dynamicparam { } begin { } }");
		const body = firstOf(ast, "FunctionDefinition").body;
		expect(body.paramBlock?.parameters).toEqual([]);
		expect(body.blocks.map((b) => b.blockKind)).toEqual(["dynamicparam", "begin"]);
	});

	it("accepts empty and comment-only files", () => {
		expect(parseValid("").ast.statements).toEqual([]);
		const { ast, comments } = parseValid("# one\n<# two\n#>\n");
		expect(ast.statements).toEqual([]);
		expect(comments.map((c) => [c.type, c.value])).toEqual([
			["Line", " one"],
			["Block", " two\n"],
		]);
	});

	it("reads using statements before param", () => {
		const { ast } = parseValid("using namespace System.Text\nusing module .\\x.psm1\nparam($a)");
		expect(ast.usingStatements.map((u) => u.usingKind)).toEqual(["namespace", "module"]);
		expect(ast.usingStatements[0]!.name).toMatchObject({ type: "StringConstant", value: "System.Text" });
		expect(ast.paramBlock?.parameters).toHaveLength(1);
	});
});

describe("flow statements", () => {
	it("reads if / elseif / else across lines", () => {
		const { ast } = parseValid("if ($a) { 1 }\nelseif ($b) { 2 }\nelse { 3 }");
		const statement = firstOf(ast, "IfStatement");
		expect(statement.clauses).toHaveLength(2);
		expect(statement.elseClause?.statements).toHaveLength(1);
		expect(statement.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 3, column: 10 } });
	});

	it("does not take an else from after an unrelated statement", () => {
		const { ast } = parseValid("if ($a) { 1 }\nWrite-Host done");
		expect(ast.statements.map((s) => s.type)).toEqual(["IfStatement", "Pipeline"]);
	});

	it("reads switch with options, quoted labels with spaces, script block conditions and default", () => {
		const { ast } = parseValid("switch -Regex -CaseSensitive ($x) {\n 'a b' { 1 }\n { $_ -gt 5 } { 2 }\n 42 { 3 }\n default { 4 }\n}");
		const statement = firstOf(ast, "SwitchStatement");
		expect(statement.options).toEqual(["regex", "casesensitive"]);
		expect(statement.clauses.map((c) => c.condition.type)).toEqual(["StringConstant", "ScriptBlock", "NumberConstant"]);
		expect(statement.defaultClause?.statements).toHaveLength(1);
	});

	it("reads switch -file", () => {
		const statement = firstOf(parseValid("switch -File $path { x { 1 } }").ast, "SwitchStatement");
		expect(statement.options).toEqual(["file"]);
		expect(statement.condition).toMatchObject({ type: "Variable", name: "path" });
	});

	it("reads loops with labels, and break/continue with labels", () => {
		const text = ":outer foreach ($i in 1..3) {\n :inner while ($true) { break outer }\n continue\n}";
		const { ast } = parseValid(text);
		const loop = firstOf(ast, "ForEachStatement");
		expect(loop.label).toBe("outer");
		expect(loop.variable.name).toBe("i");
		expect(firstOf(ast, "WhileStatement").label).toBe("inner");
		expect(firstOf(ast, "BreakStatement").label).toMatchObject({ type: "StringConstant", value: "outer" });
		expect(firstOf(ast, "ContinueStatement").label).toBeNull();
	});

	it("reads for, do-while and do-until", () => {
		const { ast } = parseValid("for ($i = 0; $i -lt 10; $i++) { }\ndo { } while ($x)\ndo { }\nuntil ($y)");
		const loop = firstOf(ast, "ForStatement");
		expect(loop.initializer?.type).toBe("AssignmentStatement");
		expect(loop.condition?.type).toBe("Pipeline");
		expect(loop.iterator?.type).toBe("Pipeline");
		expect(ast.statements.map((s) => s.type)).toEqual(["ForStatement", "DoWhileStatement", "DoUntilStatement"]);
	});

	it("reads an empty for", () => {
		const loop = firstOf(parseValid("for (;;) { break }").ast, "ForStatement");
		expect([loop.initializer, loop.condition, loop.iterator]).toEqual([null, null, null]);
	});

	it("reads try / catch with types / finally and trap", () => {
		const { ast } = parseValid("try { 1 }\ncatch [System.Net.WebException], [IOException] { 2 }\ncatch { 3 }\nfinally { 4 }\ntrap [Exception] { continue }");
		const statement = firstOf(ast, "TryStatement");
		expect(statement.catchClauses.map((c) => c.catchTypes.map((t) => t.typeName))).toEqual([["System.Net.WebException", "IOException"], []]);
		expect(statement.finallyClause).not.toBeNull();
		expect(firstOf(ast, "TrapStatement").trapType?.typeName).toBe("Exception");
	});

	it("reads return, throw and exit with and without a value", () => {
		const { ast } = parseValid("return\nreturn $x | Sort-Object\nthrow 'bad'\nexit 1\nreturn & $sb");
		expect(ast.statements.map((s) => s.type)).toEqual(["ReturnStatement", "ReturnStatement", "ThrowStatement", "ExitStatement", "ReturnStatement"]);
		expect(firstOf(ast, "ReturnStatement").argument).toBeNull();
		expect(firstOf(ast, "ThrowStatement").argument?.type).toBe("Pipeline");
	});

	it("reads data sections", () => {
		const statement = firstOf(parseValid("data texts -SupportedCommand ConvertFrom-StringData { 'x' }").ast, "DataStatement");
		expect(statement.variable).toBe("texts");
		expect(statement.supportedCommands).toHaveLength(1);
	});
});

describe("definitions", () => {
	it("reads functions, filters and workflows with parameters", () => {
		const text = "function global:Get-Thing([string]$a, $b = 2) { $a }\nfilter Only-Even { if ($_ % 2 -eq 0) { $_ } }\nworkflow W { parallel { 1 } }";
		const { ast } = parseValid(text);
		const [fn, filter, workflow] = nodesOf(ast, "FunctionDefinition");
		expect(fn).toMatchObject({ kind: "function", name: "global:Get-Thing" });
		expect(fn!.parameters?.map((p) => p.name.name)).toEqual(["a", "b"]);
		expect(filter).toMatchObject({ kind: "filter", name: "Only-Even", parameters: null });
		expect(workflow!.kind).toBe("workflow");
		expect(fn!.range).toEqual([0, text.indexOf("\n")]);
	});

	it("reads classes with attributes, base types, properties, constructors and methods", () => {
		const text = [
			"[DscResource()]",
			"class Widget : Base, IDisposable {",
			"  [DscProperty(Key)] [string] $Name = 'w'",
			"  hidden static [int] $Count",
			"  Widget([string]$n) : base($n) { $this.Name = $n }",
			"  [void] Dispose() { }",
			"  static [Widget] Create() { return [Widget]::new('x') }",
			"}",
		].join("\n");
		const definition = firstOf(parseValid(text).ast, "TypeDefinition");
		expect(definition).toMatchObject({ kind: "class", name: "Widget", baseTypes: ["Base", "IDisposable"] });
		expect(definition.attributes.map((a) => a.typeName)).toEqual(["DscResource"]);
		expect(definition.members.map((m) => [m.type, m.name])).toEqual([
			["PropertyMember", "Name"],
			["PropertyMember", "Count"],
			["FunctionMember", "Widget"],
			["FunctionMember", "Dispose"],
			["FunctionMember", "Create"],
		]);
		expect(definition.members[1]).toMatchObject({ modifiers: ["hidden", "static"] });
		expect(definition.members[2]).toMatchObject({ baseArguments: [{ type: "Variable", name: "n" }] });
	});

	it("reads enums with values and a flags attribute", () => {
		const definition = firstOf(parseValid("[Flags()] enum Color : byte {\n Red = 1; Green = 2\n Blue\n}").ast, "TypeDefinition");
		expect(definition.kind).toBe("enum");
		expect(definition.members.map((m) => m.name)).toEqual(["Red", "Green", "Blue"]);
	});

	it("reads DSC configurations as commands with script blocks", () => {
		const { ast, errors } = parse("configuration Web {\n Node 'srv' {\n  WindowsFeature IIS { Ensure = 'Present'; Name = 'Web-Server' }\n }\n}");
		expect(errors).toEqual([]);
		expect(firstOf(ast, "ConfigurationDefinition").name).toMatchObject({ value: "Web" });
	});
});
