# What PowerShell's own parser sees in a script: the oracle miglint's parser is tested against.
#
# Run once for many scripts: pwsh -NoProfile -NonInteractive -File parse-oracle.ps1
# Input on stdin, one JSON object a line: {"id": integer, "text": "script"} or {"id": integer, "path": "file"}.
# Output on stdout, one JSON object a line per input, in input order:
#   {"id", "errors": [{"id", "offset"}], "commands": [...]}  or  {"id", "failure": "message"} when the input could not be read.
# Each command: name (the first element as written), invocationOperator ("&", "." or null), the pipeline it belongs to
# ([start, end] and its position in the pipeline), statement (the AST type around the pipeline, without "Ast"),
# and its elements after the name: {"kind": "parameter", "name", "range", "argument"} for -Name or -Name:value,
# {"kind": "argument", "range", "value"} otherwise. Ranges are [start, end) UTF-16 offsets into the text;
# value is the constant string PowerShell reads (a string constant, or an expandable string with nothing to expand), else null.
# A blank line or the end of stdin ends the run.

Set-StrictMode -Version 3
$ErrorActionPreference = "Stop"
$utf8 = [System.Text.UTF8Encoding]::new($false)
[Console]::InputEncoding = $utf8
[Console]::OutputEncoding = $utf8
# Every character as itself (the client reads UTF-8), and no indentation: one result a line.
$jsonOptions = [System.Text.Json.JsonSerializerOptions]::new()
$jsonOptions.Encoder = [System.Text.Encodings.Web.JavaScriptEncoder]::UnsafeRelaxedJsonEscaping

function Get-RangeOf([System.Management.Automation.Language.Ast] $ast) {
	return , @($ast.Extent.StartOffset, $ast.Extent.EndOffset)
}

function Get-ConstantValue([System.Management.Automation.Language.Ast] $ast) {
	if ($ast -is [System.Management.Automation.Language.StringConstantExpressionAst]) { return $ast.Value }
	if ($ast -is [System.Management.Automation.Language.ExpandableStringExpressionAst] -and $ast.NestedExpressions.Count -eq 0) { return $ast.Value }
	return $null
}

function Get-ElementsOf([System.Management.Automation.Language.CommandAst] $command) {
	$elements = [System.Collections.Generic.List[object]]::new()
	for ($i = 1; $i -lt $command.CommandElements.Count; $i++) {
		$element = $command.CommandElements[$i]
		if ($element -is [System.Management.Automation.Language.CommandParameterAst]) {
			$argument = $null
			if ($null -ne $element.Argument) { $argument = [ordered]@{ range = Get-RangeOf $element.Argument; value = Get-ConstantValue $element.Argument } }
			$elements.Add([ordered]@{ kind = "parameter"; name = $element.ParameterName; range = Get-RangeOf $element; argument = $argument })
		} else {
			$elements.Add([ordered]@{ kind = "argument"; range = Get-RangeOf $element; value = Get-ConstantValue $element })
		}
	}
	return , $elements
}

# Calls back into PowerShell for commands only: a FindAll predicate would run a script block for every node.
# AstVisitor2, not AstVisitor: only it goes into class and DSC resource members.
class CommandCollector : System.Management.Automation.Language.AstVisitor2 {
	[System.Collections.Generic.List[System.Management.Automation.Language.CommandAst]] $Commands = [System.Collections.Generic.List[System.Management.Automation.Language.CommandAst]]::new()

	[System.Management.Automation.Language.AstVisitAction] VisitCommand([System.Management.Automation.Language.CommandAst] $command) {
		$this.Commands.Add($command)
		return [System.Management.Automation.Language.AstVisitAction]::Continue
	}
}

function Get-CommandsOf([System.Management.Automation.Language.Ast] $root) {
	$collector = [CommandCollector]::new()
	$root.Visit($collector)
	$commands = [System.Collections.Generic.List[object]]::new()
	foreach ($command in $collector.Commands) {
		$pipeline = $command.Parent
		$statement = $pipeline.Parent
		$operator = $null
		if ($command.InvocationOperator -eq [System.Management.Automation.Language.TokenKind]::Ampersand) { $operator = "&" }
		elseif ($command.InvocationOperator -eq [System.Management.Automation.Language.TokenKind]::Dot) { $operator = "." }
		$statementKind = if ($null -eq $statement) { $null } else { $statement.GetType().Name -replace 'Ast$' }
		$commands.Add([ordered]@{
			name = $command.CommandElements[0].Extent.Text
			nameRange = Get-RangeOf $command.CommandElements[0]
			invocationOperator = $operator
			pipeline = [ordered]@{ range = Get-RangeOf $pipeline; position = $pipeline.PipelineElements.IndexOf($command) }
			statement = $statementKind
			elements = Get-ElementsOf $command
		})
	}
	return , $commands
}

function Get-ParseOf([string] $text) {
	$tokens = $null
	$errors = $null
	$ast = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref] $tokens, [ref] $errors)
	$errorList = [System.Collections.Generic.List[object]]::new()
	foreach ($parseError in $errors) { $errorList.Add([ordered]@{ id = $parseError.ErrorId; offset = $parseError.Extent.StartOffset }) }
	return [ordered]@{ errors = $errorList; commands = Get-CommandsOf $ast }
}

while ($true) {
	$line = [Console]::In.ReadLine()
	if ([string]::IsNullOrEmpty($line)) { break }
	$id = $null
	try {
		$request = [System.Text.Json.JsonDocument]::Parse($line).RootElement
		$id = $request.GetProperty("id").GetInt64()
		$property = [System.Text.Json.JsonElement]::new()
		$text = if ($request.TryGetProperty("text", [ref] $property)) { $property.GetString() } else { [System.IO.File]::ReadAllText($request.GetProperty("path").GetString()) }
		$result = Get-ParseOf $text
		$result.Insert(0, "id", $id)
	} catch {
		$result = [ordered]@{ id = $id; failure = $_.Exception.Message }
	}
	[Console]::Out.WriteLine([System.Text.Json.JsonSerializer]::Serialize($result, $jsonOptions))
	[Console]::Out.Flush()
}
