import { describe, expect, it } from "vitest";
import { firstOf, nodesOf, parseValid, textOf } from "./helpers.js";

describe("commands", () => {
	it("reads a command name, parameters and bare-word arguments with exact locations", () => {
		const text = "Set-CsUser -Identity bob@contoso.com -EnterpriseVoiceEnabled:$true";
		const command = firstOf(parseValid(text).ast, "Command");
		expect(command.invocationOperator).toBeNull();
		expect(command.name).toMatchObject({ type: "StringConstant", stringKind: "BareWord", value: "Set-CsUser" });
		const [identity, value, voice] = command.elements;
		expect(identity).toMatchObject({ type: "CommandParameter", name: "Identity", argument: null, range: [11, 20] });
		expect(identity!.loc).toEqual({ start: { line: 1, column: 11 }, end: { line: 1, column: 20 } });
		expect(value).toMatchObject({ type: "StringConstant", value: "bob@contoso.com" });
		expect(voice).toMatchObject({ type: "CommandParameter", name: "EnterpriseVoiceEnabled", argument: { type: "Variable", name: "true" } });
		expect(textOf(text, voice!)).toBe("-EnterpriseVoiceEnabled:$true");
	});

	it("reads parameter names with digits", () => {
		const command = firstOf(parseValid("New-CsHostingProvider -IPv4 -S4BCredential $c").ast, "Command");
		expect(nodesOf(command, "CommandParameter").map((p) => p.name)).toEqual(["IPv4", "S4BCredential"]);
	});

	it("reads unquoted list arguments as one array", () => {
		const command = firstOf(parseValid("Select-Object Name, Size,\n  Length").ast, "Command");
		expect(command.elements).toHaveLength(1);
		expect(command.elements[0]).toMatchObject({
			type: "ArrayLiteral",
			elements: [{ value: "Name" }, { value: "Size" }, { value: "Length" }],
		});
	});

	it("reads `*, @{...}` as one array argument", () => {
		const command = firstOf(parseValid("Select-Object *, @{ n = 'x'; e = { $_.Y } }").ast, "Command");
		expect(command.elements[0]).toMatchObject({ type: "ArrayLiteral", elements: [{ type: "StringConstant", value: "*" }, { type: "Hashtable" }] });
	});

	it("reads $PSScriptRoot\\x.ps1 as an expandable bare word", () => {
		const command = firstOf(parseValid(". $PSScriptRoot\\lib\\x.ps1").ast, "Command");
		expect(command.invocationOperator).toBe(".");
		expect(command.name).toMatchObject({ type: "ExpandableString", stringKind: "BareWord", nestedExpressions: [{ type: "Variable", name: "PSScriptRoot" }] });
	});

	it("reads call operators with expressions as the command", () => {
		const { ast } = parseValid("& $exe /quiet\n& { param($a) $a } 1\n& 'C:\\Program Files\\x.exe' -y");
		expect(nodesOf(ast, "Command").map((c) => [c.invocationOperator, c.name.type])).toEqual([
			["&", "Variable"],
			["&", "ScriptBlock"],
			["&", "StringConstant"],
		]);
	});

	it("reads empty script block arguments", () => {
		const command = firstOf(parseValid("Invoke-Command -ScriptBlock { } -Session $s").ast, "Command");
		expect(command.elements.map((e) => e.type)).toEqual(["CommandParameter", "ScriptBlock", "CommandParameter", "Variable"]);
	});

	it("reads member access on variables in arguments", () => {
		const command = firstOf(parseValid("Write-Host $user.Name $list[0] $x.Items.Count").ast, "Command");
		expect(command.elements.map((e) => e.type)).toEqual(["MemberExpression", "IndexExpression", "MemberExpression"]);
	});

	it("reads redirections", () => {
		const command = firstOf(parseValid("cmd /c dir 2>&1 > out.txt *>> all.log").ast, "Command");
		expect(command.redirections).toMatchObject([
			{ type: "MergingRedirection", fromStream: "2", toStream: "1" },
			{ type: "FileRedirection", stream: "1", append: false, target: { value: "out.txt" } },
			{ type: "FileRedirection", stream: "*", append: true, target: { value: "all.log" } },
		]);
	});

	it("reads the stop-parsing token", () => {
		const command = firstOf(parseValid("icacls x --% /grant Users:(F) && echo\nnext").ast, "Command");
		expect(command.elements.at(-1)).toMatchObject({ type: "StringConstant", stringKind: "Verbatim", value: "/grant Users:(F) && echo" });
	});

	it("reads operators written as arguments as bare words", () => {
		const command = firstOf(parseValid("Write-Output 1 + 2").ast, "Command");
		expect(command.elements.map((e) => (e.type === "StringConstant" || e.type === "NumberConstant" ? e.value : e.type))).toEqual([1, "+", 2]);
	});

	it("treats a parameter-like word at the start of a line as a command name", () => {
		const { ast } = parseValid("-Name x");
		expect(firstOf(ast, "Command").name).toMatchObject({ value: "-Name" });
	});
});

describe("pipelines", () => {
	it("reads pipelines with expression and command elements", () => {
		const pipeline = firstOf(parseValid("$users | Where-Object { $_.Enabled } | Export-Csv out.csv -NoTypeInformation").ast, "Pipeline");
		expect(pipeline.elements.map((e) => e.type)).toEqual(["CommandExpression", "Command", "Command"]);
	});

	it("continues after a trailing pipe and before a leading pipe", () => {
		const { ast } = parseValid("Get-Mailbox |\n  Sort-Object\nGet-User\n  | Select-Object Name\n\n  | Format-List");
		const pipelines = nodesOf(ast, "Pipeline");
		expect(pipelines.map((p) => p.elements.length)).toEqual([2, 3]);
	});

	it("reads pipeline chains and background jobs", () => {
		const { ast } = parseValid("Test-Path x && Remove-Item x || Write-Error no\nStart-Sleep 5 &");
		const chain = firstOf(ast, "PipelineChain");
		expect(chain.operator).toBe("||");
		expect(chain.left).toMatchObject({ type: "PipelineChain", operator: "&&" });
		expect(nodesOf(ast, "Pipeline").at(-1)?.background).toBe(true);
	});

	it("reads assignments whose value is a statement", () => {
		const { ast } = parseValid("$r = if ($a) { 1 } else { 2 }\n$list += Get-Item x\n$c ??= 'd'\n[int]$n = '5'");
		const assignments = nodesOf(ast, "AssignmentStatement");
		expect(assignments.map((a) => [a.operator, a.right.type])).toEqual([
			["=", "IfStatement"],
			["+=", "Pipeline"],
			["??=", "Pipeline"],
			["=", "Pipeline"],
		]);
		expect(assignments[3]!.left).toMatchObject({ type: "ConvertExpression", typeName: "int" });
	});
});
