/** Words the tokenizer marks as keywords when they stand alone in argument mode. */
export const keywords: ReadonlySet<string> = new Set([
	"assembly",
	"base",
	"begin",
	"break",
	"catch",
	"class",
	"clean",
	"command",
	"configuration",
	"continue",
	"data",
	"default",
	"define",
	"do",
	"dynamicparam",
	"else",
	"elseif",
	"end",
	"enum",
	"exit",
	"filter",
	"finally",
	"for",
	"foreach",
	"from",
	"function",
	"hidden",
	"if",
	"in",
	"inlinescript",
	"interface",
	"module",
	"namespace",
	"parallel",
	"param",
	"private",
	"process",
	"public",
	"return",
	"sequence",
	"static",
	"switch",
	"throw",
	"trap",
	"try",
	"type",
	"until",
	"using",
	"var",
	"while",
	"workflow",
]);

/** The comparison operators that take an `i` or `c` prefix (`-ieq`, `-clike`), lower case without the dash. */
export const COMPARISON_ROOTS: readonly string[] = [
	"eq",
	"ne",
	"ge",
	"gt",
	"lt",
	"le",
	"like",
	"notlike",
	"match",
	"notmatch",
	"replace",
	"contains",
	"notcontains",
	"in",
	"notin",
	"split",
];

/** Dash operators of expression mode (`-eq`, `-ilike`, `-creplace`, ...), lower case without the dash. */
export const dashOperators: ReadonlySet<string> = (() => {
	const plain = ["and", "or", "xor", "band", "bor", "bxor", "bnot", "not", "join", "is", "isnot", "as", "f", "shl", "shr"];
	const all = new Set(plain);
	for (const op of COMPARISON_ROOTS) {
		all.add(op);
		all.add(`i${op}`);
		all.add(`c${op}`);
	}
	return all;
})();
