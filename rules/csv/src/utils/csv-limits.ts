import { formatCount, withArticle } from "@miglint/core";
import type { ResolvedCsvType } from "@miglint/language-csv";

/** The options of a rule that applies a limit: `{ max }`, which replaces the type's figure. */
export type LimitOptions = [{ max?: number }];

export const limitOptionsSchema = [
	{
		type: "object",
		properties: { max: { type: "integer", minimum: 1 } },
		additionalProperties: false,
	},
] as const;

export interface CsvLimit {
	max: number;
	/** From the rule's `max` option rather than the file's type. */
	configured: boolean;
}

/**
 * The limit a rule applies to a file: its `max` option when set, else the
 * figure the file's type documents, unless that type is only assumed from a
 * header that fits other types too, which does not say whose limit applies.
 */
export function applicableLimit(option: number | undefined, type: ResolvedCsvType | null, documented: number | undefined): CsvLimit | null {
	if (option !== undefined) {
		return { max: option, configured: true };
	}
	return documented !== undefined && type && !type.ambiguous ? { max: documented, configured: false } : null;
}

/**
 * How a message names a limit: "the configured limit is 500", or the type's
 * own, "a staged migration batch takes at most 2,000" (`verb` "takes" or "can be").
 */
export function describeLimit(limit: CsvLimit, type: ResolvedCsvType | null, verb: "takes" | "can be"): string {
	return limit.configured
		? `the configured limit is ${formatCount(limit.max)}`
		: `${withArticle(type!.declaration.title)} ${verb} at most ${formatCount(limit.max)}`;
}
