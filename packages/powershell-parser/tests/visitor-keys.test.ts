import { describe, expect, it } from "vitest";
import { parse, visitorKeys } from "../src/index.js";
import { allNodes } from "./helpers.js";

const script = `using namespace System.Text
[CmdletBinding()]
param([Parameter(Mandatory, Position = 0)][string]$Name = 'x')
begin { $a = @{ k = 1 }; $b = @(1, 2)[0] }
process {
  :outer foreach ($i in 1..3) { if ($i -gt 1) { break outer } elseif (-not $i) { continue } else { $i++ } }
  switch -regex ($Name) { 'a' { 1 } default { 2 } }
  for ($j = 0; $j -lt 2; $j++) { while ($false) { } }
  do { } until ($true)
  try { throw "x $($Name)" } catch [Exception] { $_ } finally { }
  trap { continue }
  $x = $a ? $b : [int]$c ?? $d.Method($e)?.P[1]
  Get-Item -Path:$p @splat 2>&1 > out.txt | ForEach-Object { $_ } && echo ok
  data d { 'x' }
  return $x
}
end {
  function f([int]$n) { exit $n }
  class C : B { [string]$P = 1; C() : base(1) { } [void] M([int]$a) { } }
  enum E { A = 1 }
  configuration Cfg { Node n { } }
  $(1); ,1; -split 'a b'
}`;

/** Every object in the tree that looks like a node, found by reflection rather than by visitor keys. */
function reflectedNodes(value: unknown, out: Set<object>): void {
	if (Array.isArray(value)) {
		for (const item of value) reflectedNodes(item, out);
		return;
	}
	if (value === null || typeof value !== "object") return;
	if ("type" in value && "range" in value) out.add(value);
	for (const [key, child] of Object.entries(value)) if (key !== "loc" && key !== "range") reflectedNodes(child, out);
}

describe("visitorKeys", () => {
	it("lead to every node of the tree", () => {
		const { ast, errors } = parse(script);
		expect(errors).toEqual([]);
		const reflected = new Set<object>();
		reflectedNodes(ast, reflected);
		const visited = new Set<object>(allNodes(ast));
		expect([...reflected].filter((node) => !visited.has(node)).map((node) => (node as { type: string }).type)).toEqual([]);
		expect(new Set(allNodes(ast).map((node) => node.type)).size).toBeGreaterThan(50);
	});

	it("name only properties that exist on the nodes", () => {
		for (const node of allNodes(parse(script).ast)) {
			for (const key of visitorKeys[node.type]) expect(node, `${node.type}.${key}`).toHaveProperty(key);
		}
	});
});
