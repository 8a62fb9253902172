import type { Node } from "@miglint/powershell-parser";
import { describe, expect, it } from "vitest";
import { TreeWalk } from "../src/ast/walk.js";
import { ScopeAnalysis, VARIABLE_WRITE_TYPES } from "../src/commands/scopes.js";
import { sourceCodeOf } from "./source-code.js";

/**
 * The work of the scope analysis of `text`, counted rather than timed: the
 * parent lookups it makes to place every write and to answer, for every
 * variable read, what it holds.
 */
function scopeWork(text: string): number {
	const source = sourceCodeOf(text);
	const writes: Node[] = [];
	const variables: Node[] = [];
	for (const walk = new TreeWalk(source.ast); walk.next();) {
		if (walk.exit) continue;
		const { node } = walk;
		if (VARIABLE_WRITE_TYPES.has(node.type)) writes.push(node);
		if (node.type === "Variable") variables.push(node);
	}
	let lookups = 0;
	const scopes = new ScopeAnalysis(source.ast, writes, (node) => {
		lookups++;
		return source.getParent(node);
	});
	for (const variable of variables) {
		if (variable.type === "Variable") scopes.assignmentAt(variable);
	}
	return lookups;
}

describe("scope analysis work grows linearly with the depth of the tree", () => {
	it.each([
		["a chain of method calls", (n: number) => `$a = 1\n$a${".b()".repeat(n)}\n`],
		["a chain of -and", (n: number) => `$x = 1\n$x${" -and $x".repeat(n)}\n`],
		["a chain of method calls in a loop in a script block", (n: number) => `& { foreach ($i in 1) { $h = @{}; $h${".Add(1, 2)".repeat(n)} } }\n`],
	])("%s", (_name, script) => {
		// Both under the depth past which the language refuses a script.
		const small = scopeWork(script(60));
		const large = scopeWork(script(960));
		// 16 times the input: linear is 16x, quadratic 256x.
		expect(large / small).toBeLessThan(20);
	});
});
