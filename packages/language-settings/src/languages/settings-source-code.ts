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
	#parents: Map<SettingsNode, SettingsNode> | undefined;
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

	/** A node's parent, from a map made at the first call: most runs never ask, and a large file has millions of nodes. */
	override getParent(node: SettingsNode): SettingsNode | undefined {
		if (!this.#parents) {
			const parents = new Map<SettingsNode, SettingsNode>();
			for (const step of this.#steps()) {
				const [child, parent] = step.args as [SettingsNode, SettingsNode | null];
				if (parent && step.phase === ENTER) parents.set(child, parent);
			}
			this.#parents = parents;
		}
		return this.#parents.get(node);
	}

	/** The traversal steps, made as ESLint takes them: a large file's steps would be two objects per node kept at once. */
	override traverse(): Iterable<VisitNodeStep> {
		return this.#steps();
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

	/** Depth first, in source order, without recursion: a file may nest deeply. */
	*#steps(): Generator<VisitNodeStep> {
		const pending: { node: SettingsNode; parent: SettingsNode | null; phase: typeof ENTER | typeof EXIT }[] = [{ node: this.ast, parent: null, phase: ENTER }];
		while (pending.length > 0) {
			const { node, parent, phase } = pending.pop()!;
			yield new VisitNodeStep({ target: node, phase, args: [node, parent] });
			if (phase === ENTER) {
				pending.push({ node, parent, phase: EXIT });
				const children = childrenOf(node);
				for (let index = children.length - 1; index >= 0; index--) pending.push({ node: children[index]!, parent: node, phase: ENTER });
			}
		}
	}
}
