import type * as N from "../ast/nodes.js";
import { keptList } from "../ast/lists.js";
import type { RawToken } from "../lexer/token.js";
import { DefinitionParser } from "./definitions.js";
import { assignmentOperators, normalizeOperator } from "./operators.js";
import type { SharedState } from "./parser-core.js";
import type { TokenList } from "../lexer/token-list.js";
import { Char } from "../text/char-codes.js";

const namedBlockKinds: ReadonlySet<string> = new Set(["begin", "process", "end", "clean", "dynamicparam"]);

/** Script blocks and statements: the top of the grammar. */
export class Parser extends DefinitionParser {
	constructor(shared: SharedState, start: number, limit: number, tokens: TokenList | null, quoteEscapes = false) {
		super(shared, start, limit, tokens, quoteEscapes);
	}

	//G script-file:
	//G     script-block
	parseProgram(): N.Program {
		const body = this.parseScriptBlockContents(true);
		const end = this.next("command");
		return this.finishAt<N.Program>(0, end.end, { type: "Program", ...body });
	}

	//G sub-expression-contents:  (the text of '$(' ... ')' inside an expandable string)
	//G     statement-list?
	/** The statements of `$( )` inside a string; the text ends at this parser's limit. */
	parseEmbeddedStatements(): N.Statement[] {
		const statements = this.parseStatementList(true);
		this.next("command");
		return statements;
	}

	//G sub-expression-contents:
	//G     statement-list?
	protected parseEmbedded(start: number, limit: number, quoteEscapes: boolean): N.Statement[] {
		return new Parser(this.shared, start, limit, null, quoteEscapes).parseEmbeddedStatements();
	}

	//G script-block-expression:
	//G     '{' new-lines? script-block new-lines? '}'
	protected parseScriptBlockBody(start: number): N.ScriptBlock {
		if (!this.enter()) return this.finish<N.ScriptBlock>(start, { type: "ScriptBlock", usingStatements: [], paramBlock: null, blocks: [], statements: [] });
		const body = this.parseScriptBlockContents(false);
		this.expect("}", "command", "Missing closing '}' of the script block.");
		this.leave();
		return this.finish<N.ScriptBlock>(start, { type: "ScriptBlock", ...body });
	}

	//G script-block:
	//G     using-statements? param-block? statement-terminators? script-block-body?
	//G script-block-body:
	//G     named-block-list | statement-list
	private parseScriptBlockContents(topLevel: boolean): Omit<N.ScriptBlock, "type" | "range" | "loc"> {
		const usingStatements: N.UsingStatement[] = [];
		this.skipSeparators();
		while (this.isKeyword(this.peek("command"), "using")) {
			usingStatements.push(this.parseUsing(this.next("command")));
			this.skipSeparators();
		}
		const paramBlock = this.tryParamBlock();
		this.skipSeparators();
		const first = this.peek("command");
		if (first.type === "Keyword" && namedBlockKinds.has(this.tokenText(first).toLowerCase())) {
			return { usingStatements, paramBlock, blocks: this.parseNamedBlocks(topLevel), statements: [] };
		}
		return { usingStatements, paramBlock, blocks: [], statements: this.parseStatementList(topLevel) };
	}

	//G named-block-list:
	//G     named-block+
	//G named-block:
	//G     block-name statement-block statement-terminators?
	//G block-name: one of
	//G     'dynamicparam' 'begin' 'process' 'end' 'clean'
	private parseNamedBlocks(topLevel: boolean): N.NamedBlock[] {
		const blocks: N.NamedBlock[] = [];
		for (;;) {
			this.skipSeparators();
			const token = this.peek("command");
			if (token.type === "EndOfInput" || (!topLevel && this.is(token, "}"))) return blocks;
			const kind = this.tokenText(token).toLowerCase();
			if (token.type !== "Keyword" || !namedBlockKinds.has(kind)) {
				this.error("Only named blocks (begin, process, end, clean, dynamicparam) may follow one.", token.start, token.end);
				this.skipStatement();
				continue;
			}
			this.accept(token);
			const body = this.parseStatementBlock();
			blocks.push(this.finish<N.NamedBlock>(token.start, { type: "NamedBlock", blockKind: kind as N.NamedBlockKind, statements: body.statements }));
		}
	}

	//G statement-list:
	//G     statement (statement-terminators statement)*
	//G statement-terminators:
	//G     (';' | new-line-character)+
	protected parseStatementList(topLevel = false): N.Statement[] {
		const statements: N.Statement[] = [];
		for (;;) {
			this.skipSeparators();
			const token = this.peek("command");
			if (token.type === "EndOfInput") return keptList(statements);
			if (this.is(token, "}") || this.is(token, ")")) {
				if (!topLevel) return keptList(statements);
				this.accept(token);
				this.error(`Unexpected token '${this.tokenText(token)}'.`, token.start, token.end);
				continue;
			}
			const before = this.mark();
			const statement = this.parseStatement();
			if (statement === null) {
				statements.push(this.skipStatement());
				continue;
			}
			if (this.pos === before.pos) {
				// Nothing consumed (a token no statement starts with, such as a lone `@`): parsing
				// again here would loop forever, so report the token and skip past it.
				this.reset(before);
				this.error(`Unexpected token '${this.tokenText(token)}'.`, token.start, token.end);
				statements.push(this.skipStatement());
				continue;
			}
			statements.push(statement);
			const after = this.peek("command");
			const closedByBrace = this.text.charCodeAt(this.lastEnd - 1) === Char.CloseBrace;
			if (!closedByBrace && !this.endsStatement(after)) {
				this.error(`Unexpected token '${this.tokenText(after)}' in the statement.`, after.start, after.end);
				statements.push(this.skipStatement());
			}
		}
	}

	//G statement:
	//G     label? labeled-statement | if-statement | function-statement | class-statement | enum-statement
	//G     | flow-control-statement | trap-statement | try-statement | data-statement | inlinescript-statement
	//G     | parallel-statement | sequence-statement | configuration-statement | pipeline-chain
	protected parseStatement(): N.Statement | null {
		if (!this.enter()) return null;
		let token = this.peek("command");
		const start = token.start;
		let label: string | null = null;
		if (token.type === "Label") {
			this.accept(token);
			label = this.tokenText(token).slice(1);
			this.skipNewlines();
			token = this.peek("command");
		}
		let statement: N.Statement | null | undefined;
		if (token.type === "Keyword") statement = this.parseKeywordStatement(token, start, label);
		if (statement === undefined) {
			if (label !== null) this.error("A label must be followed by a loop or switch statement.", start, token.start);
			if (this.text.charCodeAt(token.start) === Char.OpenBracket) statement = this.tryAttributedTypeDefinition(start);
			statement ??= this.parsePipelineChain();
		}
		this.leave();
		return statement;
	}

	//G pipeline (in '( )', a condition, a foreach collection, a for part):
	//G     pipeline-chain, whose first keyword is a command name
	/**
	 * A pipeline chain where PowerShell takes a pipeline, not a statement: inside `( )`, a condition, the collection of
	 * foreach and the parts of for. A keyword there is a command name (`(if ($a) {1})` calls a command named if), as pwsh
	 * reads it.
	 */
	protected parsePipelineOnly(): N.Statement | null {
		if (!this.enter()) return null;
		const statement = this.parsePipelineChain();
		this.leave();
		return statement;
	}

	//G labeled-statement:
	//G     switch-statement | foreach-statement | for-statement | while-statement | do-statement
	//G flow-control-statement:
	//G     'break' label-expression? | 'continue' label-expression?
	//G     | 'throw' pipeline? | 'return' pipeline? | 'exit' pipeline?
	/** The statement a keyword starts; undefined when the keyword is used as a command name. */
	private parseKeywordStatement(token: RawToken, start: number, label: string | null): N.Statement | null | undefined {
		const keyword = this.tokenText(token).toLowerCase();
		switch (keyword) {
			case "if":
				return this.parseIf(token);
			case "switch":
				return this.parseSwitch(token, start, label);
			case "foreach":
				return this.parseForEach(token, start, label);
			case "for":
				return this.parseFor(token, start, label);
			case "while":
				return this.parseWhile(token, start, label);
			case "do":
				return this.parseDo(token, start, label);
			case "try":
				return this.parseTry(token);
			case "trap":
				return this.parseTrap(token);
			case "function":
			case "filter":
			case "workflow":
				return this.parseFunction(token, keyword);
			case "class":
			case "enum":
				return this.parseTypeDefinition(token.start, [], keyword);
			case "return":
			case "throw":
			case "exit":
				return this.parseFlowWithPipeline(token, keyword);
			case "break":
			case "continue":
				return this.parseBreakContinue(token, keyword);
			case "data":
				return this.parseData(token);
			case "using":
				this.accept(token);
				return this.parseUsing(token);
			case "configuration":
				return this.parseConfiguration(token);
			default:
				// Like PowerShell, a keyword out of place (`else` without `if`) is read as a command name.
				return undefined;
		}
	}

	//G pipeline-chain:
	//G     pipeline (('&&' | '||') new-lines? pipeline)* '&'?
	private parsePipelineChain(): N.Statement | null {
		const start = this.peek("command").start;
		const first = this.parsePipelineOrAssignment();
		if (first === null || first.type !== "Pipeline") return first;
		let left: N.Pipeline | N.PipelineChain = first;
		for (;;) {
			const token = this.peek("command");
			if (!this.is(token, "&&") && !this.is(token, "||")) return left;
			this.accept(token);
			this.skipNewlines();
			const right = this.parsePipelineOrAssignment();
			if (right === null || right.type !== "Pipeline") {
				this.error(`Missing a pipeline after '${this.tokenText(token)}'.`, token.end, token.end);
				return left;
			}
			left = this.finish<N.PipelineChain>(start, {
				type: "PipelineChain",
				operator: this.tokenText(token) as "&&" | "||",
				left,
				right,
				background: right.background,
			});
		}
	}

	//G pipeline:
	//G     assignment-expression | expression redirections? pipeline-tail? | command verbatim-command-argument? pipeline-tail?
	//G assignment-expression:
	//G     expression assignment-operator new-lines? statement
	private parsePipelineOrAssignment(): N.Pipeline | N.AssignmentStatement | null {
		const token = this.peek("command");
		const start = token.start;
		if (this.endsCommand(token) && !this.is(token, "&")) return null;
		if (!this.startsExpression(token)) return this.parsePipelineRest(start, this.parseCommand());
		const expression = this.parseExpression();
		const operator = this.peek("expression");
		if (operator.type === "Operator" && assignmentOperators.has(normalizeOperator(this.tokenText(operator)))) {
			this.accept(operator);
			this.skipNewlines();
			const right = this.parseStatement() ?? this.errorStatement(`Missing the value after '${this.tokenText(operator)}'.`);
			return this.finish<N.AssignmentStatement>(start, {
				type: "AssignmentStatement",
				operator: normalizeOperator(this.tokenText(operator)),
				left: expression,
				right,
			});
		}
		return this.parsePipelineRest(start, this.commandExpression(start, expression));
	}

	private errorStatement(message: string): N.ErrorStatement {
		this.error(message, this.pos, this.pos);
		return this.finishAt<N.ErrorStatement>(this.pos, this.pos, { type: "ErrorStatement" });
	}

	/** `[Attribute()] class ...`; null, with nothing consumed, for any other statement starting with `[`. */
	private tryAttributedTypeDefinition(start: number): N.TypeDefinition | null {
		const mark = this.mark();
		const attributes = this.parseAttributeLines();
		const keyword = this.peek("command");
		if (keyword.type === "Keyword" && (this.isKeyword(keyword, "class") || this.isKeyword(keyword, "enum"))) {
			return this.parseTypeDefinition(start, attributes, this.tokenText(keyword).toLowerCase() as "class" | "enum");
		}
		this.reset(mark);
		return null;
	}

	/** Skips line breaks when `wanted` holds for the token after them; otherwise consumes nothing. */
	private skipNewlinesBefore(wanted: (token: RawToken) => boolean): boolean {
		const mark = this.mark();
		this.skipNewlines();
		if (wanted(this.peek("command"))) return true;
		this.reset(mark);
		return false;
	}

	//G statement-block:
	//G     new-lines? '{' statement-list? new-lines? '}'
	private parseStatementBlock(): N.StatementBlock {
		this.skipNewlines();
		const open = this.peek("command");
		if (!this.is(open, "{")) {
			this.error("Missing '{' to open the statement block.", open.start, open.start);
			return this.finishAt<N.StatementBlock>(open.start, open.start, { type: "StatementBlock", statements: [] });
		}
		this.accept(open);
		const statements = this.parseStatementList();
		this.expect("}", "command", "Missing closing '}' of the statement block.");
		return this.finish<N.StatementBlock>(open.start, { type: "StatementBlock", statements });
	}

	//G condition:
	//G     '(' new-lines? pipeline new-lines? ')'
	/** `( pipeline )` after `if`, `while`, `switch` and the like. */
	private parseCondition(keyword: string): N.Statement | null {
		this.skipNewlines();
		if (!this.expect("(", "command", `Missing '(' after '${keyword}'.`)) return null;
		this.skipNewlines();
		const condition = this.is(this.peek("command"), ")") ? null : this.parsePipelineOnly();
		if (condition === null) this.error(`Missing the condition after '${keyword} ('.`, this.pos, this.pos);
		this.skipNewlines();
		this.expect(")", "command", `Missing closing ')' after the '${keyword}' condition.`);
		return condition;
	}

	//G if-statement:
	//G     'if' new-lines? '(' new-lines? pipeline new-lines? ')' statement-block elseif-clauses? else-clause?
	//G elseif-clause:
	//G     new-lines? 'elseif' new-lines? '(' new-lines? pipeline new-lines? ')' statement-block
	//G else-clause:
	//G     new-lines? 'else' statement-block
	private parseIf(keyword: RawToken): N.IfStatement {
		this.accept(keyword);
		const clauses: N.IfClause[] = [];
		let clauseStart = keyword.start;
		let elseClause: N.StatementBlock | null = null;
		for (;;) {
			const condition = this.parseCondition("if") ?? this.errorStatement("Missing the if condition.");
			const body = this.parseStatementBlock();
			clauses.push(this.finish<N.IfClause>(clauseStart, { type: "IfClause", condition, body }));
			if (!this.skipNewlinesBefore((t) => this.isKeyword(t, "elseif") || this.isKeyword(t, "else"))) break;
			const next = this.next("command");
			if (this.isKeyword(next, "else")) {
				elseClause = this.parseStatementBlock();
				break;
			}
			clauseStart = next.start;
		}
		return this.finish<N.IfStatement>(keyword.start, { type: "IfStatement", clauses, elseClause });
	}

	//G switch-statement:
	//G     'switch' new-lines? switch-parameters? switch-condition switch-body
	//G switch-parameter: one of
	//G     '-regex' '-wildcard' '-exact' '-casesensitive' '-parallel'
	//G switch-condition:
	//G     '(' new-lines? pipeline new-lines? ')' | '-file' new-lines? switch-filename
	//G switch-body:
	//G     new-lines? '{' new-lines? switch-clauses '}'
	//G switch-clause:
	//G     switch-clause-condition statement-block statement-terminators?
	private parseSwitch(keyword: RawToken, start: number, label: string | null): N.SwitchStatement {
		this.accept(keyword);
		const options: string[] = [];
		let condition: N.Statement | N.Expression | null = null;
		for (;;) {
			const token = this.peek("command");
			if (token.type !== "Parameter") break;
			this.accept(token);
			const option = this.tokenText(token).slice(1).replace(/:$/, "").toLowerCase();
			options.push(option);
			if (option === "file") {
				const next = this.peek("command");
				condition = this.endsCommand(next) ? this.errorExpression(next.start, "Missing the file path after '-file'.") : this.parseArgumentElement();
			}
		}
		if (condition === null) condition = this.parseCondition("switch");
		this.skipNewlines();
		const clauses: N.SwitchClause[] = [];
		let defaultClause: N.StatementBlock | null = null;
		const open = this.peek("command");
		if (this.expect("{", "command", "Missing '{' to open the switch body.")) {
			for (;;) {
				this.skipSeparators();
				const token = this.peek("command");
				if (this.is(token, "}") || token.type === "EndOfInput") break;
				if (this.endsCommand(token)) {
					this.skipStatement();
					continue;
				}
				if (this.isKeyword(token, "default")) {
					this.accept(token);
					defaultClause = this.parseStatementBlock();
					continue;
				}
				const clauseCondition = this.parseArgumentElement();
				const body = this.parseStatementBlock();
				clauses.push(this.finish<N.SwitchClause>(token.start, { type: "SwitchClause", condition: clauseCondition, body }));
			}
			// PowerShell rejects a switch without a clause (MissingSwitchConditionExpression), right after the '{'.
			if (clauses.length === 0 && defaultClause === null) this.error("Missing a clause in the switch body.", open.end, open.end);
			this.expect("}", "command", "Missing closing '}' of the switch body.");
		}
		return this.finish<N.SwitchStatement>(start, { type: "SwitchStatement", label, options, condition, clauses, defaultClause });
	}

	//G foreach-statement:
	//G     'foreach' new-lines? foreach-parameter? new-lines? '(' new-lines? variable new-lines? 'in' new-lines? pipeline new-lines? ')' statement-block
	//G foreach-parameter:
	//G     '-parallel'
	private parseForEach(keyword: RawToken, start: number, label: string | null): N.ForEachStatement {
		this.accept(keyword);
		const options: string[] = [];
		for (;;) {
			const token = this.peek("command");
			if (token.type !== "Parameter") break;
			this.accept(token);
			options.push(this.tokenText(token).slice(1).toLowerCase());
			if (/^-throttlelimit$/i.test(this.tokenText(token))) this.parseArgumentElement();
		}
		this.skipNewlines();
		this.expect("(", "command", "Missing '(' after 'foreach'.");
		this.skipNewlines();
		const token = this.peek("expression");
		let variable: N.Variable;
		if (token.type === "Variable") {
			this.accept(token);
			variable = this.variable(token);
		} else {
			this.error("Missing the variable in the foreach statement.", token.start, token.start);
			variable = this.finishAt<N.Variable>(token.start, token.start, { type: "Variable", name: "", splatted: false, braced: false });
		}
		this.skipNewlines();
		const inKeyword = this.peek("command");
		if (this.isKeyword(inKeyword, "in")) this.accept(inKeyword);
		else this.error("Missing 'in' in the foreach statement.", inKeyword.start, inKeyword.start);
		this.skipNewlines();
		const iterable = this.parsePipelineOnly() ?? this.errorStatement("Missing the collection in the foreach statement.");
		this.skipNewlines();
		this.expect(")", "command", "Missing closing ')' of the foreach statement.");
		const body = this.parseStatementBlock();
		return this.finish<N.ForEachStatement>(start, { type: "ForEachStatement", label, options, variable, iterable, body });
	}

	//G for-statement:
	//G     'for' new-lines? '(' new-lines? for-initializer? statement-terminator new-lines? for-condition? statement-terminator new-lines? for-iterator? new-lines? ')' statement-block
	//G     (the parts may also be left out from the end: 'for' '(' for-initializer? ')' and 'for' '(' for-initializer? ';' for-condition? ')')
	private parseFor(keyword: RawToken, start: number, label: string | null): N.ForStatement {
		this.accept(keyword);
		this.skipNewlines();
		this.expect("(", "command", "Missing '(' after 'for'.");
		const initializer = this.parseForPart(false);
		const condition = this.parseForPart(false);
		const iterator = this.parseForPart(true);
		this.expect(")", "command", "Missing closing ')' of the for statement.");
		const body = this.parseStatementBlock();
		return this.finish<N.ForStatement>(start, { type: "ForStatement", label, initializer, condition, iterator, body });
	}

	//G for-initializer: | for-condition: | for-iterator:
	//G     pipeline
	/** One part of `for ( ; ; )`; parts are separated by `;` or line breaks. */
	private parseForPart(last: boolean): N.Statement | null {
		this.skipNewlines();
		const token = this.peek("command");
		const part = this.is(token, ";") || this.is(token, ")") ? null : this.parsePipelineOnly();
		if (!last) {
			const separator = this.peek("command");
			if (this.is(separator, ";") || separator.type === "NewLine") this.accept(separator);
		}
		this.skipNewlines();
		return part;
	}

	//G while-statement:
	//G     'while' new-lines? '(' new-lines? while-condition new-lines? ')' statement-block
	//G while-condition:
	//G     new-lines? pipeline
	private parseWhile(keyword: RawToken, start: number, label: string | null): N.WhileStatement {
		this.accept(keyword);
		const condition = this.parseCondition("while");
		const body = this.parseStatementBlock();
		return this.finish<N.WhileStatement>(start, { type: "WhileStatement", label, condition, body });
	}

	//G do-statement:
	//G     'do' statement-block new-lines? 'while' new-lines? '(' while-condition new-lines? ')'
	//G     | 'do' statement-block new-lines? 'until' new-lines? '(' while-condition new-lines? ')'
	private parseDo(keyword: RawToken, start: number, label: string | null): N.DoWhileStatement | N.DoUntilStatement {
		this.accept(keyword);
		const body = this.parseStatementBlock();
		this.skipNewlinesBefore((t) => this.isKeyword(t, "while") || this.isKeyword(t, "until"));
		const token = this.peek("command");
		const isUntil = this.isKeyword(token, "until");
		if (isUntil || this.isKeyword(token, "while")) {
			this.accept(token);
		} else {
			this.error("Missing 'while' or 'until' after the do block.", token.start, token.start);
		}
		const condition = isUntil || this.isKeyword(token, "while") ? this.parseCondition(isUntil ? "until" : "while") : null;
		const type = isUntil ? "DoUntilStatement" : "DoWhileStatement";
		return this.finish<N.DoWhileStatement | N.DoUntilStatement>(start, { type, label, body, condition });
	}

	//G try-statement:
	//G     'try' statement-block catch-clauses
	//G     | 'try' statement-block finally-clause
	//G     | 'try' statement-block catch-clauses finally-clause
	//G catch-clause:
	//G     new-lines? 'catch' catch-type-list? statement-block
	//G catch-type-list:
	//G     new-lines? type-literal (new-lines? ',' new-lines? type-literal)*
	//G finally-clause:
	//G     new-lines? 'finally' statement-block
	private parseTry(keyword: RawToken): N.TryStatement {
		this.accept(keyword);
		const body = this.parseStatementBlock();
		const catchClauses: N.CatchClause[] = [];
		let finallyClause: N.StatementBlock | null = null;
		while (this.skipNewlinesBefore((t) => this.isKeyword(t, "catch"))) {
			const catchToken = this.next("command");
			const catchTypes: N.TypeLiteral[] = [];
			for (;;) {
				this.skipNewlines();
				if (!this.is(this.peek("expression"), "[")) break;
				const type = this.parseAttribute();
				catchTypes.push(this.finishAt<N.TypeLiteral>(type.range[0], type.range[1], { type: "TypeLiteral", typeName: type.typeName }));
				this.skipNewlines();
				if (!this.is(this.peek("expression"), ",")) break;
				this.accept(this.peek("expression"));
			}
			const catchBody = this.parseStatementBlock();
			catchClauses.push(this.finish<N.CatchClause>(catchToken.start, { type: "CatchClause", catchTypes, body: catchBody }));
		}
		if (this.skipNewlinesBefore((t) => this.isKeyword(t, "finally"))) {
			this.accept(this.peek("command"));
			finallyClause = this.parseStatementBlock();
		}
		if (catchClauses.length === 0 && finallyClause === null) {
			this.error("The try statement is missing its catch or finally block.", keyword.start, this.lastEnd);
		}
		return this.finish<N.TryStatement>(keyword.start, { type: "TryStatement", body, catchClauses, finallyClause });
	}

	//G trap-statement:
	//G     'trap' new-lines? type-literal? new-lines? statement-block
	private parseTrap(keyword: RawToken): N.TrapStatement {
		this.accept(keyword);
		this.skipNewlines();
		let trapType: N.TypeLiteral | null = null;
		if (this.is(this.peek("expression"), "[")) {
			const type = this.parseAttribute();
			trapType = this.finishAt<N.TypeLiteral>(type.range[0], type.range[1], { type: "TypeLiteral", typeName: type.typeName });
		}
		const body = this.parseStatementBlock();
		return this.finish<N.TrapStatement>(keyword.start, { type: "TrapStatement", trapType, body });
	}

	//G flow-control-statement:
	//G     'throw' pipeline? | 'return' pipeline? | 'exit' pipeline?
	private parseFlowWithPipeline(keyword: RawToken, kind: string): N.ReturnStatement | N.ThrowStatement | N.ExitStatement {
		this.accept(keyword);
		const next = this.peek("command");
		const argument = this.endsCommand(next) && !this.is(next, "&") ? null : this.parsePipelineChain();
		const type = kind === "return" ? "ReturnStatement" : kind === "throw" ? "ThrowStatement" : "ExitStatement";
		return this.finish<N.ReturnStatement | N.ThrowStatement | N.ExitStatement>(keyword.start, { type, argument });
	}

	//G flow-control-statement:
	//G     'break' label-expression? | 'continue' label-expression?
	//G label-expression:
	//G     simple-name | unary-expression
	private parseBreakContinue(keyword: RawToken, kind: string): N.BreakStatement | N.ContinueStatement {
		this.accept(keyword);
		const next = this.peek("command");
		const label = this.endsCommand(next) ? null : this.parseArgumentElement();
		const type = kind === "break" ? "BreakStatement" : "ContinueStatement";
		return this.finish<N.BreakStatement | N.ContinueStatement>(keyword.start, { type, label });
	}

	//G data-statement:
	//G     'data' new-lines? data-name? data-commands-allowed? statement-block
	//G data-commands-allowed:
	//G     new-lines? '-supportedcommand' data-commands-list
	private parseData(keyword: RawToken): N.DataStatement {
		this.accept(keyword);
		let variable: string | null = null;
		const supportedCommands: N.Expression[] = [];
		for (;;) {
			const token = this.peek("command");
			if (token.type === "Generic") {
				this.accept(token);
				variable = this.tokenText(token);
			} else if (token.type === "Parameter") {
				this.accept(token);
				const next = this.peek("command");
				if (!this.endsCommand(next)) supportedCommands.push(this.parseCommandArgument());
			} else {
				break;
			}
		}
		const body = this.parseStatementBlock();
		return this.finish<N.DataStatement>(keyword.start, { type: "DataStatement", variable, supportedCommands, body });
	}

	//G using-statement:
	//G     'using' 'namespace' type-name | 'using' 'module' (module-name | hash-literal-expression)
	//G     | 'using' 'assembly' assembly-name
	/** After `using`: `namespace X`, `module X`, `assembly X`. */
	private parseUsing(keyword: RawToken): N.UsingStatement {
		const kindToken = this.peek("command");
		let usingKind = "";
		if (!this.endsCommand(kindToken)) {
			this.accept(kindToken);
			usingKind = this.tokenText(kindToken).toLowerCase();
		} else {
			this.error("Missing 'namespace', 'module' or 'assembly' after 'using'.", kindToken.start, kindToken.start);
		}
		const next = this.peek("command");
		const name = this.endsCommand(next) ? null : this.parseCommandArgument();
		return this.finish<N.UsingStatement>(keyword.start, { type: "UsingStatement", usingKind, name });
	}

	//G configuration-statement:
	//G     'configuration' new-lines? command-argument new-lines? statement-block
	private parseConfiguration(keyword: RawToken): N.ConfigurationDefinition {
		this.accept(keyword);
		const next = this.peek("command");
		const name = this.endsCommand(next) ? this.errorExpression(next.start, "Missing the configuration name.") : this.parseArgumentElement();
		this.skipNewlines();
		const body = this.parseRequiredBody("Missing the configuration body.");
		return this.finish<N.ConfigurationDefinition>(keyword.start, { type: "ConfigurationDefinition", name, body });
	}
}
