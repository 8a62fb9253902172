import type { DirectiveType, FileProblem, RulesConfig, SourceLocation } from "@eslint/core";
import { ConfigCommentParser, Directive } from "@eslint/plugin-kit";

/** A comment of a language whose comments can hold ESLint directives: its text without the comment markers, and where it is. */
export interface DirectiveComment {
	value: string;
	loc: SourceLocation;
}

const commentParser = new ConfigCommentParser();

/** `eslint`, `eslint-disable`, `eslint-enable`, `eslint-disable-line` and `eslint-disable-next-line` comments. */
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

export function isInlineConfigComment(comment: DirectiveComment): boolean {
	return INLINE_CONFIG.test(comment.value);
}

/** The disable and enable directives of `eslint-disable ...` comments. */
export function commentDirectives(comments: readonly DirectiveComment[]): { problems: FileProblem[]; directives: Directive[] } {
	const problems: FileProblem[] = [];
	const directives: Directive[] = [];
	for (const comment of comments) {
		const directive = commentParser.parseDirective(comment.value);
		if (!directive) continue;
		const { label, value, justification } = directive;
		if (label === "eslint-disable-line" && comment.loc.start.line !== comment.loc.end.line) {
			problems.push({ ruleId: null, message: `${label} comment should not span multiple lines.`, loc: comment.loc });
			continue;
		}
		if (label === "eslint-disable" || label === "eslint-enable" || label === "eslint-disable-line" || label === "eslint-disable-next-line") {
			directives.push(new Directive({ type: label.slice("eslint-".length) as DirectiveType, node: comment, value, justification }));
		}
	}
	return { problems, directives };
}

/** The rule configurations of `eslint miglint/rule: "off"` comments. */
export function inlineRuleConfigs(comments: readonly DirectiveComment[]): {
	problems: FileProblem[];
	configs: { config: { rules: RulesConfig }; loc: SourceLocation }[];
} {
	const problems: FileProblem[] = [];
	const configs: { config: { rules: RulesConfig }; loc: SourceLocation }[] = [];
	for (const comment of comments) {
		const directive = commentParser.parseDirective(comment.value);
		if (directive?.label !== "eslint") continue;
		const parsed = commentParser.parseJSONLikeConfig(directive.value);
		if (parsed.ok) {
			configs.push({ config: { rules: parsed.config }, loc: comment.loc });
		} else {
			problems.push({ ruleId: null, message: parsed.error.message, loc: comment.loc });
		}
	}
	return { problems, configs };
}
