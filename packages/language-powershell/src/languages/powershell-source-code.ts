import type { FileProblem, RulesConfig, SourceLocation, SourceRange } from "@eslint/core";
import { TextSourceCodeBase, VisitNodeStep, type Directive } from "@eslint/plugin-kit";
import type { EncodingFacts } from "@miglint/core";
import type { Command, Comment, Node, ParseError, ParseResult, Program, Token } from "@miglint/powershell-parser";
import { parentOf, type TreeIndex } from "../ast/tree-index.js";
import { TreeWalk } from "../ast/walk.js";
import { collectCommands } from "../commands/collect-commands.js";
import type { PowerShellCommand } from "../commands/command-model.js";
import { importedModules } from "../commands/imported-modules.js";
import { ScopeAnalysis } from "../commands/scopes.js";
import { commentDirectives, inlineRuleConfigs, isInlineConfigComment } from "@miglint/core/directives";
import { suppressionDirectives, type SuppressionBoundary } from "../directives/suppress-message.js";
import type { PowerShellLanguageOptions } from "./powershell-language.js";

const ENTER = 1;
const EXIT = 2;

/** Where a `Command` node keeps its command model once the commands are collected: a symbol-keyed property, as its parent (see tree-index.ts). */
const COMMAND = Symbol("command");

type ModelledCommand = Command & { [COMMAND]?: PowerShellCommand };

/**
 * A PowerShell script as rules see it: the decoded text, the parser's tree,
 * tokens and comments, the encoding facts of the bytes, and the commands it
 * runs with their parameters bound.
 *
 * A script with a syntax error has the parser's recovered tree and its first
 * error in `syntaxError`. ESLint gets that error through `applyInlineConfig`,
 * whose problems it reports as fatal (as a parse error: `Parsing error: …`,
 * no rule, severity 2), and finds no disable directives: nothing hides the
 * error, and no directive is reported unused because the rules it names
 * stayed silent. Only the rules declared to run there (`runsOnSyntaxErrors`
 * of `@miglint/core`'s defineRule: what they read holds without a valid
 * syntax) run on such a file.
 */
export class PowerShellSourceCode extends TextSourceCodeBase<{
	LangOptions: PowerShellLanguageOptions;
	RootNode: Program;
	SyntaxElementWithLoc: Node | Comment | Token | SuppressionBoundary;
	ConfigNode: Comment;
}> {
	readonly encoding: EncodingFacts;
	readonly comments: readonly Comment[];
	/** The script's first syntax error, or null when PowerShell parses it. */
	readonly syntaxError: ParseError | null;
	readonly #script: ParseResult;
	readonly #index: TreeIndex;
	#commands: readonly PowerShellCommand[] | undefined;
	#scopes: ScopeAnalysis | undefined;
	#inlineConfigComments: Comment[] | undefined;

	constructor({
		text,
		script,
		encoding,
		syntaxError,
		index,
	}: {
		text: string;
		script: ParseResult;
		encoding: EncodingFacts;
		syntaxError: ParseError | null;
		/** From the language's parse, which indexes the tree as it checks its depth: each node has its parent. */
		index: TreeIndex;
	}) {
		super({ text, ast: script.ast, lineEndingPattern: /\r\n|[\r\n]/u });
		this.#script = script;
		this.comments = script.comments;
		this.encoding = encoding;
		this.syntaxError = syntaxError;
		this.#index = index;
	}

	/** Every token in order, made when first read: no rule needs them yet. */
	get tokens(): readonly Token[] {
		return this.#script.tokens;
	}

	/** What the script's variables hold where they are read, scope by scope (computed once, when first asked). */
	get scopes(): ScopeAnalysis {
		if (!this.#scopes) {
			this.#scopes = new ScopeAnalysis(this.ast, this.#index.variableWrites, parentOf);
		}
		return this.#scopes;
	}

	/** Every command the script runs, in source order (computed once). */
	get commands(): readonly PowerShellCommand[] {
		return this.#collectCommands();
	}

	/** The commands that run the cmdlet `name`, however they are written (alias, module-qualified, any case). */
	commandsNamed(name: string): PowerShellCommand[] {
		return this.commands.filter((command) => command.is(name));
	}

	/** The command model of a `Command` node. */
	commandOf(node: Command): PowerShellCommand | undefined {
		// Collecting the commands gives each `Command` node its model.
		this.#collectCommands();
		return (node as ModelledCommand)[COMMAND];
	}

	#collectCommands(): readonly PowerShellCommand[] {
		if (!this.#commands) {
			const { commands } = this.#index;
			this.#commands = collectCommands(commands, parentOf, this.scopes, importedModules(commands, this.comments));
			for (const command of this.#commands) (command.node as ModelledCommand)[COMMAND] = command;
		}
		return this.#commands;
	}

	override getLoc(node: Node | Comment | Token | SuppressionBoundary): SourceLocation {
		return node.loc;
	}

	override getRange(node: Node | Comment | Token | SuppressionBoundary): SourceRange {
		return node.range;
	}

	override getParent(node: Node): Node | undefined {
		return parentOf(node);
	}

	/**
	 * The traversal, made as ESLint consumes it: two steps a node, kept for
	 * the whole lint, were as many objects as the tree itself.
	 */
	override *traverse(): Generator<VisitNodeStep, void, undefined> {
		for (const walk = new TreeWalk(this.ast); walk.next();) {
			const { node, parent } = walk;
			yield new VisitNodeStep({ target: node, phase: walk.exit ? EXIT : ENTER, args: [node, parent] });
		}
	}

	getInlineConfigNodes(): Comment[] {
		this.#inlineConfigComments ??= this.comments.filter(isInlineConfigComment);
		return this.#inlineConfigComments;
	}

	/**
	 * Disable and enable directives from `eslint-disable` comments and from
	 * PSScriptAnalyzer's `SuppressMessageAttribute` naming a miglint rule.
	 */
	getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
		if (this.syntaxError) return { problems: [], directives: [] };
		const { problems, directives } = commentDirectives(this.getInlineConfigNodes());
		const suppressions = suppressionDirectives(this.#index.paramBlocks, parentOf, directives);
		return { problems, directives: [...directives, ...suppressions] };
	}

	/** Rule configuration comments, and the syntax error as the fatal problem ESLint reports a parse error as. */
	applyInlineConfig(): { problems: FileProblem[]; configs: { config: { rules: RulesConfig }; loc: SourceLocation }[] } {
		const inline = inlineRuleConfigs(this.getInlineConfigNodes());
		if (!this.syntaxError) return inline;
		const parseError: FileProblem = { ruleId: null, message: `Parsing error: ${this.syntaxError.message}`, loc: this.syntaxError.loc };
		return { problems: [parseError, ...inline.problems], configs: inline.configs };
	}
}
