import { defineRule, getMigrationFacts, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

/** The Exchange Server versions a staged migration can move mailboxes from. */
const STAGED_SOURCES = new Set(["2003", "2007"]);

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "unsupportedSource" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Disallow staged migration batches when the mailboxes move from Exchange 2010 or later",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-staged-source-version"),
			constraints: ["CSV-STG-007"],
		},
		schema: [],
		messages: {
			unsupportedSource:
				"A staged migration cannot move mailboxes from Exchange {{version}} (migration.sourceExchangeVersion); use a cutover or a hybrid migration.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const version = getMigrationFacts(context.settings).sourceExchangeVersion;

		return {
			Document(document) {
				const type = sourceCode.csvType;
				// A header that fits other batch types too (a lone EmailAddress column) does not make the batch staged.
				if (version === undefined || STAGED_SOURCES.has(version) || type?.declaration.name !== "staged" || type.ambiguous) return;
				const header = document.header;
				if (header) context.report({ node: header, messageId: "unsupportedSource", data: { version } });
			},
		};
	},
};

export default defineRule(rule);
