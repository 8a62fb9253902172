import { LineIndex, lineStartsOf } from "../text/line-index.js";
import { plainScalarValue } from "../block-yaml/plain-scalar.js";
import { NotBlockYaml, readBlockYaml, type BlockYamlBuilder } from "../block-yaml/read-block-yaml.js";
import { DocumentLocations, type DocumentTree, type Locations } from "./document-locations.js";

/** A value of a configuration as the block reader read it: its JavaScript value, where it is, and a collection's entries. */
interface LocatedValue {
	range: [number, number];
	value: unknown;
	items?: LocatedValue[];
	entries?: Map<string, { keyStart: number; value: LocatedValue }>;
}

interface LocatedKey {
	range: [number, number];
	name: string;
}

interface LocatedMember {
	key: LocatedKey;
	value: LocatedValue;
}

/**
 * Makes the values the yaml package's `toJS` makes of the same document, and
 * leaves to the yaml package what it would read otherwise or report: a plain
 * key the core schema does not read as a string (`1:`, `true:`, `~:`), which
 * `toJS` turns into another text; a key repeated in a mapping, an error with
 * `uniqueKeys`; a block scalar or a scalar over several lines.
 */
const configValues: BlockYamlBuilder<LocatedValue, LocatedKey, LocatedMember> = {
	object(members, start, end) {
		const value: Record<string, unknown> = {};
		const entries = new Map<string, { keyStart: number; value: LocatedValue }>();
		for (const member of members) {
			if (entries.has(member.key.name)) throw new NotBlockYaml();
			entries.set(member.key.name, { keyStart: member.key.range[0], value: member.value });
			// As toJS sets a key: an own property, `__proto__` too.
			Object.defineProperty(value, member.key.name, { value: member.value.value, writable: true, enumerable: true, configurable: true });
		}
		return { range: [start, end], value, entries };
	},
	array: (elements, start, end) => ({ range: [start, end], value: elements.map((element) => element.value), items: elements }),
	key(range, name, plain) {
		if (plain && typeof plainScalarValue(name) !== "string") throw new NotBlockYaml();
		return { range, name };
	},
	member: (key, value) => ({ key, value }),
	empty: (offset) => ({ range: [offset, offset], value: null }),
	scalar: (range, value) => ({ range, value }),
	comment() {
		// A configuration's comments are not kept.
	},
	entryByYaml: () => null,
};

const valueTree = (root: LocatedValue): DocumentTree<LocatedValue> => ({
	root,
	start: (node) => node.range[0],
	items: (node) => node.items ?? null,
	entry: (node, key) => node.entries?.get(key),
});

/**
 * A configuration read by the block reader, as the yaml package would read it
 * (its values and where they are), without loading the yaml package; null for
 * a text the yaml package must read.
 */
export function readBlockConfig(text: string): { data: unknown; locations: Locations } | null {
	const root = readBlockYaml(text, configValues);
	if (!root) return null;
	const lines = new LineIndex(lineStartsOf(text), 1);
	return { data: root.value, locations: new DocumentLocations(valueTree(root), (offset) => lines.position(offset)) };
}
