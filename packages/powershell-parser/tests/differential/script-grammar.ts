import fc from "fast-check";

/**
 * Scripts generated from a small PowerShell grammar, weighted towards what
 * miglint reads: commands, their parameters and arguments, strings with
 * expansions, pipelines, assignments and blocks, with the separators and
 * continuations admins write. Built from fast-check combinators so that a
 * failing script shrinks to a minimal one.
 */

/** Recursion (statements in blocks, pipelines in parentheses) stays shallow: scripts of a few hundred characters, where shrinking is quick. */
const depth = { depthSize: "small", maxDepth: 3, depthIdentifier: "script" } as const;

const commandNames = [
	"Get-Item",
	"Export-Csv",
	"Out-File",
	"New-MigrationBatch",
	"ls",
	"%",
	"?",
	"foo.exe",
	".\\run.ps1",
	"Microsoft.PowerShell.Utility\\Export-Csv",
	"Get-Mailbox",
];
const parameterNames = ["Path", "Encoding", "NoTypeInformation", "f", "ErrorAction", "Verbose", "CSVData", "Name"];
const words = ["a", "C:\\Batches\\wave1.csv", "utf8", "1", "0x1F", "1MB", "a.b", "*.csv", "a-b", "x:y", "a=b", "\u00e9t\u00e9"];
const variables = ["$x", "$_", "$env:TEMP", "${a b}", "$script:count", "$PSScriptRoot", "$true", "$null", "$args[0]"];

const blank = fc.constantFrom(" ", "  ", "\t", " `\n  ", " `  ");
const statementSeparator = fc.constantFrom("\n", "; ", "\r\n", " # note\n", "\n\n");

const doubleQuotedPart = fc.constantFrom(
	"text",
	" ",
	'`"',
	"``",
	"$x",
	"$($x.Name)",
	"$(Get-Date -f 'yyyy')",
	"$",
	"'",
	"`t",
	"$env:TEMP",
	"$x: ",
	"$x?",
	'$($t.ToString(`"yyyy.MM.dd hh:mm:ss`"))',
);
const singleQuotedPart = fc.constantFrom("text", " ", "''", "$x", "`", '"');

export const script: fc.Arbitrary<string> = fc.letrec<{
	statement: string;
	statements: string;
	pipeline: string;
	command: string;
	element: string;
	value: string;
	primary: string;
}>((tie) => ({
	statements: fc
		.array(tie("statement"), { minLength: 1, maxLength: 3 })
		.chain((statements) =>
			fc
				.array(statementSeparator, { minLength: statements.length, maxLength: statements.length })
				.map((separators) => statements.map((statement, i) => statement + separators[i]!).join("")),
		),
	statement: fc.oneof(
		depth,
		{ weight: 6, arbitrary: tie("pipeline") },
		{
			weight: 2,
			arbitrary: fc
				.tuple(fc.constantFrom(...variables.slice(0, 5)), fc.constantFrom(" = ", " += ", "="), tie("pipeline"))
				.map(([left, operator, right]) => left + operator + right),
		},
		{ weight: 1, arbitrary: fc.tuple(tie("value"), tie("statements")).map(([condition, body]) => `if (${condition}) {\n${body}}`) },
		{ weight: 1, arbitrary: fc.tuple(tie("value"), tie("statements")).map(([items, body]) => `foreach ($item in ${items}) { ${body} }`) },
		{ weight: 1, arbitrary: tie("statements").map((body) => `function Invoke-Step {\n${body}}`) },
		{ weight: 1, arbitrary: tie("statements").map((body) => `try { ${body} } catch { $_.Exception.Message }`) },
		{
			weight: 1,
			arbitrary: fc.tuple(tie("value"), fc.constantFrom("", " 'a' { 1 }", " default { 2 }")).map(([value, clauses]) => `switch (${value}) {${clauses} }`),
		},
	),
	pipeline: fc.array(tie("command"), { minLength: 1, maxLength: 3 }).map((commands) => commands.join(" | ")),
	command: fc.oneof(
		depth,
		{
			weight: 4,
			arbitrary: fc
				.tuple(fc.constantFrom(...commandNames), fc.array(fc.tuple(blank, tie("element")), { maxLength: 4 }))
				.map(([name, elements]) => name + elements.map(([space, element]) => space + element).join("")),
		},
		{
			weight: 1,
			arbitrary: fc
				.tuple(fc.constantFrom("& ", ". ", "&"), tie("primary"), fc.array(fc.tuple(blank, tie("element")), { maxLength: 2 }))
				.map(([operator, name, elements]) => operator + name + elements.map(([space, element]) => space + element).join("")),
		},
		{ weight: 2, arbitrary: tie("value") },
		{
			weight: 1,
			arbitrary: fc
				.tuple(tie("command"), fc.constantFrom(" 2>&1", " > out.txt", " >> $log", " *> $null"))
				.map(([command, redirection]) => command + redirection),
		},
	),
	element: fc.oneof(
		depth,
		{ weight: 3, arbitrary: fc.constantFrom(...parameterNames).map((name) => `-${name}`) },
		{
			weight: 1,
			arbitrary: fc
				.tuple(fc.constantFrom(...parameterNames), fc.constantFrom(":", ": "), tie("primary"))
				.map(([name, colon, value]) => `-${name}${colon}${value}`),
		},
		{ weight: 4, arbitrary: tie("value") },
		{ weight: 1, arbitrary: fc.constantFrom("@params", "-", "--", "-1", "-$x") },
		// What may follow a variable in an argument: member access, or a `.`, `::` or `=` that starts the next argument.
		{
			weight: 1,
			arbitrary: fc
				.tuple(fc.constantFrom(...variables, "$?", "$$"), fc.constantFrom(".", "::", "=", "=b", "::Now", ".Name."))
				.map(([variable, after]) => variable + after),
		},
	),
	value: fc.oneof(
		depth,
		{ weight: 5, arbitrary: tie("primary") },
		{ weight: 1, arbitrary: fc.tuple(tie("primary"), tie("primary")).map(([a, b]) => `${a},${b}`) },
		{
			weight: 1,
			arbitrary: fc
				.tuple(tie("primary"), fc.constantFrom(" -eq ", " + ", " -f ", " -like ", " ?? "), tie("primary"))
				.map(([a, operator, b]) => a + operator + b),
		},
	),
	primary: fc.oneof(
		depth,
		{ weight: 4, arbitrary: fc.constantFrom(...words) },
		{ weight: 3, arbitrary: fc.constantFrom(...variables) },
		{ weight: 3, arbitrary: fc.array(doubleQuotedPart, { maxLength: 5 }).map((parts) => `"${parts.join("")}"`) },
		{ weight: 2, arbitrary: fc.array(singleQuotedPart, { maxLength: 4 }).map((parts) => `'${parts.join("")}'`) },
		{ weight: 1, arbitrary: tie("pipeline").map((pipeline) => `(${pipeline})`) },
		// A statement where a pipeline belongs: PowerShell reads its keyword as a command name.
		{ weight: 1, arbitrary: tie("statement").map((statement) => `(${statement})`) },
		{ weight: 1, arbitrary: tie("statements").map((statements) => `$(${statements})`) },
		{ weight: 1, arbitrary: tie("statements").map((statements) => `{ ${statements} }`) },
		{ weight: 1, arbitrary: tie("value").map((value) => `@{ Key = ${value}; 'Other' = 1 }`) },
		{ weight: 1, arbitrary: tie("value").map((value) => `@(${value})`) },
		{ weight: 1, arbitrary: fc.constantFrom("[int]$x", "[string]::Empty", "$x.Name", "$x.Trim()", "$x[0]", "$x?.Name", "[Text.Encoding]::UTF8") },
	),
})).statements;
