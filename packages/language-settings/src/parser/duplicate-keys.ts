import type { DuplicateKey, KeyNode, ObjectNode } from "../ast.js";

/** Adds to `found` each key of the object that repeats an earlier one, exactly or in another letter case. */
export function findDuplicateKeys(object: ObjectNode, found: DuplicateKey[]): void {
	const byName = new Map<string, KeyNode>();
	const byLowerName = new Map<string, KeyNode>();
	for (const { name: key } of object.members) {
		const lower = key.value.toLowerCase();
		const first = byName.get(key.value) ?? byLowerName.get(lower);
		if (first) {
			found.push({ key, first, object, sameCase: first.value === key.value });
		}
		if (!byName.has(key.value)) byName.set(key.value, key);
		if (!byLowerName.has(lower)) byLowerName.set(lower, key);
	}
}
