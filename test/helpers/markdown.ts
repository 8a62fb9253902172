/** The fenced code blocks of a Markdown text, with their language. */
export function codeBlocks(markdown: string): { language: string; text: string }[] {
	return [...markdown.matchAll(/^```(\w*)\n(.*?)^```$/gmsu)].map(([, language, text]) => ({ language: language!, text: text! }));
}
