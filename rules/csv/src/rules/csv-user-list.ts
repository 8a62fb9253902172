import { defineRule, diagnoseSmtpAddress, getValueValidator, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

const USER_LIST = "skype-user-list";
const SIP_PREFIX = "sip:";

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "missingPrefix" | "notSipUri" | "addPrefix" }> = {
	meta: {
		type: "problem",
		hasSuggestions: true,
		languages: ["miglint/csv"],
		docs: {
			description: "Require every entry of a Move-CsUser -UserList file to be a SIP URI such as sip:user1@contoso.com",
			recommended: "error",
			url: ruleDocsUrl("rules/csv", "csv-user-list"),
			constraints: ["CSV-SFB-001"],
		},
		schema: [],
		messages: {
			missingPrefix:
				"This entry lacks the sip: prefix of a SIP URI, which Move-CsUser -UserList takes: write sip:{{address}} if that is the user's SIP address.",
			notSipUri: "This entry is not a SIP URI; Move-CsUser -UserList takes SIP URIs such as sip:user1@contoso.com, separated by commas.",
			addPrefix: "Write 'sip:' before the address (when it is the user's SIP address).",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document(document) {
				const declaration = sourceCode.csvType?.declaration;
				if (declaration?.name !== USER_LIST) {
					return;
				}
				const isSipUri = getValueValidator(declaration.columns[0]!)!;
				for (const row of document.rows) {
					for (const cell of row.cells) {
						// The documentation shows neither blanks nor empty entries: whether the cmdlet skips them, it does not say.
						const entry = cell.value.trim();
						if (entry === "" || isSipUri(entry).length === 0) {
							continue;
						}
						if (!entry.toLowerCase().startsWith(SIP_PREFIX) && diagnoseSmtpAddress(entry) === null) {
							// An address is no password: it can be shown, and the SIP address is often the same.
							const offset = cell.innerRange[0] + cell.value.indexOf(entry);
							context.report({
								node: cell,
								messageId: "missingPrefix",
								data: { address: entry },
								// A user's SIP address is often, not always, their email address: a suggestion, not a fix.
								suggest: [{ messageId: "addPrefix", fix: (fixer) => fixer.insertTextBeforeRange([offset, offset], SIP_PREFIX) }],
							});
						} else {
							context.report({ node: cell, messageId: "notSipUri" });
						}
					}
				}
			},
		};
	},
};

export default defineRule(rule);
