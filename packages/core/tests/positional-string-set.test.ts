import { describe, expect, it } from "vitest";
import { PositionalStringSet } from "../src/text/positional-string-set.js";

/** The set over a list of keys, each added at its index, as a rule adds a column's values at their rows. */
function firstPositions(keys: readonly string[]): { firsts: number[]; reads: number; size: number } {
	let reads = 0;
	const set = new PositionalStringSet((position) => {
		reads++;
		return keys[position]!;
	});
	const firsts = keys.map((key, position) => set.add(key, position));
	return { firsts, reads, size: set.size };
}

describe("PositionalStringSet", () => {
	it("answers as a Set of the keys would, through its growth, giving the position each key was first added at", () => {
		const keys = Array.from({ length: 50_000 }, (_, index) => `user.${(index * 7919) % 30_011}@contoso.com`);
		const first = new Map<string, number>();
		keys.forEach((key, position) => first.set(key, first.get(key) ?? position));
		const { firsts, size } = firstPositions(keys);
		expect(firsts).toEqual(keys.map((key) => first.get(key)));
		expect(size).toBe(first.size);
	});

	it("tells apart two keys of the same hash by reading the earlier key again", () => {
		// Two addresses whose 32-bit hashes are equal (found by trying user.0, user.1, ...).
		const { firsts, reads, size } = firstPositions(["user.962229@contoso.com", "user.1290400@contoso.com", "user.1290400@contoso.com"]);
		expect(firsts).toEqual([0, 1, 1]);
		expect(size).toBe(2);
		// The second key is compared with the first, the third with the first and then the second.
		expect(reads).toBe(3);
	});

	it("reads no key again when no two keys share a hash", () => {
		expect(firstPositions(["a@contoso.com", "b@contoso.com", "c@contoso.com"]).reads).toBe(0);
	});
});
