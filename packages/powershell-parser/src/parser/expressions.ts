import type * as N from "../ast/nodes.js";
import { keptList } from "../ast/lists.js";
import { scanNumber } from "../lexer/numbers.js";
import { DRIVE_WITHOUT_NAME } from "../lexer/lexer.js";
import type { RawToken } from "../lexer/token.js";
import { scanEmbeddedExpressions } from "./embedded.js";
import { isPrefixOperator, normalizeOperator, Precedence, precedenceOf } from "./operators.js";
import { TypeParser } from "./types.js";
import { unescapeBackticks, unescapeBareWord, unescapeDoubleQuoted, unescapeSingleQuoted } from "./unescape.js";
import { Char } from "../text/char-codes.js";
import { isNewline, isWhitespace } from "../text/characters.js";

/** Parses PowerShell expressions with their precedence, and the primaries commands share. */
export abstract class ExpressionParser extends TypeParser {
	/** A statement that yields a value: a pipeline, an assignment, or a flow statement. */
	protected abstract parseStatement(): N.Statement | null;
	/** A pipeline where PowerShell takes one and no other statement (inside `( )`): a keyword there is a command name. */
	protected abstract parsePipelineOnly(): N.Statement | null;
	/** Statements up to the closing `)` or `}`, which is left unconsumed. */
	protected abstract parseStatementList(): N.Statement[];
	/** The inside of `{ }`, after the `{`. */
	protected abstract parseScriptBlockBody(start: number): N.ScriptBlock;
	/** The statements of text inside a string, parsed by a separate parser. */
	protected abstract parseEmbedded(start: number, limit: number, quoteEscapes: boolean): N.Statement[];

	//G expression:
	//G     logical-expression ('?' new-lines? expression new-lines? ':' new-lines? expression)?
	/** A full expression: ternary, binary and unary operators; `allowComma` false inside argument lists. */
	parseExpression(allowComma = true): N.Expression {
		const start = this.peek("expression").start;
		const condition = this.parseBinary(Precedence.Logical, allowComma);
		const question = this.peek("expression");
		if (!this.is(question, "?")) return condition;
		this.accept(question);
		this.skipNewlines();
		const consequent = this.parseExpression(allowComma);
		this.skipNewlines();
		const alternate = this.expect(":", "expression", "Missing ':' in the ternary expression.")
			? (this.skipNewlines(), this.parseExpression(allowComma))
			: this.errorExpression(this.pos, "Missing the ternary expression's else branch.");
		return this.finish<N.TernaryExpression>(start, { type: "TernaryExpression", condition, consequent, alternate });
	}

	//G logical-expression:
	//G     bitwise-expression (('-and' | '-or' | '-xor') new-lines? bitwise-expression)*
	//G bitwise-expression:
	//G     comparison-expression (('-band' | '-bor' | '-bxor' | '-shl' | '-shr') new-lines? comparison-expression)*
	//G comparison-expression:
	//G     coalesce-expression ((comparison-operator | '-is' | '-isnot' | '-as' | '-join') new-lines? coalesce-expression)*
	//G coalesce-expression:
	//G     additive-expression ('??' new-lines? additive-expression)*
	//G additive-expression:
	//G     multiplicative-expression (('+' | '-') new-lines? multiplicative-expression)*
	//G multiplicative-expression:
	//G     format-expression (('*' | '/' | '%') new-lines? format-expression)*
	//G format-expression:
	//G     range-expression ('-f' new-lines? range-expression)*
	//G range-expression:
	//G     array-literal-expression ('..' new-lines? array-literal-expression)*
	//G array-literal-expression:
	//G     unary-expression (',' new-lines? unary-expression)*
	/**
	 * Precedence climbing, iterative within one level so long chains do not
	 * deepen the stack. The operands are unary expressions joined by `,`
	 * (which binds tighter than every binary operator), read here rather than
	 * in a function of their own to keep nesting cheap on the stack.
	 */
	private parseBinary(minimum: Precedence, allowComma: boolean): N.Expression {
		const start = this.peek("expression").start;
		let left = this.parseUnary();
		if (allowComma && this.is(this.peek("expression"), ",")) {
			const elements = [left];
			while (this.is(this.peek("expression"), ",")) {
				this.accept(this.peek("expression"));
				this.skipNewlines();
				elements.push(this.parseUnary());
			}
			left = this.finish<N.ArrayLiteral>(start, { type: "ArrayLiteral", elements });
		}
		for (;;) {
			const token = this.peek("expression");
			if (token.type !== "Operator") return left;
			const operator = normalizeOperator(this.tokenText(token));
			const precedence = precedenceOf(operator);
			if (precedence === Precedence.None || precedence < minimum) return left;
			this.accept(token);
			this.skipNewlines();
			// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- one level above the operator's: left-associative
			const right = this.parseBinary(precedence + 1, allowComma);
			left = this.finish<N.BinaryExpression>(start, { type: "BinaryExpression", operator, left, right });
		}
	}

	//G unary-expression:
	//G     primary-expression | expression-with-unary-operator
	//G expression-with-unary-operator:
	//G     (',' | '-not' | '!' | '-bnot' | '+' | '-' | '-split' | '-join' | '++' | '--') new-lines? unary-expression
	//G     | cast-expression
	protected parseUnary(): N.Expression {
		if (!this.enter()) return this.errorExpression(this.pos, "Expected an expression.");
		const token = this.peek("expression");
		const start = token.start;
		let result: N.Expression | null = null;
		if (token.type === "Operator" || this.is(token, ",")) {
			const operator = normalizeOperator(this.tokenText(token));
			if (operator === "," || isPrefixOperator(operator)) {
				this.accept(token);
				this.skipNewlines();
				const argument = this.parseUnary();
				result = this.finish<N.UnaryExpression>(start, { type: "UnaryExpression", operator, prefix: true, argument });
			}
		}
		if (result === null)
			result = this.is(token, "[") ? this.parseTypeOrCast(token) : this.parsePostfix(this.primaryFrom(token) ?? this.missingPrimary(token), start);
		this.leave();
		return result;
	}

	//G cast-expression:
	//G     type-literal unary-expression
	//G type-literal:
	//G     '[' type-spec ']'
	//G (a type literal alone is a primary expression; '[type]::Member' is member access on it)
	/** `[type]` alone, `[type]::Member`, or a cast `[type]operand`. */
	private parseTypeOrCast(open: RawToken): N.Expression {
		const start = open.start;
		const attribute = this.parseAttribute();
		const next = this.peek("expression");
		if (attribute.type === "TypeConstraint" && (this.is(next, "::") || this.is(next, ".")) && next.trivia === null) {
			const literal = this.finishAt<N.TypeLiteral>(start, attribute.range[1], { type: "TypeLiteral", typeName: attribute.typeName });
			return this.parsePostfix(literal, start);
		}
		if (this.startsOperand(next)) {
			const expression = this.parseUnary();
			return this.finish<N.ConvertExpression>(start, { type: "ConvertExpression", typeName: attribute.typeName, expression });
		}
		return this.finishAt<N.TypeLiteral>(start, attribute.range[1], { type: "TypeLiteral", typeName: attribute.typeName });
	}

	/** Whether `token` (read in expression mode) can begin the operand of a cast. */
	private startsOperand(token: RawToken): boolean {
		switch (token.type) {
			case "Variable":
			case "SplattedVariable":
			case "Number":
			case "String":
			case "ExpandableString":
			case "HereString":
			case "ExpandableHereString":
				return true;
			case "Operator": {
				const operator = normalizeOperator(this.tokenText(token));
				return (
					operator === "-" || operator === "!" || operator === "-not" || operator === "+" || operator === "++" || operator === "--" || operator === "-bnot"
				);
			}
			case "Punctuator":
				return this.is(token, "(") || this.is(token, "$(") || this.is(token, "@(") || this.is(token, "@{") || this.is(token, "[") || this.is(token, "{");
			default:
				return false;
		}
	}

	/** Where an expression should start but `token` starts none: an error, consuming a stray word. */
	private missingPrimary(token: RawToken): N.Expression {
		if (token.type === "Generic" && this.text.charCodeAt(token.start) === Char.Backtick) {
			// PowerShell reads a word of escaped characters, such as `"`" inside `$( )` in a string, as a bare word.
			this.accept(token);
			return this.bareWord(token);
		}
		if (token.type === "Generic" || token.type === "Identifier" || token.type === "Keyword" || token.type === "Parameter") {
			this.accept(token);
			this.error(`Unexpected token '${this.tokenText(token)}' in expression.`, token.start, token.end);
			return this.bareWord(token);
		}
		return this.errorExpression(token.start, "Expected an expression.");
	}

	/** The primaries every mode shares; null (and nothing consumed) when `token` starts none. */
	protected primaryFrom(token: RawToken): N.Expression | null {
		switch (token.type) {
			case "Variable":
			case "SplattedVariable":
				this.accept(token);
				return this.variable(token);
			case "Number": {
				this.accept(token);
				const value = scanNumber(this.text, token.start, token.end)?.value ?? Number.NaN;
				return this.finish<N.NumberConstant>(token.start, { type: "NumberConstant", value });
			}
			case "String":
			case "HereString":
			case "ExpandableString":
			case "ExpandableHereString":
				this.accept(token);
				return this.stringLiteral(token);
			case "Punctuator":
				break;
			default:
				return null;
		}
		const start = token.start;
		if (this.is(token, "(")) {
			this.accept(token);
			this.skipNewlines();
			const pipeline = this.is(this.peek("command"), ")") ? null : this.parsePipelineOnly();
			if (pipeline === null) this.error("Expected an expression inside '( )'.", this.pos, this.pos);
			this.skipNewlines();
			this.expect(")", "command", "Missing closing ')'.");
			return this.finish<N.ParenExpression>(start, { type: "ParenExpression", pipeline });
		}
		if (this.is(token, "$(") || this.is(token, "@(")) {
			this.accept(token);
			const statements = this.parseStatementList();
			this.expect(")", "command", "Missing closing ')'.");
			const type = this.is(token, "$(") ? "SubExpression" : "ArrayExpression";
			return this.finish<N.SubExpression | N.ArrayExpression>(start, { type, statements });
		}
		if (this.is(token, "@{")) {
			this.accept(token);
			return this.parseHashtable(start);
		}
		if (this.is(token, "{")) {
			this.accept(token);
			return this.parseScriptBlockBody(start);
		}
		return null;
	}

	//G primary-expression:
	//G     value | member-access | element-access | invocation-expression
	//G     | post-increment-expression | post-decrement-expression
	//G element-access:
	//G     primary-expression '[' new-lines? expression new-lines? ']'
	//G post-increment-expression:
	//G     primary-expression '++'
	/**
	 * Member access, invocation and indexing written right after `target`, and
	 * `++`/`--`; in a command argument only without blanks before them (`$PR --repo` is two arguments).
	 */
	protected parsePostfix(target: N.Expression, start: number, inCommandArgument = false): N.Expression {
		let node = target;
		for (;;) {
			const token = this.peek("member");
			if (token.trivia !== null) {
				if (inCommandArgument || (!this.is(token, "++") && !this.is(token, "--"))) return node;
				this.accept(token);
				return this.finish<N.UnaryExpression>(start, { type: "UnaryExpression", operator: this.tokenText(token), prefix: false, argument: node });
			}
			let nullConditional = false;
			let operator = token;
			if (this.is(token, "?")) {
				const after = this.text.charCodeAt(token.end);
				if (after !== Char.Dot && after !== Char.OpenBracket) return node;
				this.accept(token);
				operator = this.peek("member");
				nullConditional = true;
			}
			if (this.is(operator, "[")) {
				this.accept(operator);
				this.skipNewlines();
				const index = this.parseExpression();
				this.skipNewlines();
				this.expect("]", "expression", "Missing closing ']' of the index.");
				node = this.finish<N.IndexExpression>(start, { type: "IndexExpression", object: node, index, nullConditional });
			} else if (this.is(operator, ".") || this.is(operator, "::")) {
				// In a command argument, a `.` or `::` followed by a blank, a line break or the end of the script is no member
				// access: it ends the argument and starts the next (`Write-Host $name.` is two arguments, `$name` and `.`).
				if (inCommandArgument && !nullConditional && this.endsArgumentAt(operator.end)) return node;
				this.accept(operator);
				node = this.parseMember(node, start, this.is(operator, "::"), nullConditional);
			} else if (!nullConditional && (this.is(operator, "++") || this.is(operator, "--"))) {
				this.accept(operator);
				const postfix = this.tokenText(operator);
				node = this.finish<N.UnaryExpression>(start, { type: "UnaryExpression", operator: postfix, prefix: false, argument: node });
			} else {
				if (nullConditional) this.error("Expected '.' or '[' after '?'.", operator.start, operator.end);
				return node;
			}
		}
	}

	/**
	 * Whether the character at `position` ends a command argument written before it: a blank, a line break, a NUL or
	 * the end of the script, the characters after which PowerShell's tokenizer takes no `.` or `::` for member access
	 * in command mode (GetMemberAccessOperator).
	 */
	private endsArgumentAt(position: number): boolean {
		if (position >= this.text.length) return true;
		const c = this.text.charCodeAt(position);
		return c === 0 || isWhitespace(c) || isNewline(c);
	}

	//G member-access:
	//G     primary-expression ('.' | '?.' | '::') new-lines? member-name
	//G invocation-expression:
	//G     primary-expression ('.' | '?.' | '::') member-name argument-list
	private parseMember(object: N.Expression, start: number, isStatic: boolean, nullConditional: boolean): N.Expression {
		// In an expression, a line may end with the `.` of a member access that the next line completes (in a command
		// argument, parsePostfix leaves such a `.` to the next argument).
		if (this.peek("member").type === "NewLine") this.skipNewlines();
		const token = this.peek("member");
		let member: N.Expression;
		if (token.type === "Identifier") {
			this.accept(token);
			member = this.bareWord(token);
		} else {
			member = this.primaryFrom(token) ?? this.errorExpression(token.start, "Expected a member name.");
		}
		const typeArguments = this.tryGenericMethodArguments();
		const next = this.peek("expression");
		if (next.trivia === null && this.is(next, "(")) {
			this.accept(next);
			const args = this.parseArgumentList();
			return this.finish<N.InvokeMemberExpression>(start, {
				type: "InvokeMemberExpression",
				object,
				member,
				arguments: args,
				typeArguments,
				static: isStatic,
				nullConditional,
			});
		}
		if (next.trivia === null && this.is(next, "{")) {
			// `.ForEach{ }` and `.Where{ }` take a script block without parentheses.
			this.accept(next);
			const block = this.parseScriptBlockBody(next.start);
			return this.finish<N.InvokeMemberExpression>(start, {
				type: "InvokeMemberExpression",
				object,
				member,
				arguments: [block],
				typeArguments,
				static: isStatic,
				nullConditional,
			});
		}
		return this.finish<N.MemberExpression>(start, { type: "MemberExpression", object, member, static: isStatic, nullConditional });
	}

	/** `[int, string]` between a method name and its `(`, as in `$list.Method[int]()`; empty when absent. */
	private tryGenericMethodArguments(): string[] {
		const open = this.peek("expression");
		if (open.trivia !== null || !this.is(open, "[")) return [];
		const mark = this.mark();
		this.accept(open);
		const names: string[] = [];
		for (;;) {
			const nameStart = this.peek("typeName").start;
			if (this.peek("typeName").type !== "Identifier") break;
			this.parseTypeName();
			names.push(this.text.slice(nameStart, this.lastEnd));
			const separator = this.peek("typeName");
			if (this.is(separator, ",")) {
				this.accept(separator);
				continue;
			}
			if (!this.is(separator, "]")) break;
			this.accept(separator);
			const paren = this.peek("expression");
			if (paren.trivia === null && this.is(paren, "(")) return names;
			break;
		}
		this.reset(mark);
		return [];
	}

	//G argument-list:
	//G     '(' argument-expression-list? new-lines? ')'
	//G argument-expression-list:
	//G     argument-expression (new-lines? ',' new-lines? argument-expression)*
	/** Method arguments after `(`, through the `)`. */
	private parseArgumentList(): N.Expression[] {
		const args: N.Expression[] = [];
		this.skipNewlines();
		if (this.is(this.peek("expression"), ")")) {
			this.accept(this.peek("expression"));
			return keptList(args);
		}
		for (;;) {
			args.push(this.parseExpression(false));
			this.skipNewlines();
			const token = this.peek("expression");
			if (this.is(token, ",")) {
				this.accept(token);
				this.skipNewlines();
				continue;
			}
			this.expect(")", "expression", "Missing ')' after the method arguments.");
			return keptList(args);
		}
	}

	//G hash-literal-expression:
	//G     '@{' new-lines? hash-literal-body? new-lines? '}'
	//G hash-literal-body:
	//G     hash-entry (statement-terminators hash-entry)*
	//G hash-entry:
	//G     key-expression '=' new-lines? statement
	/** The inside of `@{ }`, after `@{`. */
	private parseHashtable(start: number): N.Hashtable {
		const entries: N.HashtableEntry[] = [];
		for (;;) {
			this.skipSeparators();
			const token = this.peek("hashKey");
			if (this.is(token, "}") || token.type === "EndOfInput") break;
			const entryStart = token.start;
			let key: N.Expression;
			if (token.type === "Identifier") {
				this.accept(token);
				key = this.bareWord(token);
			} else {
				key = this.parseUnary();
			}
			let value: N.Statement | null = null;
			if (this.expect("=", "expression", "Missing '=' after the key in the hash literal.")) {
				this.skipNewlines();
				value = this.parseStatement();
				if (value === null) this.error("Missing a value after '=' in the hash literal.", this.pos, this.pos);
			} else {
				this.recoverInHashtable();
			}
			entries.push(this.finish<N.HashtableEntry>(entryStart, { type: "HashtableEntry", key, value }));
			const separator = this.peek("command");
			if (!(separator.type === "NewLine" || this.is(separator, ";") || this.is(separator, "}"))) {
				this.error("Expected a line break or ';' between hash literal entries.", separator.start, separator.start);
				this.recoverInHashtable();
			}
		}
		this.expect("}", "command", "Missing closing '}' of the hash literal.");
		return this.finish<N.Hashtable>(start, { type: "Hashtable", entries: keptList(entries) });
	}

	private recoverInHashtable(): void {
		for (;;) {
			const token = this.peek("command");
			if (token.type === "EndOfInput" || token.type === "NewLine" || this.is(token, ";") || this.is(token, "}")) return;
			this.accept(token);
		}
	}

	protected variable(token: RawToken): N.Variable {
		const splatted = token.type === "SplattedVariable";
		let name = this.text.slice(token.start + 1, token.end);
		const braced = name.startsWith("{");
		if (braced) name = unescapeBackticks(name.slice(1, name.endsWith("}") ? -1 : undefined));
		return this.finishAt<N.Variable>(token.start, token.end, { type: "Variable", name, splatted, braced });
	}

	protected bareWord(token: RawToken): N.StringConstant {
		const value = unescapeBareWord(this.tokenText(token));
		return this.finishAt<N.StringConstant>(token.start, token.end, { type: "StringConstant", stringKind: "BareWord", value });
	}

	/** A command-mode bare word: a constant, or an expandable string when it holds `$name` or `$( )`. */
	protected genericArgument(token: RawToken): N.StringConstant | N.ExpandableString {
		const nested = this.embedded(token.start, token.end, "bareWord");
		if (nested.length === 0) return this.bareWord(token);
		const value = this.tokenText(token);
		return this.finishAt<N.ExpandableString>(token.start, token.end, { type: "ExpandableString", stringKind: "BareWord", value, nestedExpressions: nested });
	}

	private stringLiteral(token: RawToken): N.StringConstant | N.ExpandableString {
		const raw = this.tokenText(token);
		const here = token.type === "HereString" || token.type === "ExpandableHereString";
		const [bodyStart, bodyEnd] = here ? hereStringBody(raw, token.error === null) : quotedStringBody(raw, token.error === null);
		const body = raw.slice(bodyStart, Math.max(bodyStart, bodyEnd));
		const start = token.start;
		if (token.type === "String" || token.type === "HereString") {
			const stringKind = here ? "SingleQuotedHereString" : "SingleQuoted";
			const value = here ? body : unescapeSingleQuoted(body);
			return this.finishAt<N.StringConstant>(start, token.end, { type: "StringConstant", stringKind, value });
		}
		const stringKind = here ? "DoubleQuotedHereString" : "DoubleQuoted";
		const nested = this.embedded(start + bodyStart, start + Math.max(bodyStart, bodyEnd), here ? "hereString" : "quoted");
		if (nested.length === 0) {
			const value = here ? unescapeBackticks(body) : unescapeDoubleQuoted(body);
			return this.finishAt<N.StringConstant>(start, token.end, { type: "StringConstant", stringKind, value });
		}
		return this.finishAt<N.ExpandableString>(start, token.end, { type: "ExpandableString", stringKind, value: body, nestedExpressions: nested });
	}

	/** Variables and sub-expressions inside `[start, end)` of a string or bare word. */
	private embedded(start: number, end: number, container: "bareWord" | "quoted" | "hereString"): N.Expression[] {
		const found: N.Expression[] = [];
		for (const piece of scanEmbeddedExpressions(this.text, start, end, container !== "bareWord", this.shared.scanCache)) {
			if (piece.kind === "variable") {
				if (piece.driveWithoutName) this.error(DRIVE_WITHOUT_NAME, piece.start, piece.end);
				const name = piece.braced ? unescapeBackticks(this.text.slice(piece.start + 2, piece.end - 1)) : this.text.slice(piece.start + 1, piece.end);
				found.push(this.finishAt<N.Variable>(piece.start, piece.end, { type: "Variable", name, splatted: false, braced: piece.braced }));
			} else {
				if (!piece.terminated) this.error("Missing closing ')' in the sub-expression.", piece.start, piece.end);
				let statements: N.Statement[] = [];
				if (this.enter()) {
					statements = this.parseEmbedded(piece.start + 2, piece.terminated ? piece.end - 1 : piece.end, container === "quoted");
					this.leave();
				}
				found.push(this.finishAt<N.SubExpression>(piece.start, piece.end, { type: "SubExpression", statements }));
			}
		}
		return found;
	}
}

/** Offsets of a here-string's body inside its raw text: after the header line, before the line break that precedes the closing quote. */
function hereStringBody(raw: string, terminated: boolean): [number, number] {
	let start = 2;
	while (start < raw.length && raw[start] !== "\n" && raw[start] !== "\r") start++;
	if (raw[start] === "\r" && raw[start + 1] === "\n") start += 2;
	else start++;
	if (!terminated) return [start, raw.length];
	let end = raw.length - 2;
	if (raw[end - 1] === "\n") end--;
	if (raw[end - 1] === "\r") end--;
	return [start, Math.max(start, end)];
}

/** Where the text of a quoted string starts and ends in `raw`: after the quote, or after `` `" `` inside `$( )` of a double-quoted string. */
function quotedStringBody(raw: string, terminated: boolean): [number, number] {
	const escapedQuotes = raw.startsWith("`");
	const start = escapedQuotes ? 2 : 1;
	if (!terminated) return [start, raw.length];
	const end = raw.length - (escapedQuotes && raw.length - start >= 2 && raw[raw.length - 2] === "`" ? 2 : 1);
	return [start, Math.max(start, end)];
}
