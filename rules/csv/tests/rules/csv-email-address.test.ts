import rule from "../../src/rules/csv-email-address.js";
import { createRuleTester } from "../rule-tester.js";

// Without a Password column, invalid addresses are quoted in the message.
const header = "EmailAddress,ForceChangePassword\n";

function invalid(address: string, problem: string, column: number, endColumn: number, shown = address) {
	return {
		code: `${header}${address},x\n`,
		errors: [{ messageId: "invalidAddress", data: { column: "EmailAddress", value: `'${shown}'`, problem }, line: 2, column, endLine: 2, endColumn }],
	};
}

createRuleTester().run("csv-email-address", rule, {
	valid: [
		`${header}terry.adams@contoso.com,x\nann_b+mig@sub.contoso.co.uk,y\no'brien@contoso.com,z\n`,
		`${header}"user@contoso.com",x\n`,
		// Empty values are csv-required-value's business.
		`${header},x\n`,
		// Unknown type: no column is known to hold addresses.
		"Mail\nnot an address\n",
		`${header}user@xn--bcher-kva.example,x\n`,
	],
	invalid: [
		invalid("terry.adams.contoso.com", "it has no '@'", 1, 24),
		invalid("terry@adams@contoso.com", "it has more than one '@'", 12, 13),
		invalid("terry adams@contoso.com", "it contains a blank", 6, 7),
		invalid("@contoso.com", "nothing comes before the '@'", 1, 13),
		// A long value is cut to 59 characters and an ellipsis, so that the message stays one line.
		invalid(`${"a".repeat(65)}@contoso.com`, "the part before the '@' is longer than 64 characters", 1, 78, `${"a".repeat(59)}…`),
		invalid("josé@contoso.com", "the character 'é' is not allowed before the '@'", 4, 5),
		invalid("jo😀@contoso.com", "the character '😀' is not allowed before the '@'", 3, 5),
		invalid(".terry@contoso.com", "a dot cannot start or end the part before the '@', nor follow another dot", 1, 2),
		invalid("terry..adams@contoso.com", "a dot cannot start or end the part before the '@', nor follow another dot", 7, 8),
		invalid("terry@", "nothing comes after the '@'", 7, 7),
		invalid("terry@contoso", "the part after the '@' is not a DNS domain name", 7, 8),
		invalid("terry@-contoso.com", "the part after the '@' is not a DNS domain name", 7, 8),
		invalid("terry@contoso.c0m", "the part after the '@' is not a DNS domain name", 7, 8),
		{
			// In a quoted value, positions count the quote.
			code: `${header}"terry adams@contoso.com",x\n`,
			errors: [{ messageId: "invalidAddress", line: 2, column: 7, endColumn: 8 }],
		},
		{
			// A row with misplaced fields may carry a password in this column: its value is not echoed.
			code: `EmailAddress,Password\nSecret1!,x,extra\n`,
			errors: [
				{
					messageId: "invalidAddress",
					data: { column: "EmailAddress", value: "(value not shown: the row has misplaced fields)", problem: "it has no '@'" },
				},
			],
		},
		{
			// Swapped columns put passwords under EmailAddress: in a file with a Password column, invalid values are not echoed.
			code: "EmailAddress,Password\nWelcome@2024!,terry.adams@contoso.com\n",
			errors: [
				{
					messageId: "invalidAddress",
					data: {
						column: "EmailAddress",
						value: "(value not shown: it could be a misplaced password)",
						problem: "the part after the '@' is not a DNS domain name",
					},
					line: 2,
					column: 9,
				},
			],
		},
		{
			// In a file that may hold passwords, the character at fault is not named either.
			code: "EmailAddress,Password\nPässword1@contoso.com,x\n",
			errors: [
				{
					messageId: "invalidAddress",
					data: {
						column: "EmailAddress",
						value: "(value not shown: it could be a misplaced password)",
						problem: "a character here is not allowed before the '@'",
					},
				},
			],
		},
		{
			// An ASCII export turns 'é' into '?': a valid address, but not the mailbox's.
			code: `${header}jos?.garcia@contoso.com,x\nterry?@contoso.com,y\nok@contoso.com,z\n`,
			errors: [
				{ messageId: "questionMark", data: { column: "EmailAddress", value: "'jos?.garcia@contoso.com'" }, line: 2, column: 4, endLine: 2, endColumn: 5 },
				{ messageId: "questionMark", data: { column: "EmailAddress", value: "'terry?@contoso.com'" }, line: 3, column: 6 },
			],
		},
		{
			// An address already reported as invalid is not reported again for its '?'.
			code: `${header}jos?.garcia@contoso,x\n`,
			errors: [{ messageId: "invalidAddress" }],
		},
	],
});
