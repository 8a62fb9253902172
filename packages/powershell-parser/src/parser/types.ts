import type * as N from "../ast/nodes.js";
import { ParserCore } from "./parser-core.js";

/** Type names, `[type]` constraints and `[Attribute(...)]`. */
export abstract class TypeParser extends ParserCore {
	abstract parseExpression(allowComma?: boolean): N.Expression;

	//G attribute:
	//G     '[' new-lines? attribute-name '(' attribute-arguments? new-lines? ')' new-lines? ']' | type-literal
	//G attribute-argument:
	//G     new-lines? expression | new-lines? simple-name ('=' new-lines? expression)?
	/** `[Name]` or `[Name(args)]`, starting at the `[`. */
	protected parseAttribute(): N.AttributeLike {
		const open = this.next("expression");
		const start = open.start;
		const nameStart = this.peek("typeName").start;
		this.parseTypeName();
		const typeName = this.text.slice(nameStart, this.lastEnd);
		this.skipAssemblyName();
		const paren = this.peek("typeName");
		if (!this.is(paren, "(")) {
			this.expect("]", "typeName", "Missing closing ']' of the type name.");
			return this.finish<N.TypeConstraint>(start, { type: "TypeConstraint", typeName });
		}
		this.accept(paren);
		const positionalArguments: N.Expression[] = [];
		const namedArguments: N.NamedAttributeArgument[] = [];
		this.skipNewlines();
		while (!this.is(this.peek("expression"), ")")) {
			const named = this.tryNamedAttributeArgument();
			if (named !== null) namedArguments.push(named);
			else positionalArguments.push(this.parseExpression(false));
			this.skipNewlines();
			const separator = this.peek("expression");
			if (!this.is(separator, ",")) break;
			this.accept(separator);
			this.skipNewlines();
		}
		this.expect(")", "expression", "Missing closing ')' of the attribute arguments.");
		this.skipNewlines();
		this.expect("]", "expression", "Missing closing ']' of the attribute.");
		return this.finish<N.Attribute>(start, { type: "Attribute", typeName, positionalArguments, namedArguments });
	}

	/** `, AssemblyName` after an assembly-qualified type name. */
	private skipAssemblyName(): void {
		if (!this.is(this.peek("typeName"), ",")) return;
		this.accept(this.peek("typeName"));
		for (;;) {
			const token = this.peek("typeName");
			if (this.is(token, "]") || token.type === "EndOfInput" || token.type === "NewLine") return;
			this.accept(token);
		}
	}

	/** `Name = value` or a bare `Name`; null (nothing consumed) for a positional argument. */
	private tryNamedAttributeArgument(): N.NamedAttributeArgument | null {
		const token = this.peek("expression");
		if (token.type !== "Identifier") return null;
		const mark = this.mark();
		this.accept(token);
		const name = this.tokenText(token);
		const next = this.peek("expression");
		if (this.is(next, "=")) {
			this.accept(next);
			this.skipNewlines();
			const value = this.parseExpression(false);
			return this.finish<N.NamedAttributeArgument>(token.start, { type: "NamedAttributeArgument", name, value });
		}
		if (this.is(next, ",") || this.is(next, ")") || next.type === "NewLine") {
			return this.finish<N.NamedAttributeArgument>(token.start, { type: "NamedAttributeArgument", name, value: null });
		}
		this.reset(mark);
		return null;
	}

	//G type-spec:
	//G     array-type-name new-lines? dimension? ']' | generic-type-name generic-type-arguments ']' | type-name
	//G dimension:
	//G     ','+
	/** A type name with generic arguments and array ranks, such as `List[string]` or `int[,]`. */
	protected parseTypeName(): void {
		const name = this.peek("typeName");
		if (name.type !== "Identifier") {
			this.error("Expected a type name.", name.start, name.start);
			return;
		}
		if (!this.enter()) return;
		this.accept(name);
		while (this.is(this.peek("typeName"), "[")) {
			this.accept(this.peek("typeName"));
			if (this.peekIsRank()) {
				while (this.is(this.peek("typeName"), ",")) this.accept(this.peek("typeName"));
			} else {
				this.parseGenericArguments();
			}
			this.expect("]", "typeName", "Missing closing ']' of the type name.");
		}
		this.leave();
	}

	private peekIsRank(): boolean {
		const token = this.peek("typeName");
		return this.is(token, "]") || this.is(token, ",");
	}

	//G generic-type-arguments:
	//G     type-spec new-lines? (',' new-lines? type-spec)*
	private parseGenericArguments(): void {
		for (;;) {
			this.skipNewlines();
			const token = this.peek("typeName");
			if (this.is(token, "[")) {
				this.accept(token);
				this.parseTypeName();
				this.expect("]", "typeName", "Missing closing ']' of the generic argument.");
			} else {
				this.parseTypeName();
			}
			this.skipNewlines();
			const separator = this.peek("typeName");
			if (!this.is(separator, ",")) return;
			this.accept(separator);
		}
	}
}
