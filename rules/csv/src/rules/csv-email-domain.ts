import { defineRule, domainMatches, getMigrationFacts, ruleDocsUrl } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

const CLOUD_DOMAINS = ["*.onmicrosoft.com"];

type Verdict = "cloudDomain" | "notOnPremises" | "sourceTenant";

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: Verdict }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description:
				"Require batch addresses to be in the domains the batch type needs: on-premises domains in staged batches, target-tenant domains in cross-tenant batches",
			recommended: "warn",
			url: ruleDocsUrl("rules/csv", "csv-email-domain"),
			constraints: ["CSV-STG-003", "CSV-XT-001"],
		},
		schema: [],
		messages: {
			cloudDomain: "{{column}} {{value}} is in a cloud domain; use the on-premises mailbox's primary SMTP address.",
			notOnPremises: "{{column}} {{value}} is not in a domain of migration.domains.onPremises ({{domains}}); correct it or add its domain there.",
			sourceTenant: "{{column}} {{value}} is in {{domain}}, a source tenant domain; use the user's address in the target tenant.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const facts = getMigrationFacts(context.settings);
		const cloudDomains = [...CLOUD_DOMAINS, ...(facts.domains?.cloud ?? [])];
		const onPremises = facts.domains?.onPremises;
		const sourceTenant = facts.domains?.sourceTenant ?? [];
		/** What is wrong with a domain in a column that must be on premises, or in the target tenant; null when nothing is. */
		const judges: Record<"onPremises" | "targetTenant", (domain: string) => Verdict | null> = {
			onPremises: (domain) => (domainMatches(domain, cloudDomains) ? "cloudDomain" : onPremises && !domainMatches(domain, onPremises) ? "notOnPremises" : null),
			targetTenant: (domain) => (domainMatches(domain, sourceTenant) ? "sourceTenant" : null),
		};

		return {
			Document() {
				// Cross-tenant batches, which share the staged header, list target-tenant addresses.
				if (sourceCode.csvType?.ambiguous) {
					return;
				}
				for (const column of sourceCode.columns) {
					const expected = column.declaration?.expectedDomain;
					if (!expected) {
						continue;
					}
					const name = column.declaration!.name;
					const verdicts = new Map<string, Verdict | null>();
					const verdictOf = (domain: string) => {
						let verdict = verdicts.get(domain);
						if (verdict === undefined) {
							verdict = judges[expected](domain);
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
									domain,
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
