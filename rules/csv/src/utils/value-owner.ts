import type { CsvColumnDeclaration } from "@miglint/core";
import type { CsvColumn } from "@miglint/language-csv";

/** The rules that report values breaking their column's value schema. */
export type ValueRule = "csv-password-policy" | "csv-force-change-password" | "csv-email-address" | "csv-user-list" | "csv-value-format";

export const FORCE_CHANGE_PASSWORD = "ForceChangePassword";
/** The one column of a Move-CsUser -UserList file: its entries are no header column, and csv-user-list reads them itself. */
const SIP_ADDRESS = "SipAddress";

/**
 * The one rule that reports the bad values of a column, so that no value is
 * reported twice. Secret columns come first: whatever else their schema says,
 * only csv-password-policy, which never shows a value, may speak of them.
 */
export function valueRuleOf(column: CsvColumnDeclaration): ValueRule {
	if (column.secret) {
		return "csv-password-policy";
	}
	if (column.name === FORCE_CHANGE_PASSWORD) {
		return "csv-force-change-password";
	}
	if (column.name === SIP_ADDRESS) {
		return "csv-user-list";
	}
	if ((column.value as { smtpAddress?: boolean } | undefined)?.smtpAddress) {
		return "csv-email-address";
	}
	return "csv-value-format";
}

export type DeclaredColumn = CsvColumn & { declaration: CsvColumnDeclaration };

/** The header columns with a value schema whose bad values `rule` reports. */
export function valueColumnsOf(columns: readonly CsvColumn[], rule: ValueRule): DeclaredColumn[] {
	return columns.filter((column): column is DeclaredColumn => column.declaration?.value !== undefined && valueRuleOf(column.declaration) === rule);
}
