import rule from "../../src/rules/csv-item-limit.js";
import { createRuleTester } from "../rule-tester.js";

const onboarding = { csvType: "remote-move-onboarding" };
const REASON = "Exchange Online judges skipped items by the Data Consistency Score instead; remove the column.";

createRuleTester().run("csv-item-limit", rule, {
	valid: [
		{ code: "EmailAddress,MailboxType\nterry@contoso.com,PrimaryOnly\n", languageOptions: onboarding },
		// Item limits still apply to moves to on-premises databases.
		{ code: "EmailAddress,BadItemLimit,LargeItemLimit\nterry@contoso.com,10,5\n", languageOptions: { csvType: "remote-move-offboarding" } },
		{ code: "EmailAddress,BadItemLimit\nterry@contoso.com,10\n", languageOptions: { csvType: "local-move" } },
		// Inferred from the header: an offboarding batch (TargetArchiveDatabase and LargeItemLimit fit no other type).
		"EmailAddress,TargetArchiveDatabase,BadItemLimit,LargeItemLimit\nterry@contoso.com,ARCH01,10,5\n",
		// The header fits onboarding, offboarding and local moves alike: the direction of the move is unknown.
		"EmailAddress,BadItemLimit,LargeItemLimit,MailboxType\nterry@contoso.com,10,5,PrimaryOnly\n",
	],
	invalid: [
		{
			code: "EmailAddress,BadItemLimit,MailboxType,LargeItemLimit\nterry@contoso.com,10,PrimaryOnly,Unlimited\n",
			languageOptions: onboarding,
			errors: [
				{
					messageId: "deprecated",
					data: { column: "BadItemLimit", type: "a remote move onboarding batch", reason: REASON },
					line: 1,
					column: 14,
					endLine: 1,
					endColumn: 26,
				},
				{
					messageId: "deprecated",
					data: { column: "LargeItemLimit", type: "a remote move onboarding batch", reason: REASON },
					line: 1,
					column: 39,
					endLine: 1,
					endColumn: 53,
				},
			],
		},
		{
			// However the header spells it.
			code: "EmailAddress,bad item limit\nterry@contoso.com,10\n",
			languageOptions: onboarding,
			errors: [
				{
					messageId: "deprecated",
					data: { column: "BadItemLimit", type: "a remote move onboarding batch", reason: REASON },
					line: 1,
					column: 14,
					endColumn: 28,
				},
			],
		},
	],
});
