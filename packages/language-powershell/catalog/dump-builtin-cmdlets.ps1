<#
.SYNOPSIS
Dumps what PowerShell itself says about the built-in cmdlets miglint models:
their parameter sets, each parameter's type, aliases, and in each set whether
it is mandatory, its position and whether it takes the remaining arguments; and the common parameters every cmdlet takes.

.DESCRIPTION
The output, builtin-cmdlets.pwsh.json beside this script, is an input of
`pnpm generate` (which builds src/commands/cmdlet-catalog.json from it without
PowerShell). Re-dump it after changing the list below:

    pwsh -NoProfile -File packages/language-powershell/catalog/dump-builtin-cmdlets.ps1 > packages/language-powershell/catalog/builtin-cmdlets.pwsh.json

Dynamic parameters are those of the FileSystem provider (the location is set to
$PSHOME), as a script writing files sees them. Windows PowerShell 5.1 and
Windows-only cmdlets are not in the engine: windows-powershell.json documents them.
#>
Set-StrictMode -Version 3
$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSHOME

$cmdlets = @(
	'Add-Content', 'ConvertTo-Csv', 'ConvertTo-SecureString', 'Export-Csv', 'Get-Content', 'Get-PSSession', 'Import-Csv',
	'Import-Module', 'Import-PSSession', 'Join-Path', 'New-PSSession', 'Out-File', 'Remove-PSSession', 'Select-Object', 'Set-Content'
)

$common = [System.Management.Automation.Internal.CommonParameters].GetProperties().Name
# Position is Int32.MinValue for a parameter that is not positional.
$notPositional = [int]::MinValue

function Get-ParameterDump([System.Management.Automation.CommandInfo] $command) {
	$parameters = [ordered]@{}
	foreach ($set in $command.ParameterSets) {
		foreach ($parameter in $set.Parameters) {
			if ($common -contains $parameter.Name) { continue }
			if (-not $parameters.Contains($parameter.Name)) {
				$parameters[$parameter.Name] = [ordered]@{
					name    = $parameter.Name
					type    = $parameter.ParameterType.FullName
					aliases = @($parameter.Aliases | Sort-Object)
					sets    = [ordered]@{}
				}
			}
			$parameters[$parameter.Name].sets[$set.Name] = [ordered]@{
				mandatory = $parameter.IsMandatory
				position  = if ($parameter.Position -eq $notPositional) { $null } else { $parameter.Position }
				remaining = $parameter.ValueFromRemainingArguments
			}
		}
	}
	@($parameters.Values)
}

$dump = [ordered]@{
	powershell       = $PSVersionTable.PSVersion.ToString()
	platform         = $PSVersionTable.Platform
	commonParameters = @(
		foreach ($name in $common) {
			$property = [System.Management.Automation.Internal.CommonParameters].GetProperty($name)
			$alias = $property.GetCustomAttributes([System.Management.Automation.AliasAttribute], $false) | ForEach-Object AliasNames
			[ordered]@{ name = $name; type = $property.PropertyType.FullName; aliases = @($alias | Sort-Object) }
		}
	)
	cmdlets          = @(
		foreach ($name in $cmdlets) {
			$command = Get-Command -Name $name -CommandType Cmdlet
			[ordered]@{
				name                = $command.Name
				module              = $command.ModuleName
				defaultParameterSet = $command.DefaultParameterSet
				sets                = @($command.ParameterSets.Name)
				parameters          = Get-ParameterDump $command
			}
		}
	)
}
$dump | ConvertTo-Json -Depth 8
