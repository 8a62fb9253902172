import type * as N from "../ast/nodes.js";
import { keptList } from "../ast/lists.js";
import type { RawToken } from "../lexer/token.js";
import { isDash, isDigit, isDoubleQuote, isSingleQuote, isWhitespace, startsVariableName } from "../text/characters.js";
import { ExpressionParser } from "./expressions.js";
import { Char } from "../text/char-codes.js";

/** Pipelines, commands, their parameters, arguments and redirections. */
export abstract class CommandParser extends ExpressionParser {
	/** Whether `token` (read in command mode) ends a command's elements. */
	protected endsCommand(token: RawToken): boolean {
		switch (token.type) {
			case "NewLine":
			case "EndOfInput":
				return true;
			case "Punctuator":
				return (
					this.is(token, ";") ||
					this.is(token, "|") ||
					this.is(token, "||") ||
					this.is(token, "&&") ||
					this.is(token, "&") ||
					this.is(token, ")") ||
					this.is(token, "}")
				);
			default:
				return false;
		}
	}

	/**
	 * Whether a pipeline element starting with `token` (read in command mode)
	 * is an expression rather than a command.
	 */
	protected startsExpression(token: RawToken): boolean {
		const c = this.text.charCodeAt(token.start);
		// An assignment operator cannot begin an expression: PowerShell reads `+= "x"` as a command named `+=`.
		if ((c === Char.Plus || isDash(c)) && this.text.charCodeAt(token.start + 1) === Char.Equals) return false;
		switch (c) {
			case Char.Dollar:
				// A `$` that starts no variable is a bare word to PowerShell, here a command name: `$ = Get-VMGuest`.
				return startsVariableName(this.text.charCodeAt(token.start + 1));
			case Char.At:
			case Char.OpenParen:
			case Char.OpenBracket:
			case Char.OpenBrace:
			case Char.Plus:
			case Char.Exclamation:
			case Char.Comma:
				return true;
			case Char.Dot:
				return isDigit(this.text.charCodeAt(token.start + 1)) && this.peek("expression").type === "Number";
			default:
				if (isDigit(c)) return this.peek("expression").type === "Number";
				// `-not $x` is an expression, but `-Name x` runs a command named `-Name`.
				if (isDash(c)) return this.peek("expression").type !== "Parameter";
				return isSingleQuote(c) || isDoubleQuote(c);
		}
	}

	//G pipeline-tail:
	//G     '|' new-lines? command pipeline-tail?
	/** A pipeline whose first element has been parsed. */
	protected parsePipelineRest(start: number, first: N.PipelineElement): N.Pipeline {
		const elements = [first];
		for (;;) {
			const token = this.peek("command");
			if (this.is(token, "|")) {
				this.accept(token);
				this.skipNewlines();
				elements.push(this.parseLaterPipelineElement());
				continue;
			}
			if (token.type === "NewLine" && this.continuesOnNextLine()) {
				elements.push(this.parseLaterPipelineElement());
				continue;
			}
			break;
		}
		const amp = this.peek("command");
		const background = this.is(amp, "&");
		if (background) this.accept(amp);
		return this.finish<N.Pipeline>(start, { type: "Pipeline", elements: keptList(elements), background });
	}

	/** PowerShell 7 leading-pipe continuation: a line that starts with `|` continues the pipeline above it. */
	private continuesOnNextLine(): boolean {
		const mark = this.mark();
		this.skipNewlines();
		const token = this.peek("command");
		if (this.is(token, "|")) {
			this.accept(token);
			this.skipNewlines();
			return true;
		}
		this.reset(mark);
		return false;
	}

	//G pipeline-element:  (the first element of a pipeline)
	//G     expression redirections? | command
	protected parsePipelineElement(): N.PipelineElement {
		const token = this.peek("command");
		if (this.startsExpression(token)) {
			const expression = this.parseExpression();
			return this.commandExpression(token.start, expression);
		}
		return this.parseCommand();
	}

	//G pipeline-tail-element:
	//G     command  (PowerShell requires a command after '|'; an expression there is an error)
	/** An element after a `|`, which PowerShell requires to be a command. */
	private parseLaterPipelineElement(): N.PipelineElement {
		const element = this.parsePipelineElement();
		if (element.type === "CommandExpression")
			this.error("Expressions are only allowed as the first element of a pipeline.", element.range[0], element.range[1]);
		return element;
	}

	protected commandExpression(start: number, expression: N.Expression): N.CommandExpression {
		const redirections: N.Redirection[] = [];
		while (this.peek("command").type === "Redirection") redirections.push(this.parseRedirection(redirections));
		return this.finish<N.CommandExpression>(start, { type: "CommandExpression", expression, redirections: keptList(redirections) });
	}

	//G command:
	//G     command-name command-elements?
	//G     | command-invocation-operator command-module? command-name-expr command-elements?
	//G command-invocation-operator: one of
	//G     '&' '.'
	//G command-elements:
	//G     command-element+
	//G command-element:
	//G     command-parameter | command-argument | redirection | '--%' verbatim-command-argument
	protected parseCommand(): N.Command {
		const first = this.peek("command");
		const start = first.start;
		let invocationOperator: N.Command["invocationOperator"] = null;
		let name: N.Expression;
		if (this.is(first, "&") || this.is(first, ".")) {
			this.accept(first);
			invocationOperator = this.is(first, "&") ? "&" : ".";
			const nameToken = this.peek("command");
			name = this.endsCommand(nameToken)
				? this.errorExpression(nameToken.start, "Missing the command after the invocation operator.")
				: this.parseArgumentElement();
		} else if (this.endsCommand(first)) {
			name = this.errorExpression(first.start, "Expected a command.");
		} else {
			this.accept(first);
			name = this.genericArgument(first);
		}
		const elements: N.CommandElement[] = [];
		const redirections: N.Redirection[] = [];
		let parametersEnded = false;
		for (;;) {
			const token = this.peek("command");
			if (this.endsCommand(token)) break;
			if (token.type === "Redirection") {
				redirections.push(this.parseRedirection(redirections));
			} else if (!parametersEnded && this.isEndOfParameters(token)) {
				// `--` ends the parameters: PowerShell keeps it as a parameter named `-` and reads every `-Name` after it as an argument.
				this.accept(token);
				elements.push(this.finish<N.CommandParameter>(token.start, { type: "CommandParameter", name: "-", argument: null }));
				parametersEnded = true;
			} else if (token.type === "Parameter" && !parametersEnded) {
				elements.push(this.parseCommandParameter(token));
			} else if (token.type === "Generic" && this.tokenText(token) === "--%") {
				this.accept(token);
				elements.push(this.bareWord(token));
				// The rest of the line, verbatim; PowerShell keeps an empty argument when nothing follows.
				const verbatim = this.nextVerbatim();
				const [verbatimStart, verbatimEnd] = verbatim === null ? [this.blanksEnd(token.end), this.blanksEnd(token.end)] : [verbatim.start, verbatim.end];
				const value = this.text.slice(verbatimStart, verbatimEnd);
				elements.push(this.finishAt<N.StringConstant>(verbatimStart, verbatimEnd, { type: "StringConstant", stringKind: "Verbatim", value }));
			} else {
				elements.push(this.parseCommandArgument());
			}
		}
		return this.finish<N.Command>(start, { type: "Command", invocationOperator, name, elements: keptList(elements), redirections: keptList(redirections) });
	}

	/** Where the blanks from `p` end. */
	private blanksEnd(p: number): number {
		while (p < this.limit && isWhitespace(this.text.charCodeAt(p))) p++;
		return p;
	}

	private isEndOfParameters(token: RawToken): boolean {
		return (
			token.type === "Operator" && token.end - token.start === 2 && isDash(this.text.charCodeAt(token.start)) && isDash(this.text.charCodeAt(token.start + 1))
		);
	}

	//G command-parameter:
	//G     dash first-parameter-char parameter-chars colon?  (followed, after a colon, by its argument)
	private parseCommandParameter(token: RawToken): N.CommandParameter {
		this.accept(token);
		const text = this.tokenText(token);
		const hasColon = text.endsWith(":");
		const name = text.slice(1, hasColon ? -1 : undefined);
		let argument: N.Expression | null = null;
		if (hasColon) {
			const next = this.peek("command");
			argument = this.endsCommand(next) ? this.errorExpression(next.start, `Missing the value of parameter '-${name}:'.`) : this.parseCommandArgument();
		}
		return this.finish<N.CommandParameter>(token.start, { type: "CommandParameter", name, argument });
	}

	//G command-argument:
	//G     command-name-expr | array-literal of command-name-expr written without blanks before the commas
	/** One argument; `a, b, c` written without spaces before the commas is one array argument. */
	protected parseCommandArgument(): N.Expression {
		const start = this.peek("command").start;
		const first = this.parseArgumentElement();
		if (!this.is(this.peek("command"), ",")) return first;
		const elements = [first];
		while (this.is(this.peek("command"), ",")) {
			this.accept(this.peek("command"));
			this.skipNewlines();
			const next = this.peek("command");
			elements.push(this.endsCommand(next) ? this.errorExpression(next.start, "Missing an argument after ','.") : this.parseArgumentElement());
		}
		return this.finish<N.ArrayLiteral>(start, { type: "ArrayLiteral", elements });
	}

	//G command-name-expr:
	//G     command-name | primary-expression
	/** A single argument value: a bare word, a literal, a variable or a bracketed expression with member access. */
	protected parseArgumentElement(): N.Expression {
		const token = this.peek("command");
		const primary = this.primaryFrom(token);
		if (primary !== null) return this.parsePostfix(primary, token.start, true);
		if (this.endsCommand(token)) return this.errorExpression(token.start, "Expected an argument.");
		this.accept(token);
		if (this.is(token, ",")) {
			this.error("Missing an argument before ','.", token.start, token.end);
			return this.finishAt<N.ErrorExpression>(token.start, token.start, { type: "ErrorExpression" });
		}
		return this.genericArgument(token);
	}

	//G redirection:
	//G     merging-redirection-operator | file-redirection-operator redirected-file-name
	//G merging-redirection-operator: one of
	//G     '*>&1' '2>&1' '3>&1' '4>&1' '5>&1' '6>&1' '*>&2' '1>&2' '3>&2' '4>&2' '5>&2' '6>&2'
	//G file-redirection-operator: one of
	//G     '>' '>>' '2>' '2>>' '3>' '3>>' '4>' '4>>' '5>' '5>>' '6>' '6>>' '*>' '*>>' '<'
	/** A redirection of the element whose `earlier` redirections are parsed; PowerShell rejects a stream redirected twice. */
	private parseRedirection(earlier: readonly N.Redirection[]): N.Redirection {
		const token = this.next("command");
		const text = this.tokenText(token);
		const start = token.start;
		if (text === "<") this.error("The '<' operator is reserved for future use.", token.start, token.end);
		const explicitStream = text[0] !== ">" && text[0] !== "<";
		const fromStream = explicitStream ? text[0]! : "1";
		const redirected = (redirection: N.Redirection) => (redirection.type === "FileRedirection" ? redirection.stream : redirection.fromStream);
		if (earlier.some((redirection) => redirected(redirection) === fromStream)) {
			this.error(`The output stream ${fromStream} is already redirected.`, token.start, token.end);
		}
		const merge = text.indexOf("&");
		if (merge >= 0) {
			return this.finish<N.MergingRedirection>(start, { type: "MergingRedirection", fromStream, toStream: text.slice(merge + 1) });
		}
		const append = text.endsWith(">>");
		const next = this.peek("command");
		const target =
			this.endsCommand(next) || next.type === "Redirection"
				? this.errorExpression(next.start, "Missing the file name after the redirection operator.")
				: this.parseArgumentElement();
		return this.finish<N.FileRedirection>(start, { type: "FileRedirection", stream: fromStream, append, target });
	}
}
