import type { DirectiveType, FileProblem, RulesConfig, SourceLocation } from "@eslint/core";
import { ConfigCommentParser, Directive } from "@eslint/plugin-kit";

/** A comment of a language whose comments can hold ESLint directives: its text without the comment markers, and where it is. */
export interface DirectiveComment {
	value: string;
	loc: SourceLocation;
}

const commentParser = new ConfigCommentParser();

/**
 * `eslint`, `eslint-disable`, `eslint-enable`, `eslint-disable-line` and
 * `eslint-disable-next-line`; the four `-disable`/`-enable` forms also spelled
 * with `miglint` for `eslint` (a bare `miglint` starts many an ordinary comment).
 */
const DIRECTIVE = /^(\s*)(?:eslint|miglint(?=-))((?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$))/u;
/** A comment that starts like a directive, `eslint-…` or `miglint-…` in any case, but may be misspelled. */
const DIRECTIVE_LIKE = /^\s*(?:eslint|miglint)-\w/iu;

export function isInlineConfigComment(comment: DirectiveComment): boolean {
	return DIRECTIVE.test(comment.value) || DIRECTIVE_LIKE.test(comment.value);
}

/** The rule ids of a directive as ESLint knows them: `miglint/` before an id written without it. */
function withPluginPrefix(id: string): string {
	return id.includes("/") ? id : `miglint/${id}`;
}

/** A comment's directive, read in ESLint's spelling; undefined for a comment that is no directive. */
function parseDirective(comment: DirectiveComment): ReturnType<ConfigCommentParser["parseDirective"]> {
	const match = DIRECTIVE.exec(comment.value);
	return match ? commentParser.parseDirective(`${match[1]}eslint${match[2]}${comment.value.slice(match[0].length)}`) : undefined;
}

/** The disable and enable directives of `eslint-disable ...` and `miglint-disable ...` comments; a comment that only looks like one is a problem. */
export function commentDirectives(comments: readonly DirectiveComment[]): { problems: FileProblem[]; directives: Directive[] } {
	const problems: FileProblem[] = [];
	const directives: Directive[] = [];
	for (const comment of comments) {
		const directive = parseDirective(comment);
		if (!directive) {
			const word = comment.value.trim().split(/\s/u)[0];
			problems.push({
				ruleId: null,
				message: `'${word}' is not a directive miglint reads, so it disables nothing; write eslint-disable, eslint-disable-line, eslint-disable-next-line or eslint-enable.`,
				loc: comment.loc,
			});
			continue;
		}
		const { label, value, justification } = directive;
		if (label === "eslint-disable-line" && comment.loc.start.line !== comment.loc.end.line) {
			problems.push({ ruleId: null, message: `${label} comment should not span multiple lines.`, loc: comment.loc });
			continue;
		}
		if (label === "eslint-disable" || label === "eslint-enable" || label === "eslint-disable-line" || label === "eslint-disable-next-line") {
			const ids = Object.keys(commentParser.parseListConfig(value));
			const prefixed = ids.map(withPluginPrefix);
			if (ids.length > 1 && prefixed.some((id, index) => id !== ids[index])) {
				// ESLint finds the ids of a list in the comment's text to remove one that disables nothing; it would not find ids miglint completed.
				problems.push({
					ruleId: null,
					message: `Write each rule of a directive that names several with its miglint/ prefix: ${prefixed.join(", ")}.`,
					loc: comment.loc,
				});
				continue;
			}
			directives.push(
				new Directive({ type: label.slice("eslint-".length) as DirectiveType, node: comment, value: ids.length === 1 ? prefixed[0]! : value, justification }),
			);
		}
	}
	return { problems, directives };
}

/** The rule configurations of `eslint miglint/rule: "off"` comments (also `eslint rule: "off"`). */
export function inlineRuleConfigs(comments: readonly DirectiveComment[]): {
	problems: FileProblem[];
	configs: { config: { rules: RulesConfig }; loc: SourceLocation }[];
} {
	const problems: FileProblem[] = [];
	const configs: { config: { rules: RulesConfig }; loc: SourceLocation }[] = [];
	for (const comment of comments) {
		const directive = parseDirective(comment);
		if (directive?.label !== "eslint") continue;
		const parsed = commentParser.parseJSONLikeConfig(directive.value);
		if (parsed.ok) {
			const rules = Object.fromEntries(Object.entries(parsed.config).map(([id, setting]) => [withPluginPrefix(id), setting]));
			configs.push({ config: { rules }, loc: comment.loc });
		} else {
			problems.push({ ruleId: null, message: parsed.error.message, loc: comment.loc });
		}
	}
	return { problems, configs };
}
