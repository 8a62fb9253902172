/**
 * Limits on the globs miglint takes from a configuration (`csv.types` keys,
 * `ignores`) and from the command line. Beyond them a glob is refused with a
 * message: fast-glob expands braces into one pattern per combination
 * (`{a,b}` thirty times is a billion patterns), and picomatch compiles each
 * extglob group into nested regular expressions, so a few hundred bytes of
 * glob could otherwise take minutes and gigabytes.
 */
export const MAX_GLOB_LENGTH = 65_536;
export const MAX_BRACE_EXPANSIONS = 1_024;
export const MAX_EXTGLOB_GROUPS = 32;

/** How many patterns brace expansion makes of a glob, counted up to just past the limit. */
function braceExpansions(glob: string): number {
	const saturated = (count: number) => Math.min(count, MAX_BRACE_EXPANSIONS + 1);
	let index = 0;
	/** A range such as {1..1000}, {a..z} or {0..100..5}: its number of items. */
	const range = (): number | null => {
		const match = /^\{(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?\}/u.exec(glob.slice(index, index + 64));
		if (!match) return null;
		index += match[0].length;
		const [from, to] = [match[1]!, match[2]!].map((end) => (/^-?\d+$/u.test(end) ? Number(end) : end.charCodeAt(0)));
		return saturated(Math.floor(Math.abs(to! - from!) / Math.max(1, Math.abs(Number(match[3] ?? 1)))) + 1);
	};
	/** Characters up to a `,` or `}` that ends the current group, or the end. */
	const sequence = (): number => {
		let count = 1;
		while (index < glob.length && glob[index] !== "," && glob[index] !== "}") {
			if (glob[index] === "\\") {
				index += 2;
			} else if (glob[index] === "{") {
				count = saturated(count * (range() ?? group()));
			} else {
				index++;
			}
		}
		return count;
	};
	/** `{a,b,c}`: the sum of its alternatives. */
	const group = (): number => {
		index++;
		let total = 0;
		for (;;) {
			total = saturated(total + sequence());
			if (glob[index] !== ",") break;
			index++;
		}
		if (glob[index] === "}") index++;
		return total;
	};
	let count = 1;
	while (index < glob.length) {
		count = saturated(count * sequence());
		// A `,` or `}` outside any group is a plain character.
		index++;
	}
	return count;
}

/** Why a glob is refused, or null when it is within the limits. */
export function globProblem(glob: string): string | null {
	if (glob.length > MAX_GLOB_LENGTH) {
		return `the glob has ${glob.length} characters; miglint takes globs of at most ${MAX_GLOB_LENGTH}`;
	}
	const extglobs = glob.match(/[!?+*@]\(/gu)?.length ?? 0;
	if (extglobs > MAX_EXTGLOB_GROUPS) {
		return `the glob has ${extglobs} extglob groups such as !(…); miglint takes at most ${MAX_EXTGLOB_GROUPS}`;
	}
	if (braceExpansions(glob) > MAX_BRACE_EXPANSIONS) {
		return `the glob's braces expand to more than ${MAX_BRACE_EXPANSIONS} patterns ({a,b} and {1..9} multiply); split it or use a wildcard`;
	}
	return null;
}
