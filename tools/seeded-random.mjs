/**
 * mulberry32: a small seeded generator of numbers in [0, 1), so that the same seed draws the same
 * generated repository (generate-project.mjs) or the same sample of findings (bench-precision.mjs).
 * @param {number} seed
 * @returns {() => number}
 */
export function seededRandom(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
