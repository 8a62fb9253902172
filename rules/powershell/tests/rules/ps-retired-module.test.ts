import rule from "../../src/rules/ps-retired-module.js";
import { createRuleTester } from "../rule-tester.js";

const msonline = { messageId: "retiredModule", data: { module: "MSOnline", retired: "it stopped working between April and May 2025" } };
const azureAD = { messageId: "retiredModule", data: { module: "AzureAD", retired: "unsupported since March 30, 2025 and retired from July 2025" } };

createRuleTester().run("ps-retired-module", rule, {
	valid: [
		// A project's own function named like an AzureAD cmdlet, with a verb no AzureAD cmdlet uses (defined in another file of the project).
		"$sid = Convert-AzureAdObjectIdToSid -ObjectID $group.id",
		// Microsoft Graph PowerShell.
		"Import-Module Microsoft.Graph.Users\nConnect-MgGraph -Scopes User.Read.All\nGet-MgUser -All\n",
		// Removing the retired modules is what the rule asks for.
		"Uninstall-Module MSOnline -AllVersions\nRemove-Module AzureAD -ErrorAction SilentlyContinue\n",
		// Mentioned in comments and strings only; `# Requires` with a space is a plain comment.
		"# Requires -Modules MSOnline\n# Get-MsolUser is gone: see the runbook\nWrite-Host 'Get-MsolUser and Connect-AzureAD are retired'\n",
		// Modules whose names only start like a retired one.
		"Import-Module AzureADHybridAuthenticationManagement\nImport-Module MSOnlineBackup\n#Requires -Modules AzureAD.Standard.Preview\n",
		// Current modules that ship cmdlets with an AzureAD noun.
		"Get-AzureADKerberosServer -Domain contoso.com\nNew-AzureADSSOAuthenticationContext\nRegister-AzureADConnectHealthSyncAgent\n",
		// A function of the script with a retired cmdlet's name runs instead of the cmdlet.
		"function Get-MsolUser { param($UserPrincipalName) Get-MgUser -UserId $UserPrincipalName }\nGet-MsolUser -UserPrincipalName a@contoso.com\n",
		// Microsoft Entra PowerShell's compatibility aliases.
		"Import-Module Microsoft.Entra\nEnable-EntraAzureADAlias\nConnect-AzureAD\nGet-AzureADUser -All $true\n",
		// Qualified with another module.
		"ContosoTools\\Get-MsolUser -All\n",
		// The module name is not known.
		"Import-Module $moduleName\n",
	],
	invalid: [
		{
			// The import line carries the module finding; each cmdlet use its own, with its replacement.
			code: "Import-Module MSOnline\nConnect-MsolService\nGet-MsolUser -All | Set-MsolUserLicense -AddLicenses 'contoso:ENTERPRISEPACK'\n",
			errors: [
				{ ...msonline, line: 1, column: 15, endLine: 1, endColumn: 23 },
				{
					messageId: "retiredCmdlet",
					data: { cmdlet: "Connect-MsolService", module: "MSOnline", replacement: "Connect-MgGraph" },
					line: 2,
					column: 1,
					endLine: 2,
					endColumn: 20,
				},
				{
					messageId: "retiredCmdlet",
					data: { cmdlet: "Get-MsolUser", module: "MSOnline", replacement: "Get-MgUser" },
					line: 3,
					column: 1,
					endLine: 3,
					endColumn: 13,
				},
				{
					messageId: "retiredCmdlet",
					data: { cmdlet: "Set-MsolUserLicense", module: "MSOnline", replacement: "Set-MgUserLicense" },
					line: 3,
					column: 21,
					endLine: 3,
					endColumn: 40,
				},
			],
		},
		{
			// #Requires, by name and by hashtable.
			code: "#Requires -Modules MSOnline, @{ ModuleName = 'AzureAD'; ModuleVersion = '2.0.2.140' }\nWrite-Output 'start'\n",
			errors: [
				{ ...msonline, line: 1, column: 20, endLine: 1, endColumn: 28 },
				{ ...azureAD, line: 1, column: 47, endLine: 1, endColumn: 54 },
			],
		},
		{
			// Install-Module and a path to the manifest; AzureADPreview is named as written.
			code: "Install-Module AzureADPreview -Scope CurrentUser\nImport-Module 'C:\\Modules\\MSOnline\\MSOnline.psd1'\n",
			errors: [
				{
					messageId: "retiredModule",
					data: { module: "AzureADPreview", retired: "unsupported since March 30, 2025 and retired from July 2025" },
					line: 1,
					column: 16,
					endLine: 1,
					endColumn: 30,
				},
				{ ...msonline, line: 2, column: 15, endLine: 2, endColumn: 50 },
			],
		},
		{
			// The name in a variable, at Import-Module's first position: reported where it is used.
			code: '$module = "AzureADPreview"\nImport-Module $module\n',
			errors: [
				{
					messageId: "retiredModule",
					data: { module: "AzureADPreview", retired: "unsupported since March 30, 2025 and retired from July 2025" },
					line: 2,
					column: 15,
					endLine: 2,
					endColumn: 22,
				},
			],
		},
		{
			// Any letter case, module-qualified: the documented spelling is named.
			code: "connect-azuread\nAzureAD\\get-azureaduser -ObjectId $id\n",
			errors: [
				{
					messageId: "retiredCmdlet",
					data: { cmdlet: "Connect-AzureAD", module: "AzureAD", replacement: "Connect-MgGraph" },
					line: 1,
					column: 1,
					endLine: 1,
					endColumn: 16,
				},
				{
					messageId: "retiredCmdlet",
					data: { cmdlet: "Get-AzureADUser", module: "AzureAD", replacement: "Get-MgUser" },
					line: 2,
					column: 1,
					endLine: 2,
					endColumn: 24,
				},
			],
		},
		{
			// Several replacements, none, and a cmdlet the map does not name.
			code: "Set-MsolCompanySettings -UsersPermissionToReadOtherUsersEnabled $false\nSet-MsolADFSContext -Computer adfs01\nGet-AzureADAuditSignInLogs -Top 10\n",
			errors: [
				{
					messageId: "retiredCmdlet",
					data: { cmdlet: "Set-MsolCompanySettings", module: "MSOnline", replacement: "Update-MgOrganization or Update-MgPolicyAuthorizationPolicy" },
					line: 1,
					column: 1,
					endColumn: 24,
				},
				{ messageId: "noGraphCmdlet", data: { cmdlet: "Set-MsolADFSContext", module: "MSOnline" }, line: 2, column: 1, endColumn: 20 },
				{ messageId: "unmappedCmdlet", data: { cmdlet: "Get-AzureADAuditSignInLogs", module: "AzureAD" }, line: 3, column: 1, endColumn: 27 },
			],
		},
		{
			// Three replacements.
			code: "Get-MsolDirSyncProvisioningError -ErrorCategory PropertyConflict\n",
			errors: [
				{
					messageId: "retiredCmdlet",
					data: { cmdlet: "Get-MsolDirSyncProvisioningError", module: "MSOnline", replacement: "Get-MgGroup, Get-MgContact or Get-MgUser" },
					line: 1,
					column: 1,
					endColumn: 33,
				},
			],
		},
		{
			// Entra aliases cover AzureAD names only, not MSOnline ones.
			code: "Enable-EntraAzureADAlias\nGet-MsolUser\n",
			errors: [{ messageId: "retiredCmdlet", line: 2, column: 1, endColumn: 13 }],
		},
	],
});
