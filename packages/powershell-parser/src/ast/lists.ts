/** Frozen: nothing adds to a list of the tree or of a model built on it. */
const NO_ITEMS: never[] = Object.freeze([]) as never[];

/**
 * A list as a tree (or a model built on it) keeps it: the one shared empty
 * list, or an exact copy. An array filled by `push` keeps room for 16 more
 * items, and a script has a list for every few characters (a command's
 * arguments, its redirections, its bound parameters).
 */
export function keptList<T>(items: T[]): T[] {
	return items.length === 0 ? NO_ITEMS : items.slice();
}
