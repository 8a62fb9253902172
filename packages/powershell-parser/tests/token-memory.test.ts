import { afterEach, describe, expect, it, vi } from "vitest";
import { parse, visitorKeys, type Node } from "../src/index.js";
import { TokenList } from "../src/lexer/token-list.js";
import { LineIndex } from "../src/text/line-index.js";
import { allNodes, rebuild } from "./helpers.js";

const SCRIPT = [
	"param([string]$Path = 'C:\\batches')",
	'$users = Import-Csv -Path "$Path\\wave1.csv" # the first wave',
	"foreach ($user in $users) { if ($user.Enabled -and $user.Department -eq 'Sales') { Set-Mailbox -Identity $user.EmailAddress -Confirm:$false } }",
	"$names = @($users | ForEach-Object { $_.Name.Trim().ToLower() })[0..3] -join ', '",
	"",
].join("\r\n");

afterEach(() => {
	vi.restoreAllMocks();
});

describe("the memory a parse keeps", () => {
	it("keeps its tokens as numbers, and makes token objects only when they are read, once", () => {
		const toTokens = vi.spyOn(TokenList.prototype, "toTokens");
		const result = parse(SCRIPT);
		expect(result.comments).toEqual([
			{ type: "Line", value: " the first wave", range: [81, 97], loc: { start: { line: 2, column: 44 }, end: { line: 2, column: 60 } } },
		]);
		expect(toTokens).not.toHaveBeenCalled();
		expect(rebuild(result)).toBe(SCRIPT);
		expect(result.tokens).toBe(result.tokens);
		expect(toTokens).toHaveBeenCalledTimes(1);
	});

	it("gives a node no object of its own but its children: range and loc are made from its offsets when read", () => {
		const nodes = allNodes(parse(SCRIPT).ast);
		const childKeys = (node: Node): ReadonlySet<string> => new Set(visitorKeys[node.type]);
		// Lists of names (switch and loop options, generic type arguments) are the only objects a node holds besides its children.
		const isNames = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === "string");
		const ownObjects = nodes.flatMap((node) =>
			Object.entries(node)
				.filter(([key, value]) => typeof value === "object" && value !== null && !childKeys(node).has(key) && !isNames(value))
				.map(([key]) => `${node.type}.${key}`),
		);
		expect(ownObjects).toEqual([]);
		const ifStatement = nodes.find((node) => node.type === "IfStatement")!;
		expect(ifStatement.range).toEqual([SCRIPT.indexOf("if ("), SCRIPT.indexOf("} }") + 1]);
		expect(ifStatement.loc).toEqual({ start: { line: 3, column: 28 }, end: { line: 3, column: 141 } });
		expect(Object.keys(ifStatement)).not.toContain("loc");
	});

	it("gives the nodes of every parse one prototype (one set of shapes), each node the locations of its own script", () => {
		const first = allNodes(parse("Get-Mailbox -Identity a\n").ast).find((node) => node.type === "Command")!;
		const second = allNodes(parse("\n\n  Set-Mailbox b\n").ast).find((node) => node.type === "Command")!;
		expect(Object.getPrototypeOf(first)).toBe(Object.getPrototypeOf(second));
		expect(first.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 1, column: 23 } });
		expect(second.loc).toEqual({ start: { line: 3, column: 2 }, end: { line: 3, column: 15 } });
	});

	it("shares one frozen empty list among the nodes, whose lists are kept as exact copies", () => {
		const nodes = allNodes(parse("Get-Mailbox -Identity a\nSet-Mailbox b | Out-Null\n").ast);
		const commands = nodes.filter((node) => node.type === "Command");
		expect(commands.map((command) => command.elements.length)).toEqual([2, 1, 0]);
		const [first, second, third] = commands.map((command) => command.redirections);
		// An empty array each command kept was a tenth of the memory of a script that runs a command a line.
		expect(first).toBe(second);
		expect(second).toBe(third);
		expect(third).toBe(commands[2]!.elements);
		expect(Object.isFrozen(first)).toBe(true);
	});

	it("tokens still give their text, range, location and trivia", () => {
		const text = "Get-Mailbox  -Identity $user # who\r\n  Set-Mailbox\n";
		const { tokens, comments } = parse(text);
		expect(rebuild(parse(text))).toBe(text);
		const identity = tokens.find((token) => token.value === "-Identity")!;
		expect(identity).toMatchObject({ type: "Parameter", range: [13, 22], loc: { start: { line: 1, column: 13 }, end: { line: 1, column: 22 } } });
		expect(identity.leadingTrivia.map((trivia) => [trivia.type, trivia.value, trivia.range])).toEqual([["Whitespace", "  ", [11, 13]]]);
		expect(identity.range).toBe(identity.range);
		expect(tokens[0]!.leadingTrivia).toEqual([]);
		expect(comments).toEqual([{ type: "Line", value: " who", range: [29, 34], loc: { start: { line: 1, column: 29 }, end: { line: 1, column: 34 } } }]);
	});

	it("forgets the tokens and their trivia the parser backtracks over", () => {
		const list = new TokenList();
		const whitespace = [{ type: "Whitespace" as const, start: 0, end: 1 }];
		list.push({ type: "Generic", start: 1, end: 4, trivia: whitespace, error: null });
		list.push({ type: "Parameter", start: 5, end: 7, trivia: [{ type: "LineComment", start: 4, end: 5 }], error: null });
		list.truncate(1);
		list.push({ type: "Variable", start: 5, end: 7, trivia: null, error: null });
		expect(list.trivia(new Set(["LineComment"]))).toEqual([]);
		const text = " abc#$b";
		const tokens = list.toTokens({ text, lines: new LineIndex(text) });
		expect(tokens.map((token) => [token.type, token.range, token.leadingTrivia.length])).toEqual([
			["Generic", [1, 4], 1],
			["Variable", [5, 7], 0],
		]);
	});
});
