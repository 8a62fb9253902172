import { defineRule, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

/** `Mailbox1`, `Mailbox2`…: the names the public folder map generator gives the target mailboxes. */
const GENERIC_NAME = /^Mailbox\d+$/iu;

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "genericName" }> = {
	meta: {
		type: "suggestion",
		languages: ["miglint/csv"],
		docs: {
			description: "Warn about the generic target mailbox names (Mailbox1, Mailbox2…) the public folder map generator writes",
			recommended: "warn",
			url: ruleDocsUrl("rules/csv", "csv-public-folder-mailbox-name"),
			constraints: ["CSV-PF-004"],
		},
		schema: [],
		messages: {
			genericName:
				"{{name}} is the map generator's generic name, which may already be a mailbox of the organisation; rename it to a unique public folder mailbox name.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document() {
				const column = sourceCode.csvType?.declaration.name === "public-folder-map" ? sourceCode.getColumn("TargetMailbox") : undefined;
				if (!column) return;
				// One finding per name, at its first row: the generator gives each name to many folders.
				const seen = new Set<string>();
				sourceCode.forEachValue(column, (value, row) => {
					const name = value.trim();
					if (!GENERIC_NAME.test(name) || seen.has(name.toLowerCase())) return;
					seen.add(name.toLowerCase());
					context.report({ node: row.cell(column.index)!, messageId: "genericName", data: { name: sourceCode.quoteValue(row, column, name) } });
				});
			},
		};
	},
};

export default defineRule(rule);
