/** Characters XML 1.0 does not allow anywhere, even escaped. */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/**
 * Text for an attribute value or element content: markup characters escaped,
 * and tabs and line breaks as character references so that attribute value
 * normalisation keeps them.
 */
export function xmlText(value: string | number): string {
	return String(value)
		.replace(ILLEGAL, "")
		.replace(/[&<>"'\t\n\r]/gu, (character) => ENTITIES[character]!);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
