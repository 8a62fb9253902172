import { defineRule, formatCount, ruleDocsUrl } from "@miglint/core";
import { scriptEditions, TreeWalk, type Node, type PowerShellRuleDefinition, type PowerShellSourceCode } from "@miglint/language-powershell";

type Bom = "if-non-ascii" | "always" | "never";
type Options = [{ bom?: Bom; comments?: boolean }];
type MessageIds =
	"missingBom" | "missingBomComments" | "missingBomAlways" | "unexpectedBom" | "notUtf8" | "truncated" | "utf16WithoutBom" | "notUtf8Never" | "removeBom";

const NUL_PATTERN_NAMES: Readonly<Record<string, string>> = {
	"utf-16le": "UTF-16 LE",
	"utf-16be": "UTF-16 BE",
	"utf-32le": "UTF-32 LE",
	"utf-32be": "UTF-32 BE",
};

const BOM_NAMES: Readonly<Record<string, string>> = { ...NUL_PATTERN_NAMES, "utf-8": "UTF-8" };

/**
 * Names of the characters that do not show what they are: spaces, invisible
 * characters, and the typographic dashes and quotes that PowerShell reads as
 * `-` and quotes (and that 5.1 no longer recognises once misread).
 */
const CHARACTER_NAMES: Readonly<Record<number, string>> = {
	0xa0: "NO-BREAK SPACE",
	0xad: "SOFT HYPHEN",
	0x2002: "EN SPACE",
	0x2003: "EM SPACE",
	0x2009: "THIN SPACE",
	0x200b: "ZERO WIDTH SPACE",
	0x200c: "ZERO WIDTH NON-JOINER",
	0x200d: "ZERO WIDTH JOINER",
	0x2013: "EN DASH",
	0x2014: "EM DASH",
	0x2015: "HORIZONTAL BAR",
	0x2018: "LEFT SINGLE QUOTATION MARK",
	0x2019: "RIGHT SINGLE QUOTATION MARK",
	0x201a: "SINGLE LOW-9 QUOTATION MARK",
	0x201b: "SINGLE HIGH-REVERSED-9 QUOTATION MARK",
	0x201c: "LEFT DOUBLE QUOTATION MARK",
	0x201d: "RIGHT DOUBLE QUOTATION MARK",
	0x201e: "DOUBLE LOW-9 QUOTATION MARK",
	0x2026: "HORIZONTAL ELLIPSIS",
	0x202f: "NARROW NO-BREAK SPACE",
	0x2060: "WORD JOINER",
	0x3000: "IDEOGRAPHIC SPACE",
	0xfeff: "ZERO WIDTH NO-BREAK SPACE",
};

/** The character for a message: `'é' (U+00E9)`, or its code point and name when it does not show what it is. */
function describeCharacter(character: string): string {
	const codePoint = character.codePointAt(0)!;
	const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
	const name = CHARACTER_NAMES[codePoint];
	return name === undefined ? `'${character}' (${hex})` : `${hex} ${name}`;
}

/**
 * The first character outside ASCII, as an index into the text: preferably
 * one outside comments, where a misread character changes what runs.
 */
function firstNonAscii(sourceCode: PowerShellSourceCode): { index: number; inComment: boolean } | null {
	const text = sourceCode.text;
	// eslint-disable-next-line no-control-regex
	const pattern = /[^\x00-\x7f]/gu;
	let first = -1;
	for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
		if (first === -1) first = match.index;
		const index = match.index;
		const comment = sourceCode.comments.find((candidate) => candidate.range[0] <= index && index < candidate.range[1]);
		if (!comment) return { index, inComment: false };
		pattern.lastIndex = comment.range[1];
	}
	return first === -1 ? null : { index: first, inComment: true };
}

/**
 * Where in the code a character is, for the message: the innermost node that
 * holds it. From a syntax error on, the parser's recovered tree need not be
 * what PowerShell reads, so no place is named there.
 */
function placeOf(sourceCode: PowerShellSourceCode, index: number): string {
	if (sourceCode.syntaxError && index >= sourceCode.syntaxError.range[0]) return "in the code";
	let innermost: Node | null = null;
	for (const walk = new TreeWalk(sourceCode.ast); walk.next();) {
		const { node } = walk;
		if (!walk.exit && node.range[0] <= index && index < node.range[1]) innermost = node;
	}
	if (innermost === null) return "in the code";
	const parent = sourceCode.getParent(innermost);
	if (parent?.type === "Command" && parent.name === innermost) return "in a command name";
	switch (innermost.type) {
		case "StringConstant":
		case "ExpandableString":
			return innermost.stringKind === "BareWord" ? "in a command argument" : "in a string";
		case "CommandParameter":
			return "in a parameter name";
		case "Variable":
			return "in a variable name";
		case "Command":
			return "between command arguments";
		default:
			return "in the code";
	}
}

const rule: PowerShellRuleDefinition<{ RuleOptions: Options; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		fixable: "code",
		hasSuggestions: true,
		languages: ["miglint/powershell"],
		docs: {
			description: "Require PowerShell scripts with non-ASCII characters to be saved as UTF-8 with a byte order mark",
			recommended: "error",
			url: ruleDocsUrl("rules/powershell", "ps-file-encoding"),
			constraints: ["PS-ENC-006"],
		},
		schema: [
			{
				type: "object",
				properties: { bom: { enum: ["if-non-ascii", "always", "never"] }, comments: { type: "boolean" } },
				additionalProperties: false,
			},
		],
		defaultOptions: [{ bom: "if-non-ascii", comments: false }],
		messages: {
			missingBom: "{{character}} {{place}} is misread by Windows PowerShell 5.1 in a file without byte order mark; save it as UTF-8 with BOM.",
			missingBomComments: "This script's comments contain {{character}} but it has no BOM, so 5.1 shows them garbled; save it as UTF-8 with BOM.",
			missingBomAlways: "This script is saved without a byte order mark; the bom option requires UTF-8 with BOM. Save it as UTF-8 with BOM.",
			unexpectedBom: 'This script starts with a UTF-8 byte order mark; the bom option "never" requires UTF-8 without BOM. Save it as UTF-8 without BOM.',
			notUtf8: "This script is not UTF-8{{guess}}, so its non-ASCII characters change with the machine that runs it; save it as UTF-8 with BOM.",
			truncated: "This script ends inside a UTF-8 character: it was probably cut off while being copied. Copy it again.",
			utf16WithoutBom: "This script looks like {{encoding}} text without a byte order mark, whose encoding PowerShell cannot tell; save it as UTF-8 with BOM.",
			notUtf8Never:
				'This script is saved as {{encoding}} with a byte order mark; the bom option "never" requires UTF-8 without BOM. Save it as UTF-8 without BOM.',
			removeBom: "Remove the byte order mark (Windows PowerShell 5.1 will then read the non-ASCII characters in the ANSI code page).",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const [{ bom, comments }] = context.options as [{ bom: Bom; comments: boolean }];
		const facts = sourceCode.encoding;
		const text = sourceCode.text;
		const fileStart = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };

		return {
			Program() {
				// Text without a file behind it (stdin, editors, later --fix passes) has no bytes to check.
				if (facts.origin !== "bytes") return;

				if (facts.nulBytes) {
					context.report({
						loc: fileStart,
						messageId: "utf16WithoutBom",
						data: { encoding: NUL_PATTERN_NAMES[facts.nulBytes.pattern]!, byte: formatCount(facts.nulBytes.byteOffset) },
					});
					return;
				}
				const invalid = facts.invalidByte;
				// As without a BOM: characters only in comments change nothing at run time, whichever code page reads them.
				if (invalid && !invalid.truncated && bom === "if-non-ascii" && !comments && firstNonAscii(sourceCode)?.inComment) return;
				if (invalid) {
					const start = sourceCode.getLocFromIndex(invalid.textOffset);
					const end = sourceCode.getLocFromIndex(Math.min(invalid.textOffset + 1, text.length));
					const detected = facts.detected;
					context.report({
						loc: { start, end },
						messageId: invalid.truncated ? "truncated" : "notUtf8",
						data: { byte: formatCount(invalid.byteOffset), guess: detected ? ` (it looks like ${detected.name})` : "" },
					});
					return;
				}
				if (facts.bom !== null && facts.bom !== "utf-8") {
					// UTF-16 or UTF-32 with a BOM: both PowerShell editions read it correctly.
					if (bom === "never") context.report({ loc: fileStart, messageId: "notUtf8Never", data: { encoding: BOM_NAMES[facts.bom]! } });
					return;
				}
				const hasBom = facts.bom === "utf-8";
				const nonAscii = firstNonAscii(sourceCode);
				if (bom === "never") {
					if (!hasBom) return;
					// Removing the BOM is safe for an ASCII script; for one with non-ASCII characters it changes how 5.1 reads it.
					const remove = (fixer: { removeRange(range: [number, number]): unknown }) => fixer.removeRange([-1, 0]);
					context.report({
						loc: fileStart,
						messageId: "unexpectedBom",
						...(nonAscii === null ? { fix: remove as never } : { suggest: [{ messageId: "removeBom", fix: remove as never }] }),
					});
					return;
				}
				if (hasBom) return;
				const add = (fixer: { insertTextBeforeRange(range: [number, number], text: string): unknown }) => fixer.insertTextBeforeRange([0, 0], "\ufeff");
				if (nonAscii === null) {
					if (bom === "always") context.report({ loc: fileStart, messageId: "missingBomAlways", fix: add as never });
					return;
				}
				if (bom !== "always") {
					// A script only PowerShell 7 runs is read as UTF-8 without BOM; comments change nothing at run time.
					if (!scriptEditions(sourceCode, context.settings, context.physicalFilename).desktop) return;
					if (nonAscii.inComment && !comments) return;
				}
				const character = String.fromCodePoint(text.codePointAt(nonAscii.index)!);
				context.report({
					loc: { start: sourceCode.getLocFromIndex(nonAscii.index), end: sourceCode.getLocFromIndex(nonAscii.index + character.length) },
					...(nonAscii.inComment
						? { messageId: "missingBomComments", data: { character: describeCharacter(character) } }
						: { messageId: "missingBom", data: { character: describeCharacter(character), place: placeOf(sourceCode, nonAscii.index) } }),
					fix: add as never,
				});
			},
		};
	},
};

// The encoding is the file's bytes, and comments are the lexer's: both hold in a script with a syntax error.
export default defineRule(rule, { runsOnSyntaxErrors: true });
