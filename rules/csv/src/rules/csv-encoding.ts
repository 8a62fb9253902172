import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

type Options = [{ fixWithBom?: boolean }];

const NUL_PATTERN_NAMES: Record<string, string> = {
	"utf-16le": "UTF-16 LE",
	"utf-16be": "UTF-16 BE",
	"utf-32le": "UTF-32 LE",
	"utf-32be": "UTF-32 BE",
};

const rule: CsvRuleDefinition<{ RuleOptions: Options; MessageIds: "notUtf8" | "truncated" | "missingBom" }> = {
	meta: {
		type: "problem",
		fixable: "code",
		languages: ["miglint/csv"],
		docs: {
			description: "Require migration CSV files to be UTF-8, or UTF-16/32 with a byte order mark",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-encoding"),
			constraints: ["CSV-005"],
		},
		schema: [
			{
				type: "object",
				properties: { fixWithBom: { type: "boolean" } },
				additionalProperties: false,
			},
		],
		defaultOptions: [{ fixWithBom: true }],
		messages: {
			notUtf8: 'This file is not UTF-8{{guess}}; save it as UTF-8 (Excel\'s "CSV UTF-8"){{howToFix}}.',
			truncated: "The file ends inside a UTF-8 character: it was probably cut off while being copied or exported. Copy or export it again.",
			missingBom: "This file looks like {{encoding}} text without a byte order mark, which the migration service cannot recognise; save it as UTF-8.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const [{ fixWithBom }] = context.options;
		const facts = sourceCode.encoding;
		const transcode = facts.transcodable
			? (fixer: { replaceTextRange(range: [number, number], text: string): unknown }) =>
					fixer.replaceTextRange([0, facts.utf8ReadingLength], (fixWithBom ? "\ufeff" : "") + sourceCode.text)
			: null;

		return {
			Document() {
				if (facts.nulBytes) {
					context.report({
						loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
						messageId: "missingBom",
						data: { encoding: NUL_PATTERN_NAMES[facts.nulBytes.pattern]! },
						fix: transcode as never,
					});
					return;
				}
				const invalid = facts.invalidByte;
				if (!invalid) {
					return;
				}
				const start = sourceCode.getLocFromIndex(invalid.textOffset);
				const end = sourceCode.getLocFromIndex(Math.min(invalid.textOffset + 1, sourceCode.text.length));
				const detected = facts.detected;
				context.report({
					loc: { start, end },
					messageId: invalid.truncated ? "truncated" : "notUtf8",
					data: {
						guess: !detected
							? ""
							: detected.source === "configuration"
								? ` (read as ${detected.name}, as csv.legacyEncoding says)`
								: ` (it looks like ${detected.name})`,
						howToFix: transcode || !detected ? "" : ", or set csv.legacyEncoding and run --fix",
					},
					fix: transcode as never,
				});
			},
		};
	},
};

// The encoding is a fact of the bytes, and the transcoding fix rewrites the whole text: both hold in a batch that does not parse.
export default defineRule(rule, { rewritesUnfaithfulText: true, runsOnSyntaxErrors: true });
