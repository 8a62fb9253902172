import rule from "../../src/rules/config-untrusted-certificate.js";
import { createRuleTester } from "../rule-tester.js";

const STAGED =
	'{\n  "Identity": "StagedEndpoint",\n  "EndpointType": "ExchangeOutlookAnywhere",\n  "RpcProxyServer": "mail.contoso.com",\n  "Authentication": "Basic",\n  "AcceptUntrustedCertificates": true\n}\n';

createRuleTester().run("config-untrusted-certificate", rule, {
	valid: [
		// Not tenant settings.
		{ code: '{ "server": "mail.contoso.com", "AcceptUntrustedCertificates": true }', filename: "data.json" },
		{ code: "http:\n  insecureSkipVerify: true\n", filename: "proxy.yaml" },
		// Other kinds of settings.
		{ code: "Identity: Global\nSharedSipAddressSpace: true\n", filename: "federation.yaml" },
		{ code: "- type: CNAME\n  name: autodiscover\n  target: autodiscover.outlook.com\n", filename: "dns.yaml" },
		// The good value, a missing key, a value of the wrong type (config-schema's), null.
		{ code: STAGED.replace('"AcceptUntrustedCertificates": true', '"AcceptUntrustedCertificates": false'), filename: "endpoint.json" },
		{ code: "Name: StagedEndpoint\nExchangeOutlookAnywhere: true\nAutodiscover: true\nEmailAddress: admin@contoso.com\n", filename: "endpoint.yaml" },
		{ code: "Name: IMAP\nIMAP: true\nRemoteServer: imap.contoso.com\nAcceptUntrustedCertificates: yes\n", filename: "endpoint.yaml" },
		{ code: "Name: IMAP\nIMAP: true\nRemoteServer: imap.contoso.com\nAcceptUntrustedCertificates: null\n", filename: "endpoint.yaml" },
	],
	invalid: [
		{
			code: STAGED,
			filename: "endpoint.json",
			errors: [
				{
					messageId: "acceptUntrusted",
					data: { key: "AcceptUntrustedCertificates" },
					line: 6,
					column: 34,
					endLine: 6,
					endColumn: 38,
					suggestions: [
						{
							messageId: "setFalse",
							data: { key: "AcceptUntrustedCertificates", value: "false" },
							output: STAGED.replace('"AcceptUntrustedCertificates": true', '"AcceptUntrustedCertificates": false'),
						},
					],
				},
			],
		},
		{
			code: "- Name: StagedEndpoint\n  ExchangeOutlookAnywhere: true\n  Autodiscover: true\n  EmailAddress: admin@contoso.com\n  acceptUntrustedCertificates: True\n- Name: IMAP\n  IMAP: true\n  RemoteServer: imap.contoso.com\n  Port: 993\n  Security: Ssl\n",
			filename: "endpoints.yaml",
			errors: [
				{
					messageId: "acceptUntrusted",
					data: { key: "acceptUntrustedCertificates" },
					line: 5,
					column: 32,
					endLine: 5,
					endColumn: 36,
					suggestions: [
						{
							messageId: "setFalse",
							output:
								"- Name: StagedEndpoint\n  ExchangeOutlookAnywhere: true\n  Autodiscover: true\n  EmailAddress: admin@contoso.com\n  acceptUntrustedCertificates: false\n- Name: IMAP\n  IMAP: true\n  RemoteServer: imap.contoso.com\n  Port: 993\n  Security: Ssl\n",
						},
					],
				},
			],
		},
		{
			// Through an alias the value belongs to its anchor, which the parameter set's switch shares: no suggestion.
			code: "Name: StagedEndpoint\nExchangeOutlookAnywhere: &yes true\nAutodiscover: true\nAcceptUntrustedCertificates: *yes\n",
			filename: "endpoint.yml",
			errors: [{ messageId: "acceptUntrusted", line: 4, column: 30, endLine: 4, endColumn: 34, suggestions: [] }],
		},
	],
});
