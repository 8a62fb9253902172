import rule from "../../src/rules/ps-exchange-module-version.js";
import { createRuleTester } from "../rule-tester.js";

createRuleTester().run("ps-exchange-module-version", rule, {
	valid: [
		"#Requires -Version 7.6\n#Requires -Modules @{ ModuleName = 'ExchangeOnlineManagement'; ModuleVersion = '3.10.0' }\n",
		"#Requires -Version 7.4 -Modules @{ ModuleName = 'ExchangeOnlineManagement'; RequiredVersion = '3.9.2' }\n",
		"#Requires -Version 7.2 -Modules @{ ModuleName = 'ExchangeOnlineManagement'; RequiredVersion = '3.4.0' }\n",
		// Windows PowerShell 5.1 runs every 3.x version.
		"#Requires -Version 5.1\n#Requires -Modules @{ ModuleName = 'ExchangeOnlineManagement'; ModuleVersion = '3.10.0' }\n",
		// No module version, no PowerShell version: nothing to compare.
		"#Requires -Version 7.0\n#Requires -Modules ExchangeOnlineManagement\n",
		"#Requires -Modules @{ ModuleName = 'ExchangeOnlineManagement'; ModuleVersion = '3.10.0' }\n",
		// Versions 2.x are not in the documented matrix.
		"#Requires -Version 7.0 -Modules @{ ModuleName = 'ExchangeOnlineManagement'; RequiredVersion = '2.0.5' }\n",
		// Another module, and a comment that only mentions #Requires.
		"#Requires -Version 7.0 -Modules @{ ModuleName = 'MicrosoftTeams'; ModuleVersion = '7.0.0' }\n# Requires -Version 7.0 -Modules @{ ModuleName = 'ExchangeOnlineManagement'; ModuleVersion = '3.10.0' }\n",
	],
	invalid: [
		{
			code: "#Requires -Version 7.2\n#Requires -Modules @{ ModuleName = 'ExchangeOnlineManagement'; ModuleVersion = '3.10.0' }\nConnect-ExchangeOnline\n",
			errors: [{ messageId: "powerShellTooOld", data: { module: "3.10.0", needed: "7.6.0", declared: "7.2" }, line: 1, column: 20, endLine: 1, endColumn: 23 }],
		},
		{
			// Both on one line; the exact version; any letter case.
			code: '#requires -version 7.0 -modules @{ModuleName="exchangeonlinemanagement";RequiredVersion="3.5.0"}\n',
			errors: [{ messageId: "powerShellTooOld", data: { module: "3.5.0", needed: "7.4.0", declared: "7.0" }, line: 1, column: 20, endColumn: 23 }],
		},
		{
			code: "#Requires -Version 7\n#Requires -Modules @{ ModuleName = 'ExchangeOnlineManagement'; RequiredVersion = '3.4.0' }\n",
			errors: [{ messageId: "powerShellTooOld", data: { module: "3.4.0", needed: "7.2.0", declared: "7" }, line: 1, column: 20, endColumn: 21 }],
		},
	],
});
