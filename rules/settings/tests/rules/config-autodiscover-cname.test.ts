import rule from "../../src/rules/config-autodiscover-cname.js";
import { createRuleTester } from "../rule-tester.js";

/** `Resolve-DnsName autodiscover.contoso.com | ConvertTo-Json`: the alias, then Microsoft's own chain behind autodiscover.outlook.com. */
const RESOLVED = `[
  { "Name": "autodiscover.contoso.com", "Type": 5, "TTL": 3600, "Section": 1, "NameHost": "autodiscover.outlook.com" },
  { "Name": "autodiscover.outlook.com", "Type": 5, "TTL": 60, "Section": 1, "NameHost": "autod.ha-autod.office.com" }
]
`;

createRuleTester().run("config-autodiscover-cname", rule, {
	valid: [
		// Not tenant settings.
		{ code: '{ "service": "autodiscover", "url": "https://mail.contoso.com/autodiscover/autodiscover.xml" }', filename: "data.json" },
		{ code: "- host: autodiscover\n  target: mail.contoso.com\n", filename: "inventory.yml" },
		// Section-like keys whose values are not settings.
		{ code: "dns:\n  servers: [192.0.2.53]\nrecords:\n  - name: autodiscover\n    type: CNAME-ish\n", filename: "network.yaml" },
		// Other kinds of settings.
		{ code: "Identity: Global\nSharedSipAddressSpace: true\n", filename: "federation.yaml" },
		{ code: '[{ "Id": "autodiscover.contoso.com", "AuthenticationType": "Managed" }]', filename: "domains.json" },
		// The good target, in any letter case, with or without the trailing dot of a fully qualified name.
		{ code: "- type: CNAME\n  name: autodiscover\n  target: autodiscover.outlook.com\n  ttl: 3600\n", filename: "dns.yaml" },
		{ code: '[{ "Type": "cname", "Name": "Autodiscover.Contoso.com.", "Target": "AUTODISCOVER.OUTLOOK.COM." }]', filename: "dns.json" },
		{ code: RESOLVED, filename: "resolved.json" },
		{
			code: '[{ "Id": "autodiscover", "IsOptional": false, "Label": "autodiscover.contoso.com", "RecordType": "CName", "SupportedService": "Email", "Ttl": 3600, "AdditionalProperties": { "@odata.type": "#microsoft.graph.domainDnsCnameRecord", "canonicalName": "autodiscover.outlook.com" } }]',
			filename: "service-records.json",
		},
		// Another type of record for autodiscover, or another CNAME.
		{ code: "- type: A\n  name: autodiscover.contoso.com\n  value: 192.0.2.10\n", filename: "dns.yaml" },
		{
			code: "- type: CNAME\n  name: lyncdiscover.contoso.com\n  target: webdir.online.lync.com\n- type: CNAME\n  name: autodiscover-legacy.contoso.com\n  target: mail.contoso.com\n",
			filename: "dns.yaml",
		},
		// A target of the wrong type is config-schema's business.
		{ code: "- type: CNAME\n  name: autodiscover\n  target: 42\n", filename: "dns.yaml" },
	],
	invalid: [
		// A hand-written runbook that combines sections: the DNS section is checked where it is.
		{
			code: "project: wave 2\ntenantFederation:\n  SharedSipAddressSpace: true\ndnsRecords:\n  - type: CNAME\n    name: autodiscover.contoso.com\n    target: mail.contoso.com\n",
			filename: "runbook.yaml",
			errors: [
				{ messageId: "wrongTarget", data: { name: "autodiscover.contoso.com", target: "mail.contoso.com" }, line: 7, column: 13, endLine: 7, endColumn: 29 },
			],
		},
		{
			code: "# contoso.com zone, before the cutover\n- type: CNAME\n  name: autodiscover\n  target: mail.contoso.com\n  ttl: 3600\n",
			filename: "dns.yaml",
			errors: [{ messageId: "wrongTarget", data: { name: "autodiscover", target: "mail.contoso.com" }, line: 4, column: 11, endLine: 4, endColumn: 27 }],
		},
		{
			code: RESOLVED.replace('"autodiscover.outlook.com" }', '"exch01.contoso.com." }'),
			filename: "resolved.json",
			errors: [
				{
					messageId: "wrongTarget",
					data: { name: "autodiscover.contoso.com", target: "exch01.contoso.com." },
					line: 2,
					column: 91,
					endLine: 2,
					endColumn: 112,
				},
			],
		},
		{
			code: '{\n  "value": [\n    { "recordType": "CName", "label": "AutoDiscover.fabrikam.com", "canonicalName": "autodiscover.outlook.com.fabrikam.com" }\n  ]\n}\n',
			filename: "graph-records.json",
			errors: [{ messageId: "wrongTarget", line: 3, column: 85, endLine: 3, endColumn: 124 }],
		},
		{
			code: "- Type: CNAME\n  HostName: autodiscover.contoso.com\n  Data: autodiscover.outlook.com\n- Type: CNAME\n  HostName: autodiscover.fabrikam.com\n  Data: >-\n    mail.fabrikam.com\n",
			filename: "dns.yml",
			errors: [
				{ messageId: "wrongTarget", data: { name: "autodiscover.fabrikam.com", target: "mail.fabrikam.com" }, line: 6, column: 9, endLine: 7, endColumn: 22 },
			],
		},
	],
});
