function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/** The candidate nearest to `name` (case-insensitive), if it is close enough to be a likely typo. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
	const lower = name.toLowerCase();
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
	for (const candidate of candidates) {
		// The distance is at least the difference in length: a name far longer
		// than every candidate (a megabyte-long key) is never compared in full.
		const other = candidate.toLowerCase();
		if (Math.abs(other.length - lower.length) >= bestDistance) continue;
		const distance = editDistance(lower, other);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}
