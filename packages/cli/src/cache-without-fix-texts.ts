import { createRequire } from "node:module";
import path from "node:path";
import type { ESLint, Linter } from "eslint";

/** The two methods of ESLint's LintResultCache that miglint wraps (called with the cache as `this`). */
export interface LintResultCachePrototype {
	getValidCachedLintResults: (this: unknown, filePath: string, config: unknown) => ESLint.LintResult | null;
	setCachedLintResults: (this: unknown, filePath: string, config: unknown, result: ESLint.LintResult | undefined) => void;
}

const patched = Symbol.for("miglint.cacheWithoutFixTexts");

/** The prototype of ESLint's cache class, where ESLint itself loads it; undefined in another ESLint layout. */
export function lintResultCachePrototype(): (LintResultCachePrototype & { [patched]?: true }) | undefined {
	try {
		const require = createRequire(import.meta.url);
		const eslintLib = path.dirname(require.resolve("eslint"));
		const cacheClass = require(path.join(eslintLib, "cli-engine", "lint-result-cache.js")) as { prototype?: LintResultCachePrototype } | undefined;
		return cacheClass?.prototype;
	} catch {
		return undefined;
	}
}

/**
 * ESLint's cache keeps every message as the rule reported it, fix and
 * suggestion texts included; for a CSV those texts are rows, or the whole
 * re-encoded file, passwords and all. A cached result is never fixed from
 * (ESLint lints a file again when fixing it has messages), so the texts are
 * dropped before a result reaches the cache. ESLint has no option for this:
 * its cache class is patched where ESLint itself loads it.
 *
 * Returns false when that class cannot be found (another ESLint layout): the
 * caller then runs without a cache rather than write secrets to it.
 */
export function keepFixTextsOutOfCache(): boolean {
	const prototype = lintResultCachePrototype();
	if (typeof prototype?.setCachedLintResults !== "function") {
		return false;
	}
	if (prototype[patched]) {
		return true;
	}

	const setCachedLintResults = prototype.setCachedLintResults;
	prototype.setCachedLintResults = function (filePath, config, result) {
		setCachedLintResults.call(this, filePath, config, result && withoutFixTexts(result));
	};
	prototype[patched] = true;
	return true;
}

/** A result whose messages carry no fix or suggestion texts, which can hold cells. */
export function withoutFixTexts<Result extends ESLint.LintResult>(result: Result): Result {
	return { ...result, messages: result.messages.map(withoutFix), suppressedMessages: result.suppressedMessages.map(withoutFix) };
}

/** The message without its fix and suggestions; the message itself when it has neither (most have none, and a copy costs). */
function withoutFix<T extends Linter.LintMessage>(message: T): T {
	if (message.fix === undefined && message.suggestions === undefined) return message;
	const { fix: _fix, suggestions: _suggestions, ...kept } = message;
	return kept as T;
}
