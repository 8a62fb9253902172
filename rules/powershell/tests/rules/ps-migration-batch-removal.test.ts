import rule from "../../src/rules/ps-migration-batch-removal.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("ps-migration-batch-removal", rule, {
	valid: [
		"Remove-MigrationBatch -Identity Wave1 -Confirm:$false",
		"Remove-MigrationBatch -Identity Wave1 -Force:$false",
		// The users are removed too, before or after.
		"Remove-MigrationBatch -Identity Wave1 -Force\nGet-MigrationUser -BatchId Wave1 | Remove-MigrationUser -Force -Confirm:$false",
		"function Clear-Users { Get-MigrationUser -BatchId $args[0] | Remove-MigrationUser -Force }\nRemove-MigrationBatch -Identity Wave1 -Force\nClear-Users Wave1",
		"Write-Host 'Remove-MigrationBatch -Identity Wave1 -Force'",
	],
	invalid: [
		{
			code: "Remove-MigrationBatch -Identity Wave1 -Force -Confirm:$false",
			errors: [{ messageId: "usersLeftBehind", line: 1, column: 39, endLine: 1, endColumn: 45 }],
		},
		{
			// Splatted; a Remove-MigrationUser in a comment does not count.
			code: "# then Remove-MigrationUser -Force\n$removal = @{ Identity = 'Wave1'; Force = $true }\nRemove-MigrationBatch @removal",
			errors: [{ messageId: "usersLeftBehind", line: 2, column: 35, endLine: 2, endColumn: 40 }],
		},
	],
});
