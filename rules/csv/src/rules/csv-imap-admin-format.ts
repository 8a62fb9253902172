import { defineRule, formatCount, getMigrationFacts, ruleDocsUrl, type ImapServer } from "@miglint/core";
import type { CsvRuleDefinition } from "@miglint/language-csv";

type KnownServer = Exclude<ImapServer, "other">;

/**
 * The administrator sign-in formats of UserName the IMAP migration
 * documentation gives, one per server (Dovecot's separator is `*` unless its
 * configuration says otherwise). A plain user name, or domain\user, has none.
 */
const ADMIN_FORMATS: Record<KnownServer, { name: string; shape: string; pattern: RegExp }> = {
	mirapoint: { name: "Mirapoint", shape: "#user@domain#Admin_UserName#", pattern: /^#[^#\s]+@[^#\s]+#[^#\s]+#$/u },
	exchange: { name: "Microsoft Exchange", shape: "Domain/Admin_UserName/User_UserName", pattern: /^[^/\s]+\/[^/\s]+\/[^/\s]+$/u },
	dovecot: { name: "Dovecot", shape: "User_UserName*Admin_UserName", pattern: /^[^*\s]+\*[^*\s]+$/u },
};

const SERVERS = Object.keys(ADMIN_FORMATS) as KnownServer[];

function adminFormatOf(userName: string): KnownServer | null {
	return SERVERS.find((server) => ADMIN_FORMATS[server].pattern.test(userName)) ?? null;
}

const rule: CsvRuleDefinition<{ RuleOptions: []; MessageIds: "otherServerFormat" | "mixedFormats" }> = {
	meta: {
		type: "problem",
		languages: ["miglint/csv"],
		docs: {
			description: "Require the administrator sign-ins of an IMAP batch's UserName column to use the format of the IMAP server migration.imap.server names",
			recommended: "warn",
			url: ruleDocsUrl("rules/csv", "csv-imap-admin-format"),
			constraints: ["CSV-IMAP-003"],
		},
		schema: [],
		messages: {
			otherServerFormat: "This UserName signs in as an administrator in the {{found}} format, but the IMAP server is {{server}}: write it as {{expected}}.",
			mixedFormats:
				"This UserName uses the {{found}} administrator format and row {{firstRow}} the {{first}} one; an IMAP server takes one format, so use its own.",
		},
	},

	create(context) {
		const { sourceCode } = context;

		return {
			Document() {
				const server = getMigrationFacts(context.settings).imap?.server;
				const column = sourceCode.csvType?.declaration.name === "imap" ? sourceCode.getColumn("UserName") : undefined;
				if (!server || !column) {
					return;
				}
				// UserName is never quoted: a misplaced field could put a password there.
				let first: { server: KnownServer; row: number } | undefined;
				sourceCode.forEachValue(column, (value, row) => {
					const found = adminFormatOf(value.trim());
					if (!found) {
						return;
					}
					first ??= { server: found, row: row.rowNumber };
					const node = row.cell(column.index)!;
					if (server !== "other" && found !== server) {
						const { name, shape } = ADMIN_FORMATS[server];
						context.report({ node, messageId: "otherServerFormat", data: { found: ADMIN_FORMATS[found].name, server: name, expected: shape } });
					} else if (server === "other" && found !== first.server) {
						context.report({
							node,
							messageId: "mixedFormats",
							data: { found: ADMIN_FORMATS[found].name, first: ADMIN_FORMATS[first.server].name, firstRow: formatCount(first.row) },
						});
					}
				});
			},
		};
	},
};

export default defineRule(rule);
