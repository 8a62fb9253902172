import type { Range, SourceLocation } from "./location.js";

/**
 * The AST. Names follow PowerShell's own `System.Management.Automation.Language`
 * where that helps rule authors who know it; every node has a `type`, a
 * `range` of UTF-16 offsets and a `loc`.
 */
export interface BaseNode {
	type: string;
	range: Range;
	loc: SourceLocation;
}

// ---- Script blocks -------------------------------------------------------

interface ScriptBlockShape extends BaseNode {
	/** `using` statements, which PowerShell only accepts before the `param` block. */
	usingStatements: UsingStatement[];
	paramBlock: ParamBlock | null;
	/** `begin`/`process`/`end`/`clean`/`dynamicparam` blocks; empty when the body is a plain statement list. */
	blocks: NamedBlock[];
	/** The statements of a body without named blocks. */
	statements: Statement[];
}

/** The whole file. */
export interface Program extends ScriptBlockShape {
	type: "Program";
}

/** `{ ... }`, as an expression, a function body or a command argument. */
export interface ScriptBlock extends ScriptBlockShape {
	type: "ScriptBlock";
}

export type NamedBlockKind = "begin" | "process" | "end" | "clean" | "dynamicparam";

export interface NamedBlock extends BaseNode {
	type: "NamedBlock";
	blockKind: NamedBlockKind;
	statements: Statement[];
}

export interface ParamBlock extends BaseNode {
	type: "ParamBlock";
	/** `[CmdletBinding()]`, `[OutputType(...)]` and the like written before `param`. */
	attributes: AttributeLike[];
	parameters: Parameter[];
}

export interface Parameter extends BaseNode {
	type: "Parameter";
	/** Attributes and type constraints in source order. */
	attributes: AttributeLike[];
	name: Variable;
	defaultValue: Expression | null;
}

/** `[Name(args)]`. */
export interface Attribute extends BaseNode {
	type: "Attribute";
	typeName: string;
	positionalArguments: Expression[];
	namedArguments: NamedAttributeArgument[];
}

/** `Name = value` or a bare `Name` (meaning `$true`) inside an attribute. */
export interface NamedAttributeArgument extends BaseNode {
	type: "NamedAttributeArgument";
	name: string;
	value: Expression | null;
}

/** `[TypeName]` used as a constraint (on a parameter, property or method). */
export interface TypeConstraint extends BaseNode {
	type: "TypeConstraint";
	typeName: string;
}

export type AttributeLike = Attribute | TypeConstraint;

// ---- Statements ----------------------------------------------------------

export type Statement =
	| Pipeline
	| PipelineChain
	| AssignmentStatement
	| IfStatement
	| SwitchStatement
	| ForEachStatement
	| ForStatement
	| WhileStatement
	| DoWhileStatement
	| DoUntilStatement
	| TryStatement
	| TrapStatement
	| FunctionDefinition
	| TypeDefinition
	| ReturnStatement
	| ThrowStatement
	| ExitStatement
	| BreakStatement
	| ContinueStatement
	| DataStatement
	| UsingStatement
	| ConfigurationDefinition
	| ErrorStatement;

export interface StatementBlock extends BaseNode {
	type: "StatementBlock";
	statements: Statement[];
}

export interface Pipeline extends BaseNode {
	type: "Pipeline";
	elements: PipelineElement[];
	/** Ends with `&`: runs as a background job. */
	background: boolean;
}

export type PipelineElement = Command | CommandExpression;

/** `a && b`, `a || b`; left-associative. */
export interface PipelineChain extends BaseNode {
	type: "PipelineChain";
	operator: "&&" | "||";
	left: Pipeline | PipelineChain;
	right: Pipeline;
	background: boolean;
}

export interface AssignmentStatement extends BaseNode {
	type: "AssignmentStatement";
	/** `=`, `+=`, `-=`, `*=`, `/=`, `%=`, `??=`. */
	operator: string;
	left: Expression;
	right: Statement;
}

export interface IfClause extends BaseNode {
	type: "IfClause";
	condition: Statement;
	body: StatementBlock;
}

export interface IfStatement extends BaseNode {
	type: "IfStatement";
	/** The `if` clause followed by every `elseif` clause. */
	clauses: IfClause[];
	elseClause: StatementBlock | null;
}

interface LabeledShape extends BaseNode {
	/** The `:label` before the statement, without the colon. */
	label: string | null;
}

interface LoopShape extends LabeledShape {
	body: StatementBlock;
}

export interface SwitchClause extends BaseNode {
	type: "SwitchClause";
	condition: Expression;
	body: StatementBlock;
}

export interface SwitchStatement extends LabeledShape {
	type: "SwitchStatement";
	/** Lower-case option names without the dash: `regex`, `wildcard`, `exact`, `casesensitive`, `file`, `parallel`. */
	options: string[];
	/** The `(...)` condition, or the path after `-file`. */
	condition: Statement | Expression | null;
	clauses: SwitchClause[];
	defaultClause: StatementBlock | null;
}

export interface ForEachStatement extends LoopShape {
	type: "ForEachStatement";
	options: string[];
	variable: Variable;
	iterable: Statement;
}

export interface ForStatement extends LoopShape {
	type: "ForStatement";
	initializer: Statement | null;
	condition: Statement | null;
	iterator: Statement | null;
}

export interface WhileStatement extends LoopShape {
	type: "WhileStatement";
	condition: Statement | null;
}

export interface DoWhileStatement extends LoopShape {
	type: "DoWhileStatement";
	condition: Statement | null;
}

export interface DoUntilStatement extends LoopShape {
	type: "DoUntilStatement";
	condition: Statement | null;
}

export interface CatchClause extends BaseNode {
	type: "CatchClause";
	catchTypes: TypeLiteral[];
	body: StatementBlock;
}

export interface TryStatement extends BaseNode {
	type: "TryStatement";
	body: StatementBlock;
	catchClauses: CatchClause[];
	finallyClause: StatementBlock | null;
}

export interface TrapStatement extends BaseNode {
	type: "TrapStatement";
	trapType: TypeLiteral | null;
	body: StatementBlock;
}

export interface FunctionDefinition extends BaseNode {
	type: "FunctionDefinition";
	kind: "function" | "filter" | "workflow";
	/** As written, including any scope prefix such as `global:`. */
	name: string;
	/** Parameters written in parentheses after the name; null when there are none. */
	parameters: Parameter[] | null;
	body: ScriptBlock;
}

export interface TypeDefinition extends BaseNode {
	type: "TypeDefinition";
	kind: "class" | "enum";
	name: string;
	attributes: AttributeLike[];
	baseTypes: string[];
	members: MemberDefinition[];
}

export type MemberDefinition = PropertyMember | FunctionMember | EnumMember;

export interface PropertyMember extends BaseNode {
	type: "PropertyMember";
	name: string;
	/** Lower-case `hidden` / `static`. */
	modifiers: string[];
	attributes: AttributeLike[];
	initialValue: Expression | null;
}

/** A method or, when the name is the class name, a constructor. */
export interface FunctionMember extends BaseNode {
	type: "FunctionMember";
	name: string;
	modifiers: string[];
	attributes: AttributeLike[];
	parameters: Parameter[];
	/** `: base(...)` on a constructor. */
	baseArguments: Expression[] | null;
	body: ScriptBlock;
}

export interface EnumMember extends BaseNode {
	type: "EnumMember";
	name: string;
	attributes: AttributeLike[];
	initialValue: Expression | null;
}

export interface ReturnStatement extends BaseNode {
	type: "ReturnStatement";
	argument: Statement | null;
}

export interface ThrowStatement extends BaseNode {
	type: "ThrowStatement";
	argument: Statement | null;
}

export interface ExitStatement extends BaseNode {
	type: "ExitStatement";
	argument: Statement | null;
}

export interface BreakStatement extends BaseNode {
	type: "BreakStatement";
	label: Expression | null;
}

export interface ContinueStatement extends BaseNode {
	type: "ContinueStatement";
	label: Expression | null;
}

export interface DataStatement extends BaseNode {
	type: "DataStatement";
	variable: string | null;
	supportedCommands: Expression[];
	body: StatementBlock;
}

export interface UsingStatement extends BaseNode {
	type: "UsingStatement";
	/** Lower-case: `namespace`, `module`, `assembly`, `type`. */
	usingKind: string;
	name: Expression | null;
}

export interface ConfigurationDefinition extends BaseNode {
	type: "ConfigurationDefinition";
	name: Expression;
	body: ScriptBlock;
}

/** Source skipped while recovering from a syntax error. */
export interface ErrorStatement extends BaseNode {
	type: "ErrorStatement";
}

// ---- Commands ------------------------------------------------------------

export interface Command extends BaseNode {
	type: "Command";
	/** `&` (call) or `.` (dot-source); null for a plain command. */
	invocationOperator: "&" | "." | null;
	/** The command name: a bare word for `Get-Item`, any expression after `&` or `.`. */
	name: Expression;
	/** Parameters and arguments after the name, in order. */
	elements: CommandElement[];
	redirections: Redirection[];
}

export type CommandElement = CommandParameter | Expression;

export interface CommandParameter extends BaseNode {
	type: "CommandParameter";
	/** The name as written, without the dash or a trailing colon. */
	name: string;
	/** The value of `-Name:value`; arguments written after a space are separate elements. */
	argument: Expression | null;
}

/** An expression used as a pipeline element, such as `$x` in `$x | Out-File f`. */
export interface CommandExpression extends BaseNode {
	type: "CommandExpression";
	expression: Expression;
	redirections: Redirection[];
}

export interface FileRedirection extends BaseNode {
	type: "FileRedirection";
	/** `1`..`6`, or `*` for all streams. */
	stream: string;
	append: boolean;
	target: Expression;
}

/** `2>&1` and the like. */
export interface MergingRedirection extends BaseNode {
	type: "MergingRedirection";
	fromStream: string;
	toStream: string;
}

export type Redirection = FileRedirection | MergingRedirection;

// ---- Expressions ---------------------------------------------------------

export type Expression =
	| BinaryExpression
	| UnaryExpression
	| TernaryExpression
	| ConvertExpression
	| ArrayLiteral
	| ArrayExpression
	| SubExpression
	| ParenExpression
	| Hashtable
	| ScriptBlock
	| MemberExpression
	| InvokeMemberExpression
	| IndexExpression
	| TypeLiteral
	| Variable
	| NumberConstant
	| StringConstant
	| ExpandableString
	| ErrorExpression;

export interface BinaryExpression extends BaseNode {
	type: "BinaryExpression";
	/** Lower case, with typographic dashes normalized: `-eq`, `-ilike`, `+`, `..`, `??`. */
	operator: string;
	left: Expression;
	right: Expression;
}

export interface UnaryExpression extends BaseNode {
	type: "UnaryExpression";
	/** `-not`, `!`, `-bnot`, `-`, `+`, `++`, `--`, `-split`, `-join`, `,`. */
	operator: string;
	prefix: boolean;
	argument: Expression;
}

/** PowerShell 7 `condition ? a : b`. */
export interface TernaryExpression extends BaseNode {
	type: "TernaryExpression";
	condition: Expression;
	consequent: Expression;
	alternate: Expression;
}

/** `[type]operand`. */
export interface ConvertExpression extends BaseNode {
	type: "ConvertExpression";
	typeName: string;
	expression: Expression;
}

/** `a, b, c`. */
export interface ArrayLiteral extends BaseNode {
	type: "ArrayLiteral";
	elements: Expression[];
}

/** `@( ... )`. */
export interface ArrayExpression extends BaseNode {
	type: "ArrayExpression";
	statements: Statement[];
}

/** `$( ... )`. */
export interface SubExpression extends BaseNode {
	type: "SubExpression";
	statements: Statement[];
}

/** `( pipeline )`. */
export interface ParenExpression extends BaseNode {
	type: "ParenExpression";
	pipeline: Statement | null;
}

export interface HashtableEntry extends BaseNode {
	type: "HashtableEntry";
	key: Expression;
	value: Statement | null;
}

/** `@{ key = value; ... }`. */
export interface Hashtable extends BaseNode {
	type: "Hashtable";
	entries: HashtableEntry[];
}

/** `obj.name`, `obj?.name`, `[type]::name`. */
export interface MemberExpression extends BaseNode {
	type: "MemberExpression";
	object: Expression;
	/** A bare-word StringConstant for `.Name`; any expression for `.$name` or `.("x")`. */
	member: Expression;
	static: boolean;
	nullConditional: boolean;
}

/** `obj.Name(args)`, `[type]::Name(args)`, `obj.ForEach{ ... }`. */
export interface InvokeMemberExpression extends BaseNode {
	type: "InvokeMemberExpression";
	object: Expression;
	member: Expression;
	arguments: Expression[];
	/** Type arguments of a generic method call such as `$list.Method[int]()`. */
	typeArguments: string[];
	static: boolean;
	nullConditional: boolean;
}

/** `obj[index]`, `obj?[index]`. */
export interface IndexExpression extends BaseNode {
	type: "IndexExpression";
	object: Expression;
	index: Expression;
	nullConditional: boolean;
}

/** `[type]` used as a value. */
export interface TypeLiteral extends BaseNode {
	type: "TypeLiteral";
	typeName: string;
}

export interface Variable extends BaseNode {
	type: "Variable";
	/** Without `$`/`@` and braces, scope kept: `x`, `env:PATH`, `script:count`, `a b` for `${a b}`. */
	name: string;
	/** `@name` in a command: splatting. */
	splatted: boolean;
	braced: boolean;
}

export interface NumberConstant extends BaseNode {
	type: "NumberConstant";
	/** The value with its multiplier applied; `0x10` is 16, `1KB` is 1024. */
	value: number;
}

export type StringKind = "BareWord" | "SingleQuoted" | "DoubleQuoted" | "SingleQuotedHereString" | "DoubleQuotedHereString" | "Verbatim";

/** A string without anything to expand: quoted, here-string or a bare word. */
export interface StringConstant extends BaseNode {
	type: "StringConstant";
	stringKind: StringKind;
	/** The text with quotes removed and escapes resolved. */
	value: string;
}

/** A string with `$var` or `$( )` inside, quoted or a bare word such as `$PSScriptRoot\x.ps1`. */
export interface ExpandableString extends BaseNode {
	type: "ExpandableString";
	stringKind: StringKind;
	/** The text between the quotes, as written. */
	value: string;
	/** The variables and sub-expressions, in order. */
	nestedExpressions: Expression[];
}

/** A missing or unparsable operand. */
export interface ErrorExpression extends BaseNode {
	type: "ErrorExpression";
}

export type Node =
	| Program
	| ScriptBlock
	| NamedBlock
	| ParamBlock
	| Parameter
	| Attribute
	| NamedAttributeArgument
	| TypeConstraint
	| Statement
	| StatementBlock
	| IfClause
	| SwitchClause
	| CatchClause
	| MemberDefinition
	| Command
	| CommandParameter
	| CommandExpression
	| Redirection
	| Expression
	| HashtableEntry;

export type NodeType = Node["type"];
