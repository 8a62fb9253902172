import rule from "../../src/rules/ps-shared-sip-address-space.js";
import { createRuleTester } from "../rule-tester.js";

const final = { miglint: { migration: { skypeHybrid: { final: true } } } };
const notFinal = { miglint: { migration: { skypeHybrid: { final: false } } } };

createRuleTester().run("ps-shared-sip-address-space", rule, {
	valid: [
		"Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true\n",
		"Set-CsTenantFederationConfiguration -SharedSipAddressSpace:$true -AllowFederatedUsers $false\n",
		"Set-CsTenantFederationConfiguration -SharedSipAddressSpace 1\n",
		// The value is not known: the rule does not guess.
		"Set-CsTenantFederationConfiguration -SharedSipAddressSpace $wanted\n",
		// A comment or a string that mentions the parameter is not a call.
		"# Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false\nWrite-Host 'Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false'\n",
		// Another cmdlet with a parameter of that name.
		"Set-CsSomethingElse -SharedSipAddressSpace $false\n",
		// Get- only reads it.
		"Get-CsTenantFederationConfiguration | Select-Object SharedSipAddressSpace\n",
		// The final step, done as the documented unit.
		{
			code: "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false\nGet-CsHostingProvider | Set-CsHostingProvider -Enabled $false\n",
			settings: final,
		},
		{
			code: "Set-CsTenantFederationConfiguration -SharedSipAddressSpace:0\nRemove-CsHostingProvider -Identity Office365\n",
			settings: final,
		},
		{ code: "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true\n", settings: final },
	],
	invalid: [
		{
			code: "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false\n",
			errors: [
				{
					messageId: "disabledWhileHybrid",
					line: 1,
					column: 37,
					endLine: 1,
					endColumn: 66,
					suggestions: [{ messageId: "setTrue", output: "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true\n" }],
				},
			],
		},
		{
			// Colon syntax, explicit final: false.
			code: "Set-CsTenantFederationConfiguration -SharedSipAddressSpace:$false\n",
			settings: notFinal,
			errors: [
				{
					messageId: "disabledWhileHybrid",
					line: 1,
					column: 37,
					endColumn: 66,
					suggestions: [{ messageId: "setTrue", output: "Set-CsTenantFederationConfiguration -SharedSipAddressSpace:$true\n" }],
				},
			],
		},
		{
			// A unique prefix and the number 0, through an alias-free module-qualified name.
			code: "MicrosoftTeams\\Set-CsTenantFederationConfiguration -Shared 0 -AllowFederatedUsers $true\n",
			errors: [
				{
					messageId: "disabledWhileHybrid",
					line: 1,
					column: 52,
					endColumn: 61,
					suggestions: [{ messageId: "setTrue", output: "MicrosoftTeams\\Set-CsTenantFederationConfiguration -Shared $true -AllowFederatedUsers $true\n" }],
				},
			],
		},
		{
			// Splatted, with a [bool] conversion, in any letter case.
			code: "$federation = @{\n    sharedsipaddressspace = [bool]0\n}\nset-cstenantfederationconfiguration @federation\n",
			errors: [
				{
					messageId: "disabledWhileHybrid",
					line: 2,
					column: 5,
					endLine: 2,
					endColumn: 36,
					suggestions: [
						{ messageId: "setTrue", output: "$federation = @{\n    sharedsipaddressspace = $true\n}\nset-cstenantfederationconfiguration @federation\n" },
					],
				},
			],
		},
		{
			// A variable holding $false: reported, but the fix belongs where the variable is set.
			code: "$off = $false\nSet-CsTenantFederationConfiguration -SharedSipAddressSpace $off\n",
			errors: [{ messageId: "disabledWhileHybrid", line: 2, column: 37, endColumn: 64, suggestions: [] }],
		},
		{
			// Final, but the hosting provider is never disabled.
			code: "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false\n",
			settings: final,
			errors: [{ messageId: "hostingProviderMissing", line: 1, column: 37, endColumn: 66 }],
		},
		{
			// Final, but -Enabled $true does not disable anything, and -Enable is not -Enabled.
			code: "Set-CsTenantFederationConfiguration -SharedSipAddressSpace $false\nGet-CsHostingProvider | Set-CsHostingProvider -Enabled $true\n",
			settings: final,
			errors: [{ messageId: "hostingProviderMissing", line: 1 }],
		},
		{
			// Final, but in the wrong order.
			code: "Get-CsHostingProvider | Set-CsHostingProvider -Enabled:$false\nSet-CsTenantFederationConfiguration -SharedSipAddressSpace $false\n",
			settings: final,
			errors: [{ messageId: "hostingProviderFirst", data: { line: "2" }, line: 1, column: 25, endLine: 1, endColumn: 46 }],
		},
	],
});
