import { defineRule, getMigrationFacts, ruleDocsUrl } from "@miglint/core";
import { dnsRecords, getMember, numberValue, type SettingsRuleDefinition } from "@miglint/language-settings";

type MessageIds = "pointsOnline" | "wrongTarget" | "wrongPort";

/** The Skype for Business records and the Microsoft 365 targets they have once the move to the cloud is final. */
const SKYPE_RECORDS: readonly { prefix: string; type: "SRV" | "CNAME"; target: string; port?: number }[] = [
	{ prefix: "_sipfederationtls._tcp", type: "SRV", target: "sipfed.online.lync.com", port: 5061 },
	{ prefix: "_sip._tls", type: "SRV", target: "sipdir.online.lync.com", port: 443 },
	{ prefix: "lyncdiscover", type: "CNAME", target: "webdir.online.lync.com" },
	{ prefix: "sip", type: "CNAME", target: "sipdir.online.lync.com" },
	{ prefix: "meet", type: "CNAME", target: "webdir.online.lync.com" },
	{ prefix: "dialin", type: "CNAME", target: "webdir.online.lync.com" },
];

const ONLINE_LYNC_HOST = /(?:^|\.)online\.lync\.com$/u;

/** A host name as DNS compares it: in lower case, without the trailing dot of a fully qualified name. */
const normalise = (name: string) => name.toLowerCase().replace(/\.$/u, "");

const rule: SettingsRuleDefinition<{ RuleOptions: []; MessageIds: MessageIds }> = {
	meta: {
		type: "problem",
		languages: ["miglint/settings"],
		docs: {
			description:
				"Require the Skype for Business DNS records to point on premises during hybrid, and to the documented Microsoft 365 targets once the move is final",
			recommended: "error",
			url: ruleDocsUrl("rules/settings", "config-skype-dns"),
			constraints: ["HYB-003", "HYB-004"],
		},
		schema: [],
		messages: {
			pointsOnline: "The {{name}} record points to {{target}} while users are still on premises; point it to the on-premises Edge.",
			wrongTarget: "With the move to the cloud final, the {{name}} record points to {{expected}}, not {{target}}.",
			wrongPort: "With the move to the cloud final, the {{name}} record uses port {{expected}}, not {{port}}.",
		},
	},

	create(context) {
		const { sourceCode } = context;
		const skypeHybrid = getMigrationFacts(context.settings).skypeHybrid;

		return {
			Document() {
				// Without the fact, DNS pointing online may be right (hybrid dismantled) or wrong (hybrid in place).
				if (skypeHybrid === undefined) return;
				const final = skypeHybrid.final === true;
				for (const record of dnsRecords(sourceCode.settings)) {
					// Microsoft Graph's service configuration records say what Microsoft 365 expects, not what the zone holds.
					if (getMember(record.object, "SupportedService") !== undefined) continue;
					if (record.name === undefined || record.target === undefined || record.targetNode === undefined) continue;
					const host = normalise(record.name);
					const skype = SKYPE_RECORDS.find(({ prefix, type }) => type === record.type && (host === prefix || host.startsWith(`${prefix}.`)));
					if (!skype) continue;
					const target = normalise(record.target);
					if (!final) {
						if (ONLINE_LYNC_HOST.test(target))
							context.report({ node: record.targetNode, messageId: "pointsOnline", data: { name: record.name, target: record.target } });
						continue;
					}
					if (target !== skype.target) {
						context.report({ node: record.targetNode, messageId: "wrongTarget", data: { name: record.name, expected: skype.target, target: record.target } });
					}
					const port = getMember(record.object, "Port");
					const portNumber = port && numberValue(port.value);
					if (skype.port !== undefined && port && portNumber !== undefined && portNumber !== skype.port) {
						context.report({ node: port.value, messageId: "wrongPort", data: { name: record.name, expected: String(skype.port), port: String(portNumber) } });
					}
				}
			},
		};
	},
};

export default defineRule(rule);
