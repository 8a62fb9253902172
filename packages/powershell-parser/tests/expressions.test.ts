import { describe, expect, it } from "vitest";
import type { Expression, Node } from "../src/index.js";
import { firstOf, parseValid } from "./helpers.js";

/** The expression of a one-line expression statement. */
function expression(text: string): Expression {
	return firstOf(parseValid(text).ast, "CommandExpression").expression;
}

/** A compact rendering of an expression tree, to check precedence. */
function shape(node: Node): string {
	switch (node.type) {
		case "BinaryExpression":
			return `(${shape(node.left)} ${node.operator} ${shape(node.right)})`;
		case "UnaryExpression":
			return node.prefix ? `(${node.operator} ${shape(node.argument)})` : `(${shape(node.argument)} ${node.operator})`;
		case "TernaryExpression":
			return `(${shape(node.condition)} ? ${shape(node.consequent)} : ${shape(node.alternate)})`;
		case "ArrayLiteral":
			return `[${node.elements.map(shape).join(", ")}]`;
		case "ConvertExpression":
			return `([${node.typeName}] ${shape(node.expression)})`;
		case "Variable":
			return `$${node.name}`;
		case "NumberConstant":
			return String(node.value);
		case "StringConstant":
			return `'${node.value}'`;
		case "MemberExpression":
			return `${shape(node.object)}${node.static ? "::" : "."}${shape(node.member)}`;
		case "InvokeMemberExpression":
			return `${shape(node.object)}${node.static ? "::" : "."}${shape(node.member)}(${node.arguments.map(shape).join(", ")})`;
		case "IndexExpression":
			return `${shape(node.object)}[${shape(node.index)}]`;
		case "TypeLiteral":
			return `[${node.typeName}]`;
		case "ParenExpression":
			return `(${node.pipeline === null ? "" : shape(node.pipeline)})`;
		case "Pipeline":
			return node.elements.map(shape).join(" | ");
		case "CommandExpression":
			return shape(node.expression);
		default:
			return node.type;
	}
}

describe("operator precedence", () => {
	it.each([
		["1 + 2 * 3", "(1 + (2 * 3))"],
		["$a -and $b -or $c", "(($a -and $b) -or $c)"],
		["$a -eq 1 -and $b -ne 2", "(($a -eq 1) -and ($b -ne 2))"],
		["-not $a -eq $b", "((-not $a) -eq $b)"],
		["1, 2 + 3", "([1, 2] + 3)"],
		["'{0}' -f 1 + 1", "(('{0}' -f 1) + 1)"],
		["1..3 + 4", "((1 .. 3) + 4)"],
		["$x / 1MB", "($x / 1048576)"],
		["$a -band 4 -eq 4", "($a -band (4 -eq 4))"],
		["$a ?? $b ?? 'c'", "(($a ?? $b) ?? 'c')"],
		["$a ? 1 : $b ? 2 : 3", "($a ? 1 : ($b ? 2 : 3))"],
		["[int]$s + 1", "(([int] $s) + 1)"],
		["$a -replace 'x', 'y'", "($a -replace ['x', 'y'])"],
		["-split $s", "(-split $s)"],
		["$i++", "($i ++)"],
		["$a -iLike '*x*'", "($a -ilike '*x*')"],
		["$a –eq 1", "($a -eq 1)"],
	])("%s", (text, expected) => {
		expect(shape(expression(text))).toBe(expected);
	});
});

describe("postfix expressions", () => {
	it.each([
		["$x.Name", "$x.'Name'"],
		["$x.Items[0].Name", "$x.'Items'[0].'Name'"],
		["[Math]::Round($v, 2)", "[Math]::'Round'($v, 2)"],
		["$list.ForEach({ $_ })", "$list.'ForEach'(ScriptBlock)"],
		["$list.Where{ $_ }", "$list.'Where'(ScriptBlock)"],
		["(Get-Date).AddDays(-1)", "(Command).'AddDays'((- 1))"],
		["$a.\n  Trim()", "$a.'Trim'()"],
		["$Matches.1", "$Matches.'1'"],
		["1.2.3", "1.2.'3'"],
	])("%s", (text, expected) => {
		expect(shape(expression(text))).toBe(expected);
	});

	it("reads null-conditional access", () => {
		const node = expression("${a}?.b?[0]");
		expect(node).toMatchObject({ type: "IndexExpression", nullConditional: true, object: { type: "MemberExpression", nullConditional: true } });
	});

	it("reads generic method type arguments", () => {
		const node = expression("[Array]::Empty[int]()");
		expect(node).toMatchObject({ type: "InvokeMemberExpression", typeArguments: ["int"], arguments: [] });
	});
});

describe("primary expressions", () => {
	it("reads numbers with suffixes and multipliers", () => {
		expect(["0x1F", "1MB", "1.5e3", "10L", "1d", "0b101", "2kb", ".5"].map((t) => (expression(t) as { value: number }).value)).toEqual([
			31, 1048576, 1500, 10, 1, 5, 2048, 0.5,
		]);
	});

	it("reads variables of every form", () => {
		const names = ["$x", "${a b}", "$env:PATH", "$script:count", "$using:x", "$$", "$?", "$^", "$_"].map((t) => (expression(t) as { name: string }).name);
		expect(names).toEqual(["x", "a b", "env:PATH", "script:count", "using:x", "$", "?", "^", "_"]);
	});

	it("reads splatting in commands", () => {
		const command = firstOf(parseValid("New-Mailbox @params -Force").ast, "Command");
		expect(command.elements[0]).toMatchObject({ type: "Variable", name: "params", splatted: true });
	});

	it("reads strings of every kind", () => {
		expect(expression("'it''s'")).toMatchObject({ type: "StringConstant", stringKind: "SingleQuoted", value: "it's" });
		expect(expression('"tab`there"')).toMatchObject({ type: "StringConstant", stringKind: "DoubleQuoted", value: "tab\there" });
		expect(expression('"say ""hi"" `u{263A}"')).toMatchObject({ value: 'say "hi" \u263A' });
		expect(expression("@'\nraw $x\n'@")).toMatchObject({ type: "StringConstant", stringKind: "SingleQuotedHereString", value: "raw $x" });
		expect(expression("\u2018typographic\u2019")).toMatchObject({ type: "StringConstant", value: "typographic" });
	});

	it("reads variables and sub-expressions in expandable strings, with their own locations", () => {
		const text = '"User $name has $($user.Mailboxes | Where-Object { "$($_.Name)" -ne \'\' }) boxes`n#"';
		const node = expression(text);
		expect(node.type).toBe("ExpandableString");
		if (node.type !== "ExpandableString") return;
		expect(node.nestedExpressions.map((e) => e.type)).toEqual(["Variable", "SubExpression"]);
		expect(node.nestedExpressions[0]!.range).toEqual([6, 11]);
		expect(node.nestedExpressions[0]!.loc.start).toEqual({ line: 1, column: 6 });
		const sub = node.nestedExpressions[1]!;
		expect(text.slice(sub.range[0], sub.range[1])).toBe("$($user.Mailboxes | Where-Object { \"$($_.Name)\" -ne '' })");
	});

	it("reads expandable here-strings", () => {
		const node = expression('@"\nHello $name\n"@');
		expect(node).toMatchObject({ type: "ExpandableString", stringKind: "DoubleQuotedHereString", value: "Hello $name" });
	});

	it("reads hashtables with every kind of key", () => {
		const node = expression("@{ Name = 'x'; 'Quoted Key' = 1\n 2 = Get-Date\n $k = $v }");
		expect(node.type).toBe("Hashtable");
		if (node.type !== "Hashtable") return;
		expect(node.entries.map((e) => e.key.type)).toEqual(["StringConstant", "StringConstant", "NumberConstant", "Variable"]);
		expect(node.entries[2]!.value?.type).toBe("Pipeline");
	});

	it("reads array and sub-expressions, ordered casts and generic type literals", () => {
		expect(expression("@(1; 2)")).toMatchObject({ type: "ArrayExpression", statements: [{}, {}] });
		expect(expression("@()")).toMatchObject({ type: "ArrayExpression", statements: [] });
		expect(expression("$(Get-Date)")).toMatchObject({ type: "SubExpression" });
		expect(expression("[ordered]@{}")).toMatchObject({ type: "ConvertExpression", typeName: "ordered" });
		expect(expression("[System.Collections.Generic.Dictionary[string, int]]::new()")).toMatchObject({
			object: { type: "TypeLiteral", typeName: "System.Collections.Generic.Dictionary[string, int]" },
		});
		expect(expression("[string[]]$a")).toMatchObject({ type: "ConvertExpression", typeName: "string[]" });
	});

	it("reads script blocks with param blocks", () => {
		const node = expression("{ param($x) $x * 2 }");
		expect(node).toMatchObject({ type: "ScriptBlock", paramBlock: { parameters: [{ name: { name: "x" } }] } });
	});
});
