import { createRequire } from "node:module";
import type { RuleContext, RuleDefinition } from "@eslint/core";
import type { EncodingFacts } from "../encoding/decode-bytes.js";
import { formatCount } from "../text/format.js";

export const REPOSITORY_URL = "https://github.com/miglint/miglint";

/** miglint's version: every workspace package has the same one (the release test checks it). */
const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };

/**
 * The repository's files at the release tag of this version: a rule's link
 * shows the page of the installed version, not one the main branch has
 * since changed.
 */
export const RELEASE_URL = `${REPOSITORY_URL}/blob/v${version}/`;

/** Where a rule's documentation page lives, e.g. `ruleDocsUrl("rules/csv", "csv-header")`. */
export function ruleDocsUrl(packageDirectory: string, id: string): string {
	return `${RELEASE_URL}${packageDirectory}/docs/rules/${id}.md`;
}

/** The path in the repository of a rule's documentation page, from its `ruleDocsUrl`. */
export function ruleDocsPath(url: string): string {
	return url.startsWith(RELEASE_URL) ? url.slice(RELEASE_URL.length) : url;
}

export interface DefineRuleOptions {
	/** The rule's fix rewrites the whole file from its properly decoded text (the transcoding fix). */
	rewritesUnfaithfulText?: boolean;
	/**
	 * The rule also runs on a file with a syntax error, which the other rules
	 * leave alone: it reads there what holds without a valid syntax (the
	 * bytes, the text, the lexer's comments), and checks the source code's
	 * `syntaxError` itself before it reads the parser's recovered tree.
	 */
	runsOnSyntaxErrors?: boolean;
}

/** The most problems one rule reports in one file; the rest are summed up in one closing problem. */
export const MAX_PROBLEMS_PER_RULE = 10_000;

type Visitor = Record<string, ((...args: unknown[]) => void) | undefined>;
type ReportDescriptor = Record<string, unknown>;

/**
 * Runs `create` with a context whose `report` passes on the first
 * MAX_PROBLEMS_PER_RULE problems only, and reports how many more there were
 * once the file's root node is left: a megabyte of blank lines would
 * otherwise be a million problems, gigabytes of report and minutes of
 * formatting. `transform` rewrites each descriptor before it is passed on.
 */
function withCappedReports(
	context: RuleContext,
	create: (context: RuleContext) => Visitor,
	transform: (descriptor: ReportDescriptor) => ReportDescriptor,
): Visitor {
	let reported = 0;
	let firstDropped: ReportDescriptor | undefined;
	const report = (descriptor: ReportDescriptor) => {
		reported++;
		if (reported <= MAX_PROBLEMS_PER_RULE) {
			context.report(transform(descriptor) as never);
		} else {
			firstDropped ??= descriptor;
		}
	};
	// Made as ESLint makes the rule's own context (a frozen object over the file's, with the rule's id, options and
	// report), not over the rule's context: every object another inherits from becomes a prototype in V8, whose
	// lookups are slower, and a 10,000-file repository took 15% more CPU time and 20% more memory that way.
	const capped = Object.freeze(Object.assign(Object.create(Object.getPrototypeOf(context) as object) as object, context, { report })) as RuleContext;
	const visitor = create(capped);
	const rootExit = `${(context.sourceCode.ast as { type: string }).type}:exit`;
	const ownRootExit = visitor[rootExit];
	return {
		...visitor,
		[rootExit](...args: unknown[]) {
			ownRootExit?.(...args);
			if (firstDropped) {
				const { node, loc } = firstDropped;
				const more = reported - MAX_PROBLEMS_PER_RULE;
				context.report({
					...(loc ? { loc } : { node }),
					message: `…and ${formatCount(more)} more problem${more === 1 ? "" : "s"} of this rule in this file, not shown: miglint reports the first ${formatCount(MAX_PROBLEMS_PER_RULE)} of each rule in a file`,
				} as never);
			}
		},
	};
}

/**
 * Wraps a rule so that it reports at most MAX_PROBLEMS_PER_RULE problems in a
 * file (see withCappedReports), and never offers fixes or suggestions on a
 * file whose decoded text is not its bytes read as UTF-8: ESLint applies fixes
 * to that UTF-8 reading and writes UTF-8, so a fix there would bake
 * replacement characters into the file or silently change its encoding.
 *
 * On a file with a syntax error (a source code whose `syntaxError` is set: a
 * PowerShell script or a CSV batch, whose language reports the error itself), only the rules
 * declared to run there do (`runsOnSyntaxErrors`): what the others would find
 * in the parser's recovered tree could be false.
 */
export function defineRule<Rule extends RuleDefinition>(rule: Rule, options: DefineRuleOptions = {}): Rule {
	const create = (context: RuleContext) => rule.create(context);
	return {
		...rule,
		create(context: RuleContext) {
			if (!options.runsOnSyntaxErrors && (context.sourceCode as { syntaxError?: unknown }).syntaxError) return {};
			const encoding = (context.sourceCode as { encoding?: EncodingFacts }).encoding;
			const keepsFixes = options.rewritesUnfaithfulText || encoding?.faithful !== false;
			const withoutFixes = ({ fix: _fix, suggest: _suggest, ...rest }: ReportDescriptor) => rest;
			return withCappedReports(context, create, keepsFixes ? (descriptor) => descriptor : withoutFixes);
		},
	};
}
