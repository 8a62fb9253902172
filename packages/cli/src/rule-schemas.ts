import type { LanguagePart } from "eslint-plugin-miglint";
import type { LanguageParts } from "./language-parts.js";

type SourceCode = ReturnType<LanguagePart["language"]["createSourceCode"]>;
type InlineConfig = ReturnType<NonNullable<SourceCode["applyInlineConfig"]>>;

/** Whether a file linted in this thread has had an inline `eslint` rule configuration. */
let inlineConfigSeen = false;

/**
 * ESLint checks the options of every enabled rule against the rule's schema
 * with ajv 6, whose loading and meta-schema cost more of a start-up than
 * linting a small batch does. miglint has checked the options of its
 * configuration and of --rule against the same schemas before (core's
 * resolveConfig), so the rules ESLint gets have no schema (`schema: false`,
 * ESLint's opt-out) until a linted file has an inline rule configuration
 * (`eslint miglint/rule: …`): from then on they give theirs, and ESLint checks
 * inline options as it always has. The flag is per thread, as ESLint's
 * validators are.
 */
function withSchemaOnceNeeded(rule: LanguagePart["rules"][string]): LanguagePart["rules"][string] {
	const meta = { ...rule.meta };
	Object.defineProperty(meta, "schema", { enumerable: true, get: () => (inlineConfigSeen ? rule.meta.schema : false) });
	return { ...rule, meta };
}

/** A language whose source codes note, when ESLint applies their inline configuration, that it had rule configurations. */
function notingInlineConfigs(language: LanguagePart["language"]): LanguagePart["language"] {
	const createSourceCode: typeof language.createSourceCode = function (this: typeof language, ...args) {
		const sourceCode = language.createSourceCode.apply(this, args);
		const apply = sourceCode.applyInlineConfig?.bind(sourceCode);
		if (apply) {
			// An own property over the class's method: the source code keeps its class and private fields.
			sourceCode.applyInlineConfig = (): InlineConfig => {
				const result = apply();
				if (result.configs.length) inlineConfigSeen = true;
				return result;
			};
		}
		return sourceCode;
	};
	return Object.create(language, { createSourceCode: { value: createSourceCode } }) as typeof language;
}

/** The parts as ESLint gets them from the command: rules whose options miglint has checked (see withSchemaOnceNeeded). */
export function withOptionsCheckedByMiglint(parts: LanguageParts): LanguageParts {
	return Object.fromEntries(
		Object.entries(parts).map(([name, part]) => [
			name,
			{
				...part,
				language: notingInlineConfigs(part.language),
				rules: Object.fromEntries(Object.entries(part.rules).map(([id, rule]) => [id, withSchemaOnceNeeded(rule)])),
			},
		]),
	);
}
