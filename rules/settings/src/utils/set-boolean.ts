import type { SuggestedEdit } from "@eslint/core";
import type { Setting } from "@miglint/language-settings";

/**
 * A suggestion writing `value` over a boolean setting (`true` and `false` are
 * spelt alike in JSON and YAML). None for a YAML alias: the value belongs to
 * its anchor, which other settings may share.
 */
export function setBooleanSuggestions<MessageIds extends string>(
	setting: Setting<boolean>,
	value: boolean,
	messageId: MessageIds,
): SuggestedEdit<MessageIds>[] {
	if (setting.node.type === "Alias") return [];
	const text = String(value);
	return [{ messageId, data: { key: setting.key.value, value: text }, fix: (fixer) => fixer.replaceTextRange(setting.node.range, text) }];
}
