import rule from "../../src/rules/ps-migration-skip-options.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("ps-migration-skip-options", rule, {
	valid: [
		"New-MigrationBatch -Name S1 -SourceEndpoint OA -CSVData $bytes -SkipSteps SettingTargetAddress",
		"New-MigrationBatch -Name S1 -SourceEndpoint OA -CSVData $bytes -SkipSteps 'none'",
		"New-MigrationBatch -Name S1 -SourceEndpoint OA -CSVData $bytes -SkipSteps 'None, SettingTargetAddress'",
		"New-MigrationBatch -Name S1 -SourceEndpoint OA -CSVData $bytes -SkipSteps $steps",
		"New-MigrationBatch -Name W1 -SourceEndpoint Hybrid -CSVData $bytes -MoveOptions SkipFolderRules",
		"Set-MigrationBatch -Identity W1 -SkipMoving FolderRules",
		// Other cmdlets.
		"New-MoveRequest -Identity a@contoso.com -MoveOptions SkipFolderRules -SkipMoving FolderRules",
		"Write-Host 'New-MigrationBatch -SkipSteps SetTargetAddress'",
	],
	invalid: [
		{
			code: "New-MigrationBatch -Name W1 -SourceEndpoint Hybrid -CSVData $bytes -MoveOptions SkipFolderRules -SkipMoving FolderRules",
			errors: [{ messageId: "moveOptionsWithSkipMoving", line: 1, column: 97, endLine: 1, endColumn: 108 }],
		},
		{
			code: "$batch = @{ Identity = 'W1'; SkipMoving = 'FolderRules'; MoveOptions = 'SkipFolderRules' }\nSet-MigrationBatch @batch",
			errors: [{ messageId: "moveOptionsWithSkipMoving", line: 1, column: 30, endLine: 1, endColumn: 40 }],
		},
		{
			code: "New-MigrationBatch -Name S1 -SourceEndpoint OA -CSVData $bytes -SkipSteps SetTargetAddress",
			errors: [
				{
					message: "-SkipSteps takes None or SettingTargetAddress, not 'SetTargetAddress'; write one of them.",
					line: 1,
					column: 75,
					endLine: 1,
					endColumn: 91,
				},
			],
		},
		{
			code: "$steps = 'None', 'SettingTargetAddress, SkipForwarding'\nNew-MigrationBatch -Name S1 -SourceEndpoint OA -CSVData $bytes -SkipSteps $steps",
			errors: [{ messageId: "unknownSkipStep", line: 1, column: 18, endLine: 1, endColumn: 56 }],
		},
	],
});
