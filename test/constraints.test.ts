import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { constraints, rulesByConstraint, type Constraint } from "@miglint/core";
import { rules } from "eslint-plugin-miglint";
import schema from "../packages/core/src/constraints/constraints.schema.json" with { type: "json" };
import { REPOSITORY_ROOT } from "./helpers/run-miglint.js";

type RuleDocs = Record<string, { meta?: { docs?: { constraints?: string[] | undefined } | undefined } | undefined }>;

/** Everything wrong between the coverage table and what the rules say they enforce. */
function coverageProblems(table: readonly Constraint[], ruleSet: RuleDocs): string[] {
	const known = new Map(table.map((constraint) => [constraint.id, constraint]));
	const byConstraint = rulesByConstraint(ruleSet);
	const problems: string[] = [];
	for (const [id, rule] of Object.entries(ruleSet)) {
		if (!Array.isArray(rule.meta?.docs?.constraints)) {
			problems.push(`${id} has no meta.docs.constraints (an empty list when it enforces none)`);
		}
	}
	for (const [id, ruleIds] of byConstraint) {
		const constraint = known.get(id);
		if (!constraint) {
			problems.push(`${ruleIds.join(", ")} cite ${id}, which the table lacks`);
		} else if (constraint.status !== "checked") {
			problems.push(`${ruleIds.join(", ")} cite ${id}, which the table marks ${constraint.status}`);
		}
	}
	for (const constraint of table) {
		if (constraint.status === "checked" && !byConstraint.has(constraint.id)) {
			problems.push(`the table says ${constraint.id} is checked, but no rule cites it`);
		}
	}
	return problems;
}

/**
 * The shared catalogue the table is drawn from, when this checkout sits next
 * to it (`../shared/reference/constraints.md` from the main worktree).
 */
function catalogueIds(): string[] | null {
	for (let directory = REPOSITORY_ROOT; directory !== path.dirname(directory); directory = path.dirname(directory)) {
		const file = path.join(directory, "shared", "reference", "constraints.md");
		if (existsSync(file)) {
			return [...readFileSync(file, "utf8").matchAll(/^\| ([A-Z]+(?:-[A-Z]+)*-\d{3}) \|/gmu)].map((match) => match[1]!);
		}
	}
	return null;
}

describe("the constraint coverage table", () => {
	it("follows its schema", () => {
		const ajv = new Ajv({ strict: false });
		const validate = ajv.compile(schema);
		expect(validate({ constraints }), ajv.errorsText(validate.errors)).toBe(true);
		expect(validate({ constraints: [{ ...constraints[0], status: "not-yet" }] }), "a constraint not checked needs a reason").toBe(false);
	});

	it("lists each id once, numbered without gaps in each family", () => {
		const ids = constraints.map((constraint) => constraint.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const family of new Set(ids.map((id) => id.slice(0, -4)))) {
			const members = ids.filter((id) => id.slice(0, -4) === family);
			expect(members, family).toEqual(members.map((_id, index) => `${family}-${String(index + 1).padStart(3, "0")}`));
		}
	});

	it("agrees with the constraints every rule names in meta.docs.constraints", () => {
		expect(coverageProblems(constraints, rules as RuleDocs)).toEqual([]);
	});

	it("reports each kind of disagreement", () => {
		const checked: Constraint = { id: "CSV-001", artifact: "csv", statement: "s", sources: ["https://learn.microsoft.com/"], status: "checked" };
		const notYet: Constraint = { ...checked, id: "CSV-002", status: "not-yet", reason: "r" };
		const ruleSet: RuleDocs = { a: { meta: { docs: { constraints: ["CSV-002", "CSV-999"] } } }, b: { meta: { docs: {} } } };
		expect(coverageProblems([checked, notYet], ruleSet)).toEqual([
			"b has no meta.docs.constraints (an empty list when it enforces none)",
			"a cite CSV-002, which the table marks not-yet",
			"a cite CSV-999, which the table lacks",
			"the table says CSV-001 is checked, but no rule cites it",
		]);
	});

	const catalogue = catalogueIds();
	const noCatalogue = { meta: { skipReason: "no shared/reference/constraints.md above this checkout" } };
	it.runIf(catalogue)("holds every id of the shared catalogue, in its order, and adds only families of its own", noCatalogue, () => {
		const family = (id: string) => id.slice(0, -4);
		const catalogueFamilies = new Set(catalogue!.map(family));
		const ids = constraints.map((constraint) => constraint.id);
		// miglint's own constraints (PS-RET-*: retired modules) are families the catalogue does not have.
		expect(ids.filter((id) => catalogueFamilies.has(family(id)))).toEqual(catalogue);
	});
});
