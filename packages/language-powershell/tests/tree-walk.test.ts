import type { Node } from "@miglint/powershell-parser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TreeWalk } from "../src/ast/walk.js";
import { sourceCodeOf } from "./source-code.js";

function steps(root: Node): string[] {
	const found: string[] = [];
	for (const walk = new TreeWalk(root); walk.next();) found.push(`${walk.exit ? "exit" : "enter"} ${walk.node.type} in ${walk.parent?.type ?? "-"}`);
	return found;
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe("TreeWalk", () => {
	it("enters each node, walks its children in the order of the visitor keys, then leaves it", () => {
		expect(steps(sourceCodeOf("$a = 1\nWrite-Host $a\n").ast)).toEqual([
			"enter Program in -",
			"enter AssignmentStatement in Program",
			"enter Variable in AssignmentStatement",
			"exit Variable in AssignmentStatement",
			"enter Pipeline in AssignmentStatement",
			"enter CommandExpression in Pipeline",
			"enter NumberConstant in CommandExpression",
			"exit NumberConstant in CommandExpression",
			"exit CommandExpression in Pipeline",
			"exit Pipeline in AssignmentStatement",
			"exit AssignmentStatement in Program",
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

	it("reads a node's children one at a time as it reaches them: it keeps the path from the root, not every sibling still to visit", () => {
		const program = sourceCodeOf("Get-Date\n".repeat(1000)).ast;
		const read: number[] = [];
		const statements = new Proxy(program.statements, {
			get(target, key, receiver) {
				if (typeof key === "string" && /^\d+$/u.test(key)) read.push(Number(key));
				return Reflect.get(target, key, receiver);
			},
		});
		const walk = new TreeWalk({ ...program, statements });
		walk.next();
		walk.next();
		expect(walk.node).toBe(program.statements[0]);
		// A walk that stacked the siblings read all 1,000 statements on entering the script.
		expect(read).toEqual([0]);
		while (walk.next());
		expect(read).toHaveLength(1000);
	});

	it("is made once to parse a script and index it: the depth check gives each node its parent and finds the commands", () => {
		const steps = vi.spyOn(TreeWalk.prototype, "next");
		const sourceCode = sourceCodeOf("function Get-Target { param($Name) Get-Mailbox -Identity $Name }\nGet-Target x | Out-Null\n");
		expect(sourceCode.commands.map((command) => command.writtenName)).toEqual(["Get-Mailbox", "Get-Target", "Out-Null"]);
		const [getMailbox] = sourceCode.commands;
		expect(sourceCode.getParent(getMailbox!.node)?.type).toBe("Pipeline");
		// A walk ends with the one step that finds nothing left: one walk in all, where the depth check and the index were two.
		expect(steps.mock.results.filter((result) => result.value === false)).toHaveLength(1);
	});
});
