import rule from "../../src/rules/config-skype-dns.js";
import { createRuleTester } from "../rule-tester.js";

const hybrid = { miglint: { migration: { skypeHybrid: { final: false } } } };
const final = { miglint: { migration: { skypeHybrid: { final: true } } } };

/** The records of a cloud consolidation as Learn lists them, written by hand. */
const CONSOLIDATED = `- type: SRV
  name: _sipfederationtls._tcp.contoso.com
  target: sipfed.online.lync.com
  priority: 100
  weight: 1
  port: 5061
- type: SRV
  name: _sip._tls.contoso.com
  target: sipdir.online.lync.com
  port: 443
- type: CNAME
  name: lyncdiscover.contoso.com
  target: webdir.online.lync.com
- type: CNAME
  name: sip.contoso.com
  target: sipdir.online.lync.com
- type: CNAME
  name: meet
  target: webdir.online.lync.com.
- type: CNAME
  name: dialin
  target: WEBDIR.online.lync.com
`;

/** The same zone during hybrid: everything points to the on-premises Edge. */
const ON_PREMISES = `- type: SRV
  name: _sipfederationtls._tcp.contoso.com
  target: sipaccess.contoso.com
  port: 5061
- type: CNAME
  name: lyncdiscover.contoso.com
  target: webext.contoso.com
- type: A
  name: sip.contoso.com
  value: 203.0.113.10
`;

createRuleTester().run("config-skype-dns", rule, {
	valid: [
		{ code: CONSOLIDATED, filename: "dns.yaml", settings: final },
		{ code: ON_PREMISES, filename: "dns.yaml", settings: hybrid },
		// Without migration.skypeHybrid the rule cannot tell which targets are right.
		{ code: CONSOLIDATED, filename: "dns.yaml" },
		{ code: ON_PREMISES, filename: "dns.yaml", settings: { miglint: { migration: { sso: true } } } },
		// Microsoft Graph's service configuration records are what Microsoft 365 expects, not the zone.
		{
			code: '[{ "Id": "lyncdiscover", "IsOptional": false, "Label": "lyncdiscover.contoso.com", "RecordType": "CName", "SupportedService": "OfficeCommunicationsOnline", "Ttl": 3600, "AdditionalProperties": { "canonicalName": "webdir.online.lync.com" } }]',
			filename: "service-records.json",
			settings: hybrid,
		},
		// Other records, and records that only start like a Skype one.
		{
			code: "- type: CNAME\n  name: autodiscover.contoso.com\n  target: autodiscover.outlook.com\n- type: CNAME\n  name: sipgate.contoso.com\n  target: sip.example.net\n",
			filename: "dns.yaml",
			settings: final,
		},
		// Not settings.
		{ code: "- name: lyncdiscover\n  url: https://webdir.online.lync.com\n", filename: "notes.yaml", settings: hybrid },
	],
	invalid: [
		{
			code: "- type: CNAME\n  name: lyncdiscover.contoso.com\n  target: webdir.online.lync.com\n- type: SRV\n  name: _sipfederationtls._tcp.contoso.com\n  target: sipfed.online.lync.com\n  port: 5061\n",
			filename: "dns.yaml",
			settings: hybrid,
			errors: [
				{
					messageId: "pointsOnline",
					data: { name: "lyncdiscover.contoso.com", target: "webdir.online.lync.com" },
					line: 3,
					column: 11,
					endLine: 3,
					endColumn: 33,
				},
				{
					messageId: "pointsOnline",
					data: { name: "_sipfederationtls._tcp.contoso.com", target: "sipfed.online.lync.com" },
					line: 6,
					column: 11,
					endColumn: 33,
				},
			],
		},
		{
			// Resolve-DnsName's export, in a combined runbook file.
			code: '{ "dnsRecords": [ { "Name": "_sip._tls.contoso.com", "Type": 33, "NameTarget": "sipdir.online.lync.com", "Port": 5061, "Priority": 100, "Weight": 1 }, { "Name": "sip.contoso.com", "Type": 5, "NameHost": "sipfed.online.lync.com" } ] }',
			filename: "runbook.json",
			settings: final,
			errors: [
				{ messageId: "wrongPort", data: { name: "_sip._tls.contoso.com", expected: "443", port: "5061" }, line: 1, column: 114, endColumn: 118 },
				{
					messageId: "wrongTarget",
					data: { name: "sip.contoso.com", expected: "sipdir.online.lync.com", target: "sipfed.online.lync.com" },
					line: 1,
					column: 204,
					endColumn: 228,
				},
			],
		},
		{
			// Still pointing on premises after the move.
			code: ON_PREMISES,
			filename: "dns.yaml",
			settings: final,
			errors: [
				{
					messageId: "wrongTarget",
					data: { name: "_sipfederationtls._tcp.contoso.com", expected: "sipfed.online.lync.com", target: "sipaccess.contoso.com" },
					line: 3,
					column: 11,
					endColumn: 32,
				},
				{
					messageId: "wrongTarget",
					data: { name: "lyncdiscover.contoso.com", expected: "webdir.online.lync.com", target: "webext.contoso.com" },
					line: 7,
					column: 11,
					endColumn: 29,
				},
			],
		},
	],
});
