import table from "./constraints.json" with { type: "json" };

declare module "@eslint/core" {
	interface RulesMetaDocs {
		/** Ids of the documented constraints (docs/constraints.md) the rule enforces; empty when it enforces none. */
		constraints?: string[] | undefined;
	}
}

export type ConstraintStatus = "checked" | "not-checkable" | "not-yet" | "left-out";

/** One documented constraint of the coverage table (constraints.json). */
export interface Constraint {
	id: string;
	artifact: string;
	statement: string;
	sources: string[];
	status: ConstraintStatus;
	/** Why the constraint is not checked. */
	reason?: string;
	/** What part of a checked constraint is not covered. */
	note?: string;
}

/** Every documented constraint miglint knows, in catalogue order. */
export const constraints: readonly Constraint[] = table.constraints as Constraint[];

/** Rule ids by the constraint id they name in `meta.docs.constraints`, rule ids sorted. */
export function rulesByConstraint(
	rules: Record<string, { meta?: { docs?: { constraints?: string[] | undefined } | undefined } | undefined }>,
): Map<string, string[]> {
	const byConstraint = new Map<string, string[]>();
	for (const [ruleId, rule] of Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))) {
		for (const id of rule.meta?.docs?.constraints ?? []) {
			byConstraint.set(id, [...(byConstraint.get(id) ?? []), ruleId]);
		}
	}
	return byConstraint;
}
