import rule from "../../src/rules/ps-batch-policy-assignment.js";
import { createRuleTester } from "../rule-tester.js";

/** The project facts: the users the call starting at line:column reads from a CSV file. */
const counted = (users: number, line = 1, column = 1) => ({
	miglint: { project: { policyAssignments: [{ line, column, file: "batches/teams-users.csv", users }] } },
});
const ASSIGN = "New-CsBatchPolicyAssignmentOperation -PolicyType TeamsMeetingPolicy -PolicyName Sales";

createRuleTester().run("ps-batch-policy-assignment", rule, {
	valid: [
		{ code: `${ASSIGN} -Identity (Import-Csv .\\teams-users.csv).UserPrincipalName`, settings: counted(5000) },
		// Without the count (the file is not in the project, or has no such column), nothing is known.
		`${ASSIGN} -Identity (Import-Csv .\\teams-users.csv).UserPrincipalName`,
		// A filter or a slice may keep fewer users than the file holds.
		{ code: `${ASSIGN} -Identity (Import-Csv .\\teams-users.csv | Where-Object Department -eq Sales).UserPrincipalName`, settings: counted(9000) },
		{ code: `${ASSIGN} -Identity (Import-Csv .\\teams-users.csv -Header A,B).A`, settings: counted(9000) },
		{ code: `$users = Import-Csv .\\teams-users.csv\n${ASSIGN} -Identity $users[0..4999].UserPrincipalName`, settings: counted(9000, 2) },
		// The count belongs to another call.
		{ code: `\n${ASSIGN} -Identity (Import-Csv .\\teams-users.csv).UserPrincipalName`, settings: counted(9000) },
	],
	invalid: [
		{
			code: `${ASSIGN} -Identity (Import-Csv -Path .\\teams-users.csv).UserPrincipalName`,
			settings: counted(5001),
			errors: [{ messageId: "tooManyUsers", data: { count: "5,001", file: "batches/teams-users.csv" }, line: 1, column: 97, endLine: 1, endColumn: 151 }],
		},
		{
			// Through variables, as the one scope analysis follows them.
			code: `$users = Import-Csv "$PSScriptRoot\\teams-users.csv"\n$upns = $users.UserPrincipalName\n${ASSIGN} -Identity $upns`,
			settings: counted(12000, 3),
			errors: [{ messageId: "tooManyUsers", data: { count: "12,000", file: "batches/teams-users.csv" }, line: 3, column: 97, endLine: 3, endColumn: 102 }],
		},
	],
});
