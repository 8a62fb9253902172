/** 1204 → "1,204": fixed grouping so that output is the same on every machine. */
export function formatCount(value: number): string {
	return String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
	return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** "IMAP migration batch" → "an IMAP migration batch": the indefinite article by the first letter. */
export function withArticle(phrase: string): string {
	return `${/^[aeiou]/iu.test(phrase) ? "an" : "a"} ${phrase}`;
}
