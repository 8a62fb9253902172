import type { FileProblem, RulesConfig, SourceLocation, SourceRange } from "@eslint/core";
import { TextSourceCodeBase, VisitNodeStep, type Directive } from "@eslint/plugin-kit";
import type { EncodingFacts } from "@miglint/core";
import { commentDirectives, inlineRuleConfigs, isInlineConfigComment } from "@miglint/core/directives";
import { VISITOR_KEYS, type CommentNode, type SettingsNode, type DocumentNode, type DuplicateKey } from "../ast.js";
import { recogniseSettings, type RecognisedSettings } from "../settings/kinds.js";
import { validateSettings, type SchemaProblem } from "../settings/validate.js";
import type { SettingsLanguageOptions } from "./settings-language.js";

const ENTER = 1;
const EXIT = 2;

function childrenOf(node: SettingsNode): SettingsNode[] {
	const children = VISITOR_KEYS[node.type].flatMap((key) => (node as unknown as Record<string, SettingsNode | SettingsNode[] | null>)[key]);
	return children.filter((child): child is SettingsNode => child != null);
}

/**
 * A JSON or YAML file as rules see it: the decoded text, the AST, the YAML
 * comments, the keys repeated in an object, and the settings the file holds
 * when miglint recognises them.
 */
export class SettingsSourceCode extends TextSourceCodeBase<{
	LangOptions: SettingsLanguageOptions;
	RootNode: DocumentNode;
	SyntaxElementWithLoc: SettingsNode | CommentNode;
	ConfigNode: CommentNode;
}> {
	readonly encoding: EncodingFacts;
	/** YAML `#` comments in file order (JSON has none). */
	readonly comments: readonly CommentNode[];
	/** Every key repeated in an object, letter case aside, in file order. */
	readonly duplicateKeys: readonly DuplicateKey[];
	#settings: RecognisedSettings | null | undefined;
	#steps: VisitNodeStep[] | undefined;
	readonly #parents = new Map<SettingsNode, SettingsNode>();
	#inlineConfigComments: CommentNode[] | undefined;

	constructor({
		text,
		ast,
		comments,
		duplicateKeys,
		encoding,
	}: {
		text: string;
		ast: DocumentNode;
		comments: CommentNode[];
		duplicateKeys: DuplicateKey[];
		encoding: EncodingFacts;
	}) {
		super({ text, ast, lineEndingPattern: /\r\n|[\r\n]/u });
		this.comments = comments;
		this.duplicateKeys = duplicateKeys;
		this.encoding = encoding;
	}

	/** The tenant settings the file holds, or null when miglint does not recognise it as settings (computed once). */
	get settings(): RecognisedSettings | null {
		if (this.#settings === undefined) {
			this.#settings = recogniseSettings(this.ast.body);
		}
		return this.#settings;
	}

	/** Where the recognised settings break their schemas (computed once, shared by the rules that report them). */
	get schemaProblems(): readonly SchemaProblem[] {
		return this.settings ? validateSettings(this.settings) : [];
	}

	override getLoc(node: SettingsNode | CommentNode): SourceLocation {
		return node.loc;
	}

	override getRange(node: SettingsNode | CommentNode): SourceRange {
		return node.range;
	}

	override getParent(node: SettingsNode): SettingsNode | undefined {
		this.#walk();
		return this.#parents.get(node);
	}

	override traverse(): Iterable<VisitNodeStep> {
		return this.#walk();
	}

	getInlineConfigNodes(): CommentNode[] {
		this.#inlineConfigComments ??= this.comments.filter(isInlineConfigComment);
		return this.#inlineConfigComments;
	}

	getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
		return commentDirectives(this.getInlineConfigNodes());
	}

	applyInlineConfig(): { problems: FileProblem[]; configs: { config: { rules: RulesConfig }; loc: SourceLocation }[] } {
		return inlineRuleConfigs(this.getInlineConfigNodes());
	}

	/** The traversal steps, and the parents on the way (once: the tree does not change). */
	#walk(): VisitNodeStep[] {
		if (!this.#steps) {
			const steps: VisitNodeStep[] = [];
			const visit = (node: SettingsNode, parent: SettingsNode | null) => {
				if (parent) this.#parents.set(node, parent);
				steps.push(new VisitNodeStep({ target: node, phase: ENTER, args: [node, parent] }));
				for (const child of childrenOf(node)) visit(child, node);
				steps.push(new VisitNodeStep({ target: node, phase: EXIT, args: [node, parent] }));
			};
			visit(this.ast, null);
			this.#steps = steps;
		}
		return this.#steps;
	}
}
