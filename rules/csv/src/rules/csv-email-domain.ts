import { defineRule, domainMatches, formatCount, getMigrationFacts, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

const CLOUD_DOMAINS = ["*.onmicrosoft.com"];

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "cloudDomain" | "notOnPremises" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Require addresses of on-premises mailboxes to be in on-premises domains, not cloud domains",
			recommended: "warn",
			url: ruleDocsUrl("rules/csv", "csv-email-domain"),
			constraints: ["CSV-STG-003"],
		},
		schema: [],
		messages: {
			cloudDomain:
				"{{column}} {{value}} in row {{row}} is in the cloud domain {{domain}}; a {{type}} needs the primary SMTP address of the on-premises mailbox, not the Microsoft 365 user ID.",
			notOnPremises:
				"{{column}} {{value}} in row {{row}} is not in an on-premises domain listed in migration.domains.onPremises ({{domains}}).",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const facts = getMigrationFacts(context.settings);
		const cloudDomains = [...CLOUD_DOMAINS, ...(facts.domains?.cloud ?? [])];
		const onPremises = facts.domains?.onPremises;

		return {
			Document() {
				// Cross-tenant batches, which share the staged header, list target-tenant addresses.
				if (sourceCode.csvType?.ambiguous) {
					return;
				}
				for (const column of sourceCode.columns) {
					if (column.declaration?.expectedDomain !== "onPremises") {
						continue;
					}
					const name = column.declaration.name;
					const verdicts = new Map<string, "cloudDomain" | "notOnPremises" | null>();
					const verdictOf = (domain: string) => {
						let verdict = verdicts.get(domain);
						if (verdict === undefined) {
							verdict = domainMatches(domain, cloudDomains) ? "cloudDomain" : onPremises && !domainMatches(domain, onPremises) ? "notOnPremises" : null;
							verdicts.set(domain, verdict);
						}
						return verdict;
					};
					sourceCode.forEachValue(column, (value, row) => {
						const at = value.lastIndexOf("@");
						const domain = value.slice(at + 1).trim();
						const messageId = at === -1 || domain === "" ? null : verdictOf(domain);
						if (messageId) {
							context.report({
								node: row.cell(column.index)!,
								messageId,
								data: {
									column: name,
									value: sourceCode.quoteValue(row, column, value),
									row: formatCount(row.rowNumber),
									domain,
									type: sourceCode.csvType!.declaration.title,
									domains: onPremises?.join(", ") ?? "",
								},
							});
						}
					});
				}
			},
		};
	},
};

export default defineRule(rule);
