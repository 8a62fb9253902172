import type * as N from "../ast/nodes.js";
import type { RawToken } from "../lexer/token.js";
import { CommandParser } from "./commands.js";

/** Definitions: param blocks and parameter lists, functions, classes and enums; and statement-level recovery. */
export abstract class DefinitionParser extends CommandParser {
	//G function-body:
	//G     '{' script-block '}'
	/** The `{ … }` body a definition must have, or an empty one and `missing` as an error where it should start. */
	protected parseRequiredBody(missing: string): N.ScriptBlock {
		const open = this.peek("command");
		if (this.is(open, "{")) {
			this.accept(open);
			return this.parseScriptBlockBody(open.start);
		}
		this.error(missing, open.start, open.start);
		return this.finishAt<N.ScriptBlock>(open.start, open.start, { type: "ScriptBlock", usingStatements: [], paramBlock: null, blocks: [], statements: [] });
	}

	/** `[attributes] param(...)`; null, with nothing consumed, when the block has none. */
	protected tryParamBlock(): N.ParamBlock | null {
		const first = this.peek("command");
		if (!this.isKeyword(first, "param") && !this.text.startsWith("[", first.start)) return null;
		const mark = this.mark();
		const start = first.start;
		const attributes = this.parseAttributeLines();
		const keyword = this.peek("command");
		if (!this.isKeyword(keyword, "param") || keyword.type !== "Keyword") {
			this.reset(mark);
			return null;
		}
		this.accept(keyword);
		this.skipNewlines();
		// Without its `(`, `param` is a command named param to PowerShell's parser (`param { ... }`).
		if (!this.is(this.peek("expression"), "(")) {
			this.reset(mark);
			return null;
		}
		this.accept(this.peek("expression"));
		const parameters = this.parseParameterList();
		return this.finish<N.ParamBlock>(start, { type: "ParamBlock", attributes, parameters });
	}

	//G attribute-list:
	//G     attribute (new-lines? attribute)*
	/** Attributes, each possibly on its own line, before `param`, `class` or `enum`. */
	protected parseAttributeLines(): N.AttributeLike[] {
		const attributes: N.AttributeLike[] = [];
		for (;;) {
			this.skipNewlines();
			if (!this.is(this.peek("expression"), "[")) return attributes;
			attributes.push(this.parseAttribute());
		}
	}

	//G parameter-list:
	//G     script-parameter (new-lines? ',' new-lines? script-parameter)*
	/** `(` has been consumed; reads parameters through the `)`. */
	private parseParameterList(): N.Parameter[] {
		const parameters: N.Parameter[] = [];
		for (;;) {
			this.skipNewlines();
			const token = this.peek("expression");
			if (this.is(token, ")") || token.type === "EndOfInput") break;
			const parameter = this.parseParameter();
			if (parameter !== null) parameters.push(parameter);
			this.skipNewlines();
			const separator = this.peek("expression");
			if (!this.is(separator, ",")) break;
			this.accept(separator);
		}
		this.skipNewlines();
		this.expect(")", "expression", "Missing ')' after the parameter list.");
		return parameters;
	}

	//G script-parameter:
	//G     new-lines? attribute-list? new-lines? variable script-parameter-default?
	//G script-parameter-default:
	//G     new-lines? '=' new-lines? expression
	private parseParameter(): N.Parameter | null {
		const start = this.peek("expression").start;
		const attributes = this.parseAttributeLines();
		const token = this.peek("expression");
		if (token.type !== "Variable") {
			this.error("Expected a parameter variable such as '$Name'.", token.start, token.end);
			this.skipBalanced((t) => this.is(t, ",") || this.is(t, ")"));
			return null;
		}
		this.accept(token);
		const name = this.variable(token);
		let defaultValue: N.Expression | null = null;
		if (this.is(this.peek("expression"), "=")) {
			this.accept(this.peek("expression"));
			this.skipNewlines();
			defaultValue = this.parseExpression(false);
		}
		return this.finish<N.Parameter>(start, { type: "Parameter", attributes, name, defaultValue });
	}

	protected endsStatement(token: RawToken): boolean {
		return token.type === "NewLine" || token.type === "EndOfInput" || this.is(token, ";") || this.is(token, "}") || this.is(token, ")");
	}

	/** Recovery: skips to the end of the statement, keeping brackets balanced. */
	protected skipStatement(): N.ErrorStatement {
		const start = this.peek("command").start;
		this.skipBalanced((token) => this.endsStatement(token));
		if (this.lastEnd <= start) {
			// Nothing skipped: the offending token itself ends statements (a stray `}` at the top level).
			const token = this.peek("command");
			if (token.type !== "EndOfInput") this.accept(token);
		}
		return this.finish<N.ErrorStatement>(start, { type: "ErrorStatement" });
	}

	/** Consumes tokens until `stop` holds for one outside any brackets opened meanwhile. */
	private skipBalanced(stop: (token: RawToken) => boolean): void {
		let depth = 0;
		for (;;) {
			const token = this.peek("command");
			if (token.type === "EndOfInput") return;
			if (depth === 0 && stop(token)) return;
			const text = this.tokenText(token);
			if (token.type === "Punctuator") {
				if (text === "(" || text === "{" || text === "$(" || text === "@(" || text === "@{") depth++;
				else if (text === ")" || text === "}") {
					if (depth === 0) return;
					depth--;
				}
			}
			this.accept(token);
		}
	}

	//G function-statement:
	//G     ('function' | 'filter' | 'workflow') new-lines? function-name function-parameter-declaration? '{' script-block '}'
	//G function-parameter-declaration:
	//G     new-lines? '(' parameter-list new-lines? ')'
	protected parseFunction(keyword: RawToken, kind: string): N.FunctionDefinition {
		this.accept(keyword);
		this.skipNewlines();
		const nameToken = this.peek("command");
		let name = "";
		if (this.endsCommand(nameToken) || this.is(nameToken, "{") || this.is(nameToken, "(")) {
			this.error(`Missing the name after '${kind}'.`, nameToken.start, nameToken.start);
		} else {
			this.accept(nameToken);
			name = this.tokenText(nameToken);
		}
		this.skipNewlines();
		let parameters: N.Parameter[] | null = null;
		if (this.is(this.peek("expression"), "(")) {
			this.accept(this.peek("expression"));
			parameters = this.parseParameterList();
			this.skipNewlines();
		}
		const body = this.parseRequiredBody(`Missing the body of ${kind} '${name}'.`);
		return this.finish<N.FunctionDefinition>(keyword.start, { type: "FunctionDefinition", kind: kind as N.FunctionDefinition["kind"], name, parameters, body });
	}

	//G class-statement:
	//G     attribute-list? 'class' new-lines? simple-name (new-lines? ':' new-lines? type-name (',' type-name)*)? '{' class-member* '}'
	//G enum-statement:
	//G     attribute-list? 'enum' new-lines? simple-name (new-lines? ':' new-lines? type-name)? '{' enum-member* '}'
	protected parseTypeDefinition(start: number, attributes: N.AttributeLike[], kind: "class" | "enum"): N.TypeDefinition {
		this.next("command");
		this.skipNewlines();
		const nameToken = this.peek("expression");
		let name = "";
		if (nameToken.type === "Identifier") {
			this.accept(nameToken);
			name = this.tokenText(nameToken);
		} else {
			this.error(`Missing the ${kind} name.`, nameToken.start, nameToken.start);
		}
		const baseTypes: string[] = [];
		this.skipNewlines();
		if (this.is(this.peek("expression"), ":")) {
			this.accept(this.peek("expression"));
			for (;;) {
				this.skipNewlines();
				const typeStart = this.peek("typeName").start;
				this.parseTypeName();
				baseTypes.push(this.text.slice(typeStart, this.lastEnd));
				this.skipNewlines();
				if (!this.is(this.peek("expression"), ",")) break;
				this.accept(this.peek("expression"));
			}
		}
		this.skipNewlines();
		const members: N.MemberDefinition[] = [];
		if (this.expect("{", "command", `Missing '{' to open the ${kind} body.`)) {
			for (;;) {
				this.skipSeparators();
				const token = this.peek("expression");
				if (this.is(token, "}") || token.type === "EndOfInput") break;
				const member = kind === "enum" ? this.parseEnumMember() : this.parseClassMember(name);
				if (member === null) this.skipStatement();
				else members.push(member);
			}
			this.expect("}", "command", `Missing closing '}' of the ${kind} body.`);
		}
		return this.finish<N.TypeDefinition>(start, { type: "TypeDefinition", kind, name, attributes, baseTypes, members });
	}

	//G enum-member:
	//G     new-lines? attribute-list? simple-name ('=' new-lines? expression)? statement-terminators?
	private parseEnumMember(): N.EnumMember | null {
		const start = this.peek("expression").start;
		const attributes = this.parseAttributeLines();
		const token = this.peek("expression");
		if (token.type !== "Identifier") {
			this.error("Expected an enum member name.", token.start, token.end);
			return null;
		}
		this.accept(token);
		let initialValue: N.Expression | null = null;
		if (this.is(this.peek("expression"), "=")) {
			this.accept(this.peek("expression"));
			this.skipNewlines();
			initialValue = this.parseExpression();
		}
		return this.finish<N.EnumMember>(start, { type: "EnumMember", name: this.tokenText(token), attributes, initialValue });
	}

	//G class-member:
	//G     new-lines? attribute-list? ('static' | 'hidden')* (class-property | class-method | class-constructor)
	//G class-property:
	//G     type-literal? variable ('=' new-lines? expression)?
	//G class-method:
	//G     type-literal? simple-name '(' parameter-list? ')' (':' 'base' argument-list)? '{' script-block '}'
	private parseClassMember(className: string): N.PropertyMember | N.FunctionMember | null {
		const start = this.peek("expression").start;
		const attributes: N.AttributeLike[] = [];
		const modifiers: string[] = [];
		for (;;) {
			this.skipNewlines();
			const token = this.peek("expression");
			if (this.is(token, "[")) {
				attributes.push(this.parseAttribute());
			} else if (this.isKeyword(token, "hidden") || this.isKeyword(token, "static")) {
				this.accept(token);
				modifiers.push(this.tokenText(token).toLowerCase());
			} else {
				break;
			}
		}
		const token = this.peek("expression");
		if (token.type === "Variable") {
			this.accept(token);
			let initialValue: N.Expression | null = null;
			if (this.is(this.peek("expression"), "=")) {
				this.accept(this.peek("expression"));
				this.skipNewlines();
				initialValue = this.parseExpression();
			}
			const name = this.variable(token).name;
			return this.finish<N.PropertyMember>(start, { type: "PropertyMember", name, modifiers, attributes, initialValue });
		}
		if (token.type !== "Identifier") {
			this.error(`Expected a property or method of class '${className}'.`, token.start, token.end);
			return null;
		}
		this.accept(token);
		this.skipNewlines();
		this.expect("(", "expression", "Missing '(' after the method name.");
		const parameters = this.parseParameterList();
		this.skipNewlines();
		let baseArguments: N.Expression[] | null = null;
		if (this.is(this.peek("expression"), ":")) {
			this.accept(this.peek("expression"));
			this.skipNewlines();
			const base = this.peek("expression");
			if (this.isKeyword(base, "base")) this.accept(base);
			else this.error("Expected 'base' after ':' in the constructor.", base.start, base.end);
			baseArguments = [];
			this.skipNewlines();
			if (this.expect("(", "expression", "Missing '(' after 'base'.")) {
				this.skipNewlines();
				while (!this.is(this.peek("expression"), ")") && this.peek("expression").type !== "EndOfInput") {
					baseArguments.push(this.parseExpression(false));
					this.skipNewlines();
					if (!this.is(this.peek("expression"), ",")) break;
					this.accept(this.peek("expression"));
					this.skipNewlines();
				}
				this.expect(")", "expression", "Missing ')' after the base constructor arguments.");
			}
			this.skipNewlines();
		}
		const body = this.parseRequiredBody("Missing the method body.");
		const name = this.tokenText(token);
		return this.finish<N.FunctionMember>(start, { type: "FunctionMember", name, modifiers, attributes, parameters, baseArguments, body });
	}
}
