import rule from "../../src/rules/csv-email-domain.js";
import { createRuleTester } from "../rule-tester.js";

const domains = { miglint: { migration: { domains: { onPremises: ["contoso.com", "*.contoso.org"], cloud: ["cloud.contoso.com"] } } } };

const crossTenant = {
	languageOptions: { csvType: "cross-tenant" },
	settings: { miglint: { migration: { domains: { sourceTenant: ["fabrikam.com", "*.fabrikam.com", "fabrikam.onmicrosoft.com"] } } } },
};

createRuleTester().run("csv-email-domain", rule, {
	valid: [
		"EmailAddress,ForceChangePassword\nterry@contoso.com,False\n",
		// Cross-tenant batches share a lone EmailAddress header and list target-tenant addresses.
		"EmailAddress\nterry@contoso.onmicrosoft.com\n",
		{ code: "EmailAddress,Password\nterry@contoso.com,\nann@sales.contoso.org,\n", settings: domains },
		// Invalid addresses are csv-email-address's business.
		"EmailAddress,Password\nterry,\n",
		"Mail\nterry@contoso.onmicrosoft.com\n",
		// Cross-tenant batches: target-tenant addresses, and no source-tenant domains to compare with.
		{ code: "EmailAddress\nterry@contoso.onmicrosoft.com\nann@contoso.com\n", ...crossTenant },
		{ code: "EmailAddress\nterry@fabrikam.com\n", languageOptions: { csvType: "cross-tenant" } },
		// The on-premises domains do not apply to a cross-tenant batch.
		{ code: "EmailAddress\nterry@contoso.onmicrosoft.com\n", languageOptions: { csvType: "cross-tenant" }, settings: domains },
	],
	invalid: [
		{
			code: "EmailAddress\nterry@contoso.onmicrosoft.com\nann@Fabrikam.com\nbob@sales.fabrikam.com\ncarol@fabrikam.onmicrosoft.com\n",
			...crossTenant,
			errors: [
				{
					messageId: "sourceTenant",
					data: { column: "EmailAddress", value: "'ann@Fabrikam.com'", domain: "Fabrikam.com", domains: "" },
					line: 3,
					column: 1,
					endLine: 3,
					endColumn: 17,
				},
				{ messageId: "sourceTenant", line: 4, column: 1, endLine: 4, endColumn: 23 },
				{ messageId: "sourceTenant", line: 5, column: 1, endLine: 5, endColumn: 31 },
			],
		},
		{
			code: "EmailAddress,Password\nterry@contoso.onmicrosoft.com,\n",
			errors: [
				{
					messageId: "cloudDomain",
					data: {
						column: "EmailAddress",
						value: "'terry@contoso.onmicrosoft.com'",
						domain: "contoso.onmicrosoft.com",
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
						domain: "fabrikam.com",
						domains: "contoso.com, *.contoso.org",
					},
					line: 3,
				},
				{ messageId: "cloudDomain", line: 4 },
			],
		},
	],
});
