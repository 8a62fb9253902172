import { defineRule, formatCount, getPowerShellFacts, ruleDocsUrl } from "@miglint/core";
import type { PowerShellRuleDefinition, PowerShellSourceCode } from "@miglint/language-powershell";

type Bom = "if-non-ascii" | "always" | "never";
type Options = [{ bom?: Bom }];
type MessageIds = "missingBom" | "missingBomComments" | "missingBomAlways" | "unexpectedBom" | "notUtf8" | "truncated" | "utf16WithoutBom" | "notUtf8Never" | "removeBom";

const NUL_PATTERN_NAMES: Readonly<Record<string, string>> = {
	"utf-16le": "UTF-16 LE",
	"utf-16be": "UTF-16 BE",
	"utf-32le": "UTF-32 LE",
	"utf-32be": "UTF-32 BE",
};

const BOM_NAMES: Readonly<Record<string, string>> = { ...NUL_PATTERN_NAMES, "utf-8": "UTF-8" };

/** `#Requires -PSEdition Core` or `#Requires -Version 6` and later: the script only runs on PowerShell 7, which reads BOM-less files as UTF-8. */
function requiresCore(sourceCode: PowerShellSourceCode): boolean {
	return sourceCode.comments.some((comment) => {
		if (comment.type !== "Line" || !/^requires\s/iu.test(comment.value)) return false;
		if (/\s-PSEdition\s+['"]?Core\b/iu.test(comment.value)) return true;
		const version = /\s-Version\s+['"]?(\d+)/iu.exec(comment.value);
		return version !== null && Number(version[1]) >= 6;
	});
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
				properties: { bom: { enum: ["if-non-ascii", "always", "never"] } },
				additionalProperties: false,
			},
		],
		defaultOptions: [{ bom: "if-non-ascii" }],
		messages: {
			missingBom: "This script contains non-ASCII characters (first '{{character}}', {{codePoint}}) but has no byte order mark; save it as UTF-8 with BOM.",
			missingBomComments: "This script's comments contain non-ASCII characters (first '{{character}}', {{codePoint}}) but it has no BOM; save it as UTF-8 with BOM.",
			missingBomAlways: "This script is saved without a byte order mark; the bom option requires UTF-8 with BOM. Save it as UTF-8 with BOM.",
			unexpectedBom: "This script starts with a UTF-8 byte order mark; the bom option \"never\" requires UTF-8 without BOM. Save it as UTF-8 without BOM.",
			notUtf8: "This script is not UTF-8{{guess}}, so its non-ASCII characters change with the machine that runs it; save it as UTF-8 with BOM.",
			truncated: "This script ends inside a UTF-8 character: it was probably cut off while being copied. Copy it again.",
			utf16WithoutBom: "This script looks like {{encoding}} text without a byte order mark, whose encoding PowerShell cannot tell; save it as UTF-8 with BOM.",
			notUtf8Never: "This script is saved as {{encoding}} with a byte order mark; the bom option \"never\" requires UTF-8 without BOM. Save it as UTF-8 without BOM.",
			removeBom: "Remove the byte order mark (Windows PowerShell 5.1 will then read the non-ASCII characters in the ANSI code page).",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const [{ bom }] = context.options as [{ bom: Bom }];
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
				if (bom !== "always" && (getPowerShellFacts(context.settings).edition === "core" || requiresCore(sourceCode))) return;
				const character = String.fromCodePoint(text.codePointAt(nonAscii.index)!);
				context.report({
					loc: { start: sourceCode.getLocFromIndex(nonAscii.index), end: sourceCode.getLocFromIndex(nonAscii.index + character.length) },
					messageId: nonAscii.inComment ? "missingBomComments" : "missingBom",
					data: { character, codePoint: `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` },
					fix: add as never,
				});
			},
		};
	},
};

export default defineRule(rule);
