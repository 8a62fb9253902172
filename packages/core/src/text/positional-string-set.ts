/** The table is grown when more than half of it is used, so that a probe finds a free slot within a few steps. */
const MAX_LOAD = 0.5;
const INITIAL_CAPACITY = 1024;

/** FNV-1a over the UTF-16 code units, then MurmurHash3's finalizer, so that the low bits (the table slot) vary with every character. */
function hashOf(key: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < key.length; index++) {
		hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
	}
	hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
	hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
	return hash ^ (hash >>> 16);
}

/**
 * A set of strings that does not keep them: each key is added with the
 * position (a row index) it was read at, and the set keeps the key's 32-bit
 * hash and that position, 8 bytes in a table at most half full. A
 * `Set<string>` of the 400,000 addresses of a 20 MB batch takes about 40 MB
 * of heap, and makes the young generation grow as its keys survive; this takes
 * 8 MB of flat arrays. Keys with the same hash are told apart by reading the
 * key of the earlier position again (`keyAt`), so that it answers what a
 * `Set<string>` would.
 */
export class PositionalStringSet {
	readonly #keyAt: (position: number) => string;
	#hashes = new Int32Array(INITIAL_CAPACITY);
	/** Position + 1 of the key in each slot; 0 for a free slot. */
	#positions = new Int32Array(INITIAL_CAPACITY);
	#size = 0;

	/** `keyAt(position)` gives the key that was added at that position again. */
	constructor(keyAt: (position: number) => string) {
		this.#keyAt = keyAt;
	}

	get size(): number {
		return this.#size;
	}

	/**
	 * Adds `key`, read at `position`, unless the set has it; either way, the
	 * position it was first added at (`position` itself when it is new).
	 */
	add(key: string, position: number): number {
		const hash = hashOf(key);
		const mask = this.#positions.length - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const stored = this.#positions[slot]!;
			if (stored === 0) {
				this.#hashes[slot] = hash;
				this.#positions[slot] = position + 1;
				if (++this.#size > this.#positions.length * MAX_LOAD) {
					this.#grow();
				}
				return position;
			}
			if (this.#hashes[slot] === hash && this.#keyAt(stored - 1) === key) {
				return stored - 1;
			}
		}
	}

	/** Doubles the table, placing each key again from its kept hash. */
	#grow(): void {
		const hashes = this.#hashes;
		const positions = this.#positions;
		this.#hashes = new Int32Array(hashes.length * 2);
		this.#positions = new Int32Array(positions.length * 2);
		const mask = this.#positions.length - 1;
		for (let old = 0; old < positions.length; old++) {
			if (positions[old] === 0) {
				continue;
			}
			let slot = hashes[old]! & mask;
			while (this.#positions[slot] !== 0) {
				slot = (slot + 1) & mask;
			}
			this.#hashes[slot] = hashes[old]!;
			this.#positions[slot] = positions[old]!;
		}
	}
}
