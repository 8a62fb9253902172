/**
 * YAML 1.2's core schema for plain scalars, the schema the yaml package
 * composes documents with: each tag's pattern and value, in the yaml
 * package's order (its `schema/core`). A plain scalar takes the first whose
 * pattern it matches, and is a string when none does. Kept here so that the
 * block reader resolves values without loading the yaml package; a test holds
 * it to the yaml package's tags.
 */
const CORE_SCHEMA_TAGS: readonly { test: RegExp; resolve: (text: string) => unknown }[] = [
	{ test: /^(?:~|[Nn]ull|NULL)?$/u, resolve: () => null },
	{ test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/u, resolve: (text) => text[0] === "t" || text[0] === "T" },
	{ test: /^0o[0-7]+$/u, resolve: (text) => Number.parseInt(text.slice(2), 8) },
	{ test: /^[-+]?[0-9]+$/u, resolve: (text) => Number.parseInt(text, 10) },
	{ test: /^0x[0-9a-fA-F]+$/u, resolve: (text) => Number.parseInt(text.slice(2), 16) },
	{
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/u,
		resolve: (text) => (text.slice(-3).toLowerCase() === "nan" ? Number.NaN : text.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
	},
	{ test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/u, resolve: Number.parseFloat },
	{ test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/u, resolve: Number.parseFloat },
];

/** The value of a plain scalar written `text`: null, a boolean, a number or the text itself. */
export function plainScalarValue(text: string): unknown {
	const tag = CORE_SCHEMA_TAGS.find((candidate) => candidate.test.test(text));
	return tag ? tag.resolve(text) : text;
}
