import rule from "../../src/rules/csv-email-domain.js";
import { createRuleTester } from "../rule-tester.js";

const domains = { miglint: { migration: { domains: { onPremises: ["contoso.com", "*.contoso.org"], cloud: ["cloud.contoso.com"] } } } };

createRuleTester().run("csv-email-domain", rule, {
	valid: [
		"EmailAddress,ForceChangePassword\nterry@contoso.com,False\n",
		// Cross-tenant batches share a lone EmailAddress header and list target-tenant addresses.
		"EmailAddress\nterry@contoso.onmicrosoft.com\n",
		{ code: "EmailAddress,Password\nterry@contoso.com,\nann@sales.contoso.org,\n", settings: domains },
		// Invalid addresses are csv-email-address's business.
		"EmailAddress,Password\nterry,\n",
		"Mail\nterry@contoso.onmicrosoft.com\n",
	],
	invalid: [
		{
			code: "EmailAddress,Password\nterry@contoso.onmicrosoft.com,\n",
			errors: [
				{
					messageId: "cloudDomain",
					data: {
						column: "EmailAddress",
						value: "'terry@contoso.onmicrosoft.com'",
						row: "2",
						domain: "contoso.onmicrosoft.com",
						type: "staged migration batch",
						domains: "",
					},
					line: 2,
					column: 1,
					endLine: 2,
					endColumn: 30,
				},
			],
		},
		{
			code: "EmailAddress,Password\nterry@CLOUD.contoso.com,\nann@fabrikam.com,\nbob@contoso.mail.onmicrosoft.com,\n",
			settings: domains,
			errors: [
				{ messageId: "cloudDomain", line: 2 },
				{
					messageId: "notOnPremises",
					data: {
						column: "EmailAddress",
						value: "'ann@fabrikam.com'",
						row: "3",
						domain: "fabrikam.com",
						type: "staged migration batch",
						domains: "contoso.com, *.contoso.org",
					},
					line: 3,
				},
				{ messageId: "cloudDomain", line: 4 },
			],
		},
	],
});
