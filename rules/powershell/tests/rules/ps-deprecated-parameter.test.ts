import rule from "../../src/rules/ps-deprecated-parameter.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("ps-deprecated-parameter", rule, {
	valid: [
		"Import-Module ExchangeOnlineManagement\nConnect-ExchangeOnline -UserPrincipalName admin@contoso.com -ShowBanner:$false",
		"Connect-ExchangeOnline -UseRPSSession:$false -SkipLoadingCmdletHelp:$false",
		// -LoadCmdletHelp is how 3.7.0 and later load the help.
		"Connect-ExchangeOnline -LoadCmdletHelp",
		// Retired connections are ps-deprecated-connection's (errors).
		"$s = New-CsOnlineSession\nImport-PSSession $s",
		// Named in a comment or a string.
		"# Connect-ExchangeOnline -SkipLoadingCmdletHelp\nWrite-Host 'Connect-ExchangeOnline -UseRPSSession'",
	],
	invalid: [
		{
			code: "Connect-ExchangeOnline -UserPrincipalName $upn -UseRPSSession -ShowBanner:$false",
			errors: [
				{
					messageId: "useRpsSession",
					line: 1,
					column: 48,
					endColumn: 62,
					suggestions: [
						{ messageId: "removeParameter", data: { parameter: "UseRPSSession" }, output: "Connect-ExchangeOnline -UserPrincipalName $upn -ShowBanner:$false" },
					],
				},
			],
		},
		{
			// A unique prefix and colon syntax; -PSSessionOption is reported with -UseRPSSession only once.
			code: "Connect-ExchangeOnline -UseRPS:$true -PSSessionOption $opt",
			errors: [
				{
					messageId: "useRpsSession",
					line: 1,
					column: 24,
					endColumn: 37,
					suggestions: [{ messageId: "removeParameter", output: "Connect-ExchangeOnline -PSSessionOption $opt" }],
				},
			],
		},
		{
			code: "$exo = @{ UserPrincipalName = $upn; UseRPSSession = $true }\nConnect-ExchangeOnline @exo",
			errors: [{ messageId: "useRpsSession", line: 1, column: 37, endColumn: 58, suggestions: [] }],
		},
		{
			code: "Connect-ExchangeOnline -PSSessionOption $opt -SkipLoadingCmdletHelp",
			errors: [
				{
					messageId: "psSessionOption",
					line: 1,
					column: 24,
					endColumn: 40,
					suggestions: [{ messageId: "removeParameter", output: "Connect-ExchangeOnline -SkipLoadingCmdletHelp" }],
				},
				{
					messageId: "skipLoadingCmdletHelp",
					line: 1,
					column: 46,
					endColumn: 68,
					suggestions: [{ messageId: "removeParameter", output: "Connect-ExchangeOnline -PSSessionOption $opt" }],
				},
			],
		},
	],
});
